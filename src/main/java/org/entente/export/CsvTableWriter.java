package org.entente.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as RFC 4180 CSV (UTF-8, header row, fields quoted only where needed, '\n' line ends),
 * row by row, into a temporary file that {@link #commit()} renames into place, so a reader never sees half
 * a table. Values are written as given: strings as is, numbers without separators, booleans as true/false,
 * null as the empty string. With Excel safety on, a text cell that a spreadsheet would read as a formula
 * (one that starts with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe
 * ({@code '=1+1}), which spreadsheets show as text and never evaluate.
 *
 * <p>Not thread-safe: one writer per table, used by one thread.
 */
public final class CsvTableWriter implements Closeable {
    /** The CSV dialect of every table. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final TableSpec spec;
    private final List<String> header;
    private final boolean[] guarded;
    private final Path target;
    private final Path temp;
    private final CSVPrinter printer;
    private long rows;
    private boolean committed;

    /**
     * Opens a table for writing.
     *
     * @param dir  output folder
     * @param spec the table definition
     * @throws UncheckedIOException when the file cannot be created
     */
    public CsvTableWriter(Path dir, TableSpec spec) {
        this(dir, spec, List.of(), false);
    }

    /**
     * Opens a table for writing.
     *
     * @param dir           output folder
     * @param spec          the table definition
     * @param repeatedNames for a wide table, the names of its repeated columns, in order (else empty)
     * @param excelSafe     whether to guard text cells that would be read as formulas
     * @throws UncheckedIOException when the file cannot be created
     */
    public CsvTableWriter(Path dir, TableSpec spec, List<String> repeatedNames, boolean excelSafe) {
        if (!repeatedNames.isEmpty() && spec.repeated().isEmpty()) {
            throw new IllegalArgumentException(spec.file() + " has no repeated column");
        }
        this.spec = spec;
        List<String> names = new ArrayList<>(spec.header());
        names.addAll(repeatedNames);
        this.header = List.copyOf(names);
        this.guarded = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String type = i < spec.columns().size() ? spec.columns().get(i).type() : spec.repeated().get().type();
            guarded[i] = excelSafe && (type.equals("string") || type.equals("date"));
        }
        this.target = dir.resolve(spec.file());
        this.temp = dir.resolve(spec.file() + ".tmp");
        try {
            BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header);
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
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(spec.file() + ": row has " + values.size() + " values, expected "
                    + header.size());
        }
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String cell = v == null ? "" : v.toString();
            cells.add(guarded[i] ? excelSafe(cell) : cell);
        }
        try {
            printer.printRecord(cells);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    /** Writes one row (varargs form). */
    public void row(Object... values) {
        row(java.util.Arrays.asList(values));
    }

    /**
     * Guards a cell against formula injection: a value starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading apostrophe.
     *
     * @param cell the cell's text
     * @return the text a spreadsheet shows as is
     */
    public static String excelSafe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** Data rows written so far (the header not counted). */
    public long rows() {
        return rows;
    }

    /** The header written: the fixed columns, then any repeated ones. */
    public List<String> header() {
        return header;
    }

    /** The table's definition. */
    public TableSpec spec() {
        return spec;
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
