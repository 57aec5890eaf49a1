package org.entente.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes one table as Apache Parquet with the column types of its {@link TableSpec}: {@link ColumnType#INTEGER}
 * as INT64, {@link ColumnType#BOOLEAN} as BOOLEAN, {@link ColumnType#DATE} as DATE, {@link ColumnType#LIST} as a
 * LIST of STRING, strings and partial dates as STRING; rows in the order written. A missing value (null, or the
 * empty string the CSV writes for it) of an integer, boolean, date or partial-date column is null; a string is
 * never null (the empty string stays empty); an empty list is an empty list.
 *
 * <p>The rows are appended to a table of an in-memory DuckDB database (the embedded engine of
 * {@code org.duckdb:duckdb_jdbc}), as text, exactly as the CSV writer would write them; {@link #commit()} casts
 * them to the Parquet types and has DuckDB write the file, on one thread, so the bytes depend only on the rows.
 *
 * <p>Not thread-safe: one writer per table, used by one thread.
 */
final class ParquetTableWriter implements TableWriter {
    private final List<Column> columns;
    private final Path target;
    private final Path temp;
    private final DuckDBConnection connection;
    private final DuckDBAppender appender;
    private boolean committed;

    /**
     * Opens a table for writing.
     *
     * @param target        the file to write
     * @param spec          the table definition
     * @param repeatedNames for a wide table, the names of its repeated columns, in order (else empty)
     * @throws UncheckedIOException when the database cannot be opened
     */
    ParquetTableWriter(Path target, TableSpec spec, List<String> repeatedNames) {
        this.columns = TableOutput.columns(spec, repeatedNames);
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".tmp");
        DuckDBConnection c = null;
        try {
            c = Duck.open();
            try (Statement s = c.createStatement()) {
                List<String> defs = new ArrayList<>();
                columns.forEach(col -> defs.add(Duck.quote(col.name()) + " VARCHAR"));
                s.execute("CREATE TABLE t (" + String.join(", ", defs) + ")");
            }
            this.connection = c;
            this.appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t");
        } catch (SQLException e) {
            Duck.closeQuietly(c);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), new IOException(e));
        }
    }

    @Override
    public void row(List<?> values) {
        try {
            appender.beginRow();
            for (Object v : values) {
                appender.append(text(v));
            }
            appender.endRow();
        } catch (SQLException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), new IOException(e));
        }
    }

    /** A value as the CSV writer writes it (a list's values joined by ';'); null for a missing value. */
    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(String.valueOf(item)));
            return String.join(";", items);
        }
        return v.toString();
    }

    @Override
    public void commit() {
        List<String> select = new ArrayList<>();
        for (Column col : columns) {
            String c = Duck.quote(col.name());
            String value = switch (col.type()) {
                case STRING -> "coalesce(" + c + ", '')";
                case PARTIAL_DATE -> "nullif(" + c + ", '')";
                case INTEGER -> "CAST(nullif(" + c + ", '') AS BIGINT)";
                case BOOLEAN -> "CAST(nullif(" + c + ", '') AS BOOLEAN)";
                case DATE -> "CAST(nullif(" + c + ", '') AS DATE)";
                case LIST ->
                    "CASE WHEN coalesce(" + c + ", '') = '' THEN CAST([] AS VARCHAR[]) ELSE string_split(" + c
                            + ", ';') END";
            };
            select.add(value + " AS " + c);
        }
        try {
            appender.close();
            try (Statement s = connection.createStatement()) {
                s.execute("COPY (SELECT " + String.join(", ", select) + " FROM t ORDER BY rowid) TO "
                        + Duck.literal(temp.toString()) + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (SQLException | IOException e) {
            throw new UncheckedIOException(
                    "cannot write " + target + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        } finally {
            Duck.closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                appender.close();
            } catch (SQLException e) {
                // discarded anyway
            }
            Duck.closeQuietly(connection);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the next run replaces it
            }
        }
    }
}
