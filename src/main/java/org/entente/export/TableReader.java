package org.entente.export;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a finished run's tables back, in whichever format the run wrote them: CSV, or else Parquet. Every row
 * is given as the CSV writer writes it (column name → text: a list's values joined by ';', a missing value as
 * the empty string), so that readers work the same on either format.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableReader {
    private TableReader() {}

    /**
     * The file of a table in a run's output folder: its file in the first {@link OutputFormat} the run wrote it
     * in (CSV, else Parquet).
     *
     * @param runDir the output folder of a run
     * @param table  the table's name
     * @return the file, or empty when the run wrote the table in neither format
     */
    public static Optional<Path> find(Path runDir, String table) {
        for (OutputFormat format : OutputFormat.values()) {
            Path file = runDir.resolve(table + "." + format.label());
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * Streams the rows of a table, checking its columns against the table's definition.
     *
     * @param runDir the output folder of a run
     * @param spec   the table's definition
     * @param action called with each row (column name → value), in file order
     * @throws IllegalArgumentException when the table is missing or its columns are not the expected ones
     */
    public static void forEach(Path runDir, TableSpec spec, Consumer<Map<String, String>> action) {
        Path file = find(runDir, spec.name())
                .orElseThrow(() -> new IllegalArgumentException(runDir.resolve(OutputFormat.CSV.file(spec))
                        + " not found; expected the output folder of an entente run"));
        List<String> header = forEachRow(file, action, spec.header());
        if (!header.equals(spec.header())) {
            throw new IllegalArgumentException(file + ": header " + header + "; expected " + spec.header()
                    + " (a run of another Entente version?)");
        }
    }

    /**
     * The columns of a table file, in the format its extension names; no row is read.
     *
     * @param file a table file
     * @return its columns
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<String> header(Path file) {
        return forEachRow(file, row -> {}, NO_ROWS);
    }

    /** Matches no header: reads the header only. */
    private static final List<String> NO_ROWS = List.of();

    /**
     * Streams the rows of a table file, in the format its extension names.
     *
     * @param file     a table file
     * @param action   called with each row (column name → value), in file order
     * @param expected the columns expected, or null for any; when the file's differ, no row is read
     * @return the file's columns
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<String> forEachRow(Path file, Consumer<Map<String, String>> action, List<String> expected) {
        return OutputFormat.ofFile(file).orElse(OutputFormat.CSV).read(file, action, expected);
    }
}
