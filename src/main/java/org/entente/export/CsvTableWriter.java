package org.entente.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as RFC 4180 CSV (UTF-8, header row, fields quoted only where needed, '\n' line ends),
 * row by row, into a temporary file that {@link #commit()} renames into place, so a reader never sees half
 * a table. Values are written as given: strings as is, numbers without separators, booleans as true/false,
 * null as the empty string.
 *
 * <p>Not thread-safe: one writer per table, used by one thread.
 */
public final class CsvTableWriter implements Closeable {
    /** The CSV dialect of every table. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final TableSpec spec;
    private final Path target;
    private final Path temp;
    private final CSVPrinter printer;
    private boolean committed;

    /**
     * Opens a table for writing.
     *
     * @param dir  output folder
     * @param spec the table definition
     * @throws UncheckedIOException when the file cannot be created
     */
    public CsvTableWriter(Path dir, TableSpec spec) {
        this.spec = spec;
        this.target = dir.resolve(spec.file());
        this.temp = dir.resolve(spec.file() + ".tmp");
        try {
            BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(spec.header());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one row.
     *
     * @param values one value per column, in column order
     */
    public void row(List<?> values) {
        if (values.size() != spec.columns().size()) {
            throw new IllegalArgumentException(spec.file() + ": row has " + values.size() + " values, expected "
                    + spec.columns().size());
        }
        try {
            printer.printRecord(values.stream().map(v -> v == null ? "" : v.toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    /** Writes one row (varargs form). */
    public void row(Object... values) {
        row(java.util.Arrays.asList(values));
    }

    /** Flushes the table and moves it into place atomically. */
    public void commit() {
        try {
            printer.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Discards an uncommitted table. */
    @Override
    public void close() {
        if (!committed) {
            try {
                printer.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more to do: the temp file is left for the next run to replace
            }
        }
    }

    /**
     * Writes a whole text file atomically (temp file + rename).
     *
     * @param file    the target
     * @param content its content, written as UTF-8
     */
    public static void writeText(Path file, String content) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
