package org.entente.export;

import java.io.BufferedWriter;
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
final class CsvTableWriter implements TableWriter {
    /** The CSV dialect of every table. */
    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final String name;
    private final boolean[] guarded;
    private final Path target;
    private final Path temp;
    private final CSVPrinter printer;
    private boolean committed;

    /**
     * Opens a table for writing.
     *
     * @param target        the file to write
     * @param spec          the table definition
     * @param repeatedNames for a wide table, the names of its repeated columns, in order (else empty)
     * @param excelSafe     whether to guard text cells that would be read as formulas
     * @throws UncheckedIOException when the file cannot be created
     */
    CsvTableWriter(Path target, TableSpec spec, List<String> repeatedNames, boolean excelSafe) {
        List<Column> columns = TableOutput.columns(spec, repeatedNames);
        this.name = target.getFileName().toString();
        this.guarded = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            guarded[i] = excelSafe && columns.get(i).type().isText();
        }
        this.target = target;
        this.temp = target.resolveSibling(name + ".tmp");
        try {
            BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(columns.stream().map(Column::name).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String cell = v == null ? "" : v instanceof List<?> list ? join(list) : v.toString();
            cells.add(guarded[i] ? excelSafe(cell) : cell);
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    /** A list cell: its values separated by ';'. */
    private static String join(List<?> list) {
        StringBuilder sb = new StringBuilder();
        for (Object item : list) {
            sb.append(sb.isEmpty() ? "" : ";").append(item);
        }
        return sb.toString();
    }

    /**
     * Guards a cell against formula injection: a value starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading apostrophe.
     *
     * @param cell the cell's text
     * @return the text a spreadsheet shows as is
     */
    static String excelSafe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    @Override
    public void commit() {
        try {
            printer.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

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
    static void writeText(Path file, String content) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
