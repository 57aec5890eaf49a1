package org.entente.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definition of one output table: file name, columns in order, key columns and meaning. The one
 * definition from which the tables are written, checked and documented (docs/tables.md, schema.csv).
 *
 * <p>Immutable and thread-safe.
 *
 * @param file        file name, e.g. dyads.csv
 * @param description what one row is
 * @param columns     the fixed columns, in order
 * @param key         names of the columns that identify a row; rows are sorted by them (integer columns
 *                    numerically, the others by their characters)
 * @param repeated    for a wide table, the column that follows the fixed ones once per value of its name
 *                    (one {@code <actor_id>} column per actor), else empty
 * @param option      the command-line option that asks for the table, or empty when it is always written
 */
public record TableSpec(String file, String description, List<Column> columns, List<String> key,
                        Optional<Column> repeated, String option) {
    public TableSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        Objects.requireNonNull(repeated, "repeated");
        Objects.requireNonNull(option, "option");
        List<String> names = columns.stream().map(Column::name).toList();
        if (!names.containsAll(key)) {
            throw new IllegalArgumentException(file + ": key " + key + " not among columns " + names);
        }
    }

    /** A table with fixed columns only, always written. */
    public TableSpec(String file, String description, List<Column> columns, List<String> key) {
        this(file, description, columns, key, Optional.empty(), "");
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
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .or(() -> repeated)
                .orElseThrow(() -> new IllegalArgumentException(file + " has no column " + name));
    }

    /** A copy with extra string columns appended (sidecar metadata columns of documents.csv). */
    public TableSpec withExtraColumns(List<String> extra) {
        List<Column> all = new ArrayList<>(columns);
        for (String name : extra) {
            all.add(new Column(name, "string", "from the metadata sidecar"));
        }
        return new TableSpec(file, description, all, key, repeated, option);
    }
}
