package org.entente.export;

import java.util.Locale;

/**
 * The type of a table column: what its text in a CSV file looks like, and the type it has in Parquet.
 *
 * <p>Thread-safe.
 */
public enum ColumnType {
    /** Text; never null (a missing value is the empty string). Parquet: STRING. */
    STRING,
    /** Digits only, no thousands separators; empty only where a count was not computed. Parquet: INT64. */
    INTEGER,
    /** {@code true} or {@code false}. Parquet: BOOLEAN. */
    BOOLEAN,
    /** A whole day, ISO 8601 {@code yyyy-mm-dd}. Parquet: DATE. */
    DATE,
    /**
     * An ISO 8601 date as precise as its source: {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; empty when
     * unknown. Parquet: STRING (a DATE would have to invent a month or day).
     */
    PARTIAL_DATE,
    /** Values separated by {@code ;} in CSV (actor ids, cue classes). Parquet: LIST of STRING. */
    LIST;

    /** The name written in schema.csv and docs/tables.md: string, integer, boolean, date, partial_date, list. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a cell of this type is text a spreadsheet might run as a formula (guarded by --excel-safe). */
    boolean isText() {
        return this == STRING || this == LIST || this == PARTIAL_DATE || this == DATE;
    }
}
