package org.entente.export;

import java.io.Closeable;
import java.util.List;

/**
 * Writes one table in one file format, row by row, into a temporary file that {@link #commit()} moves into
 * place, so that a reader never sees half a table. Values are given as Java values in column order: strings,
 * numbers, booleans, or null for a missing value; a {@link ColumnType#LIST} column as a {@code List} of strings.
 *
 * <p>Not thread-safe: one writer per table and format, used by one thread.
 */
public interface TableWriter extends Closeable {
    /**
     * Writes one row.
     *
     * @param values one value per column of the header, in order
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    void row(List<?> values);

    /** Completes the table and moves it into place. */
    void commit();

    /** Discards the table if it was not committed. */
    @Override
    void close();
}
