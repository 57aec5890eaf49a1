package org.entente.report;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.entente.export.TableReader;

/**
 * Streams the rows of one run's tables by column name, from their CSV or, for a run written only as Parquet,
 * their Parquet files, so that a table with added columns (or without a column a newer version writes) still
 * reads. A missing column reads as the empty string. Tables are named by their CSV file name (documents.csv).
 *
 * <p>Stateless; safe to use from any thread.
 */
final class RunTablesReader {
    private final Path run;

    RunTablesReader(Path run) {
        this.run = run;
    }

    Path file(String name) {
        return run.resolve(name);
    }

    /** The table's file: name.csv, else name.parquet; non-table files (run.json) as named. */
    private Optional<Path> table(String name) {
        if (name.endsWith(".csv")) {
            return TableReader.find(run, name.substring(0, name.length() - ".csv".length()));
        }
        return Files.isRegularFile(run.resolve(name)) ? Optional.of(run.resolve(name)) : Optional.empty();
    }

    boolean exists(String name) {
        return table(name).isPresent();
    }

    /** The header of a table, or an empty list when it is absent. */
    List<String> header(String name) {
        Optional<Path> file = table(name);
        if (file.isEmpty()) {
            return List.of();
        }
        try {
            return TableReader.header(file.get());
        } catch (UncheckedIOException e) {
            throw new ReportException(e.getMessage());
        }
    }

    /** Calls {@code row} for every row of a table, in file order; nothing when the table is absent. */
    void forEach(String name, Consumer<Row> row) {
        Optional<Path> file = table(name);
        if (file.isEmpty()) {
            return;
        }
        long[] line = {1};
        try {
            TableReader.forEachRow(file.get(), values -> row.accept(new Row(values, ++line[0])), null);
        } catch (UncheckedIOException e) {
            throw new ReportException(e.getMessage());
        }
    }

    /**
     * One row, read by column name.
     *
     * @param values column name → value
     * @param line   the row's line in the CSV file (header = 1)
     */
    record Row(Map<String, String> values, long line) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }

        long number(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return 0;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
