package org.entente.export;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB engine as the Parquet writer and reader use it: an in-memory database on one thread
 * (so that a file's bytes depend only on its rows), with a bounded memory budget.
 *
 * <p>Stateless and thread-safe; each connection is used by one thread.
 */
final class Duck {
    private Duck() {}

    /** A new in-memory database. */
    static DuckDBConnection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("threads", "1");
        props.setProperty("memory_limit", "512MB");
        props.setProperty("preserve_insertion_order", "true");
        DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", props);
        try (Statement s = c.createStatement()) {
            s.execute("SET enable_progress_bar = false");
        }
        return c;
    }

    /** An SQL identifier. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** An SQL string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static void closeQuietly(DuckDBConnection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing more to do
            }
        }
    }
}
