package org.entente.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/**
 * Reads a Parquet table back (see {@link TableReader}) with the embedded DuckDB engine, each value as the CSV
 * writer writes it: a list's values joined by ';', a null as the empty string.
 *
 * <p>Stateless and thread-safe.
 */
final class ParquetTableReader {
    private ParquetTableReader() {}

    /**
     * @see OutputFormat#read
     */
    static List<String> read(Path file, Consumer<Map<String, String>> action, List<String> expected) {
        try (DuckDBConnection c = Duck.open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM read_parquet(" + Duck.literal(file.toString()) + ")")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnName(i));
            }
            if (expected == null || header.equals(expected)) {
                while (rs.next()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), text(rs.getObject(i + 1)));
                    }
                    action.accept(values);
                }
            }
            return header;
        } catch (SQLException e) {
            throw new UncheckedIOException(
                    "cannot read " + file + ": " + e.getMessage() + "; expected a Parquet table written by entente",
                    new IOException(e));
        }
    }

    /** A Parquet value as the CSV writer writes it. */
    private static String text(Object value) throws SQLException {
        if (value == null) {
            return "";
        }
        if (value instanceof Array array) {
            List<String> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(String.valueOf(item));
            }
            return String.join(";", items);
        }
        return value.toString();
    }
}
