package org.entente.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of one output table: its name, columns in order, key columns and meaning. The one definition
 * from which the tables are written (in every {@link OutputFormat}), checked and documented (docs/tables.md,
 * schema.csv). A table has a name, not a file: each format names its file ({@code dyads.csv}, {@code
 * dyads.parquet}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name        the table's name, e.g. dyads
 * @param description what one row is
 * @param columns     the fixed columns, in order
 * @param key         names of the columns that identify a row; rows are sorted by them (integer columns
 *                    numerically, the others by their characters)
 * @param repeated    for a wide table, the column that follows the fixed ones once per value of its name
 *                    (one {@code <actor_id>} column per actor), else empty
 * @param option      the command-line option that asks for the table, or empty when it is always written
 */
public record TableSpec(
        String name,
        String description,
        List<Column> columns,
        List<String> key,
        Optional<Column> repeated,
        String option) {
    public TableSpec {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("table names are snake_case: " + name);
        }
        Objects.requireNonNull(description, "description");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        Objects.requireNonNull(repeated, "repeated");
        Objects.requireNonNull(option, "option");
        List<String> names = columns.stream().map(Column::name).toList();
        names.stream().filter(n -> !n.matches("[a-z][a-z0-9_]*")).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException(name + ": column names are snake_case: " + n);
        });
        if (!names.containsAll(key)) {
            throw new IllegalArgumentException(name + ": key " + key + " not among columns " + names);
        }
    }

    /** A table with fixed columns only, always written. */
    public TableSpec(String name, String description, List<Column> columns, List<String> key) {
        this(name, description, columns, key, Optional.empty(), "");
    }

    /** The fixed column names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The column with this name: a fixed column, or (for a wide table) the repeated column.
     *
     * @param name a column name of the written table
     * @return the column's definition
     */
    public Column column(String name) {
        return columns.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .or(() -> repeated)
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    /** A copy with extra string columns appended (sidecar metadata columns of documents.csv). */
    public TableSpec withExtraColumns(List<String> extra) {
        List<Column> all = new ArrayList<>(columns);
        for (String column : extra) {
            all.add(new Column(column, ColumnType.STRING, "from the metadata sidecar"));
        }
        return new TableSpec(this.name, description, all, key, repeated, option);
    }
}
