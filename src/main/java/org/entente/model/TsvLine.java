package org.entente.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data line of a tab-separated file of the installation (lexicon, gold set): a line that is neither blank nor a
 * {@code #} comment, with where it stands for messages.
 *
 * @param where the file and 1-based line number, {@code file:line}
 * @param text  the line as read
 * @param cells the line split at every tab, empty cells kept
 */
public record TsvLine(String where, String text, String[] cells) {
    /** Keeps a copy of the cells, so that the line stays as read. */
    public TsvLine {
        cells = cells.clone();
    }

    /** The cells, as a copy the caller may change. */
    @Override
    public String[] cells() {
        return cells.clone();
    }

    /**
     * The data lines of a file, in order: blank lines and {@code #} comments left out.
     *
     * @param file  the file's name, for {@link #where}
     * @param lines every line of the file
     * @return its data lines
     */
    public static List<TsvLine> of(String file, List<String> lines) {
        List<TsvLine> data = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                data.add(new TsvLine(file + ":" + (i + 1), line, line.split("\t", -1)));
            }
        }
        return data;
    }

    /**
     * The data lines of a UTF-8 file of the installation.
     *
     * @param file     the file
     * @param what     what the file is, for the message ("the cue lexicon")
     * @param expected what the file should be, for the message ("a UTF-8 TSV file with the columns cue, class")
     * @return its data lines, as {@link #of}
     * @throws IllegalArgumentException naming the file, the error and what was expected when it cannot be read
     */
    public static List<TsvLine> read(Path file, String what, String expected) {
        try {
            return of(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(
                    file + ": cannot read " + what + " (" + e.getMessage() + "); expected " + expected);
        }
    }
}
