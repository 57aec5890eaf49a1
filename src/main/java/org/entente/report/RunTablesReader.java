package org.entente.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of one run's CSV tables by column name, so that a table with added columns (or without a
 * column a newer version writes) still reads. A missing column reads as the empty string.
 *
 * <p>Stateless; safe to use from any thread.
 */
final class RunTablesReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path run;

    RunTablesReader(Path run) {
        this.run = run;
    }

    Path file(String name) {
        return run.resolve(name);
    }

    boolean exists(String name) {
        return Files.isRegularFile(run.resolve(name));
    }

    /** The header of a table, or an empty list when it is absent. */
    List<String> header(String name) {
        if (!exists(name)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(run.resolve(name), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            return List.copyOf(parser.getHeaderNames());
        } catch (IOException | UncheckedIOException e) {
            throw cannotRead(name, e);
        }
    }

    /** Calls {@code row} for every row of a table, in file order; nothing when the table is absent. */
    void forEach(String name, Consumer<Row> row) {
        if (!exists(name)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(run.resolve(name), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord r : parser) {
                row.accept(new Row(r));
            }
        } catch (IOException | UncheckedIOException e) {
            throw cannotRead(name, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ReportException(run.resolve(name) + ": " + e.getMessage() + "; expected an RFC 4180 table "
                    + "written by entente analyze");
        }
    }

    private ReportException cannotRead(String name, Exception e) {
        return new ReportException("cannot read " + run.resolve(name) + ": " + e.getMessage());
    }

    /** One row, read by column name. */
    record Row(CSVRecord record) {
        String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
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

        long line() {
            return record.getRecordNumber() + 1;
        }
    }
}
