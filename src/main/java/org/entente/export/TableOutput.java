package org.entente.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a run, written in every format of the run: each row goes to one {@link TableWriter} per
 * {@link OutputFormat}, and the rows are counted once.
 *
 * <p>Not thread-safe: used by the one thread that writes the run.
 */
final class TableOutput implements AutoCloseable {
    private final TableSpec spec;
    private final List<String> header;
    private final List<TableWriter> writers = new ArrayList<>();
    private long rows;

    /**
     * Opens the table in every format.
     *
     * @param dir           output folder
     * @param spec          the table
     * @param repeatedNames for a wide table, the names of its repeated columns, in order (else empty)
     * @param options       the formats and the Excel guard
     */
    TableOutput(Path dir, TableSpec spec, List<String> repeatedNames, ExportOptions options) {
        this.spec = spec;
        this.header = columns(spec, repeatedNames).stream().map(Column::name).toList();
        try {
            for (OutputFormat format : options.formats()) {
                writers.add(format.open(dir, spec, repeatedNames, options.excelSafe()));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The columns of a table as written: the fixed ones, then the repeated one once per name. */
    static List<Column> columns(TableSpec spec, List<String> repeatedNames) {
        if (!repeatedNames.isEmpty() && spec.repeated().isEmpty()) {
            throw new IllegalArgumentException(spec.name() + " has no repeated column");
        }
        List<Column> columns = new ArrayList<>(spec.columns());
        spec.repeated()
                .ifPresent(r -> repeatedNames.forEach(n -> columns.add(new Column(n, r.type(), r.description()))));
        return columns;
    }

    /** Writes one row (one value per column, in order) in every format. */
    void row(List<?> values) {
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                    spec.name() + ": row has " + values.size() + " values, expected " + header.size());
        }
        for (TableWriter w : writers) {
            w.row(values);
        }
        rows++;
    }

    /** Writes one row (varargs form). */
    void row(Object... values) {
        row(Arrays.asList(values));
    }

    TableSpec spec() {
        return spec;
    }

    /** The header: the fixed columns, then any repeated ones. */
    List<String> header() {
        return header;
    }

    /** Data rows written (the header not counted). */
    long rows() {
        return rows;
    }

    /** Completes the table in every format and moves the files into place. */
    void commit() {
        writers.forEach(TableWriter::commit);
    }

    /** Discards what was not committed. */
    @Override
    public void close() {
        writers.forEach(TableWriter::close);
    }
}
