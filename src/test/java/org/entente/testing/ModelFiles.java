package org.entente.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the TSV files of models/ as plainly as tests and tools need: no checks of their own. */
public final class ModelFiles {
    private ModelFiles() {}

    /**
     * The first cell of every data row of a models TSV file ({@code #} comment and blank lines skipped, then the
     * header row), in file order: the actor ids of states.tsv, leaders.tsv or orgs.tsv.
     *
     * @param file the file
     * @return the cells
     * @throws IOException when the file cannot be read
     */
    public static List<String> firstColumn(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            cells.add(line.split("\t", -1)[0]);
        }
        return cells;
    }
}
