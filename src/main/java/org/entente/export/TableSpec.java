package org.entente.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The definition of one output table: file name, columns in order, key columns and meaning. The one
 * definition from which the tables are written and documented.
 *
 * @param file        file name, e.g. dyads.csv
 * @param description what one row is
 * @param columns     the columns, in order
 * @param key         names of the columns that identify a row; rows are sorted by them
 */
public record TableSpec(String file, String description, List<Column> columns, List<String> key) {
    public TableSpec {
        Objects.requireNonNull(file, "file");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        List<String> names = columns.stream().map(Column::name).toList();
        if (!names.containsAll(key)) {
            throw new IllegalArgumentException(file + ": key " + key + " not among columns " + names);
        }
    }

    /** The column names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** A copy with extra string columns appended (sidecar metadata columns of documents.csv). */
    public TableSpec withExtraColumns(List<String> extra) {
        List<Column> all = new ArrayList<>(columns);
        for (String name : extra) {
            all.add(new Column(name, "string", "from the metadata sidecar"));
        }
        return new TableSpec(file, description, all, key);
    }
}
