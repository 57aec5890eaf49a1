package org.entente.export;

import java.util.Objects;

/**
 * A column of an output table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name        the name written in the header: snake_case for the columns of a {@link TableSpec}; the
 *                    repeated columns of a wide table are named by actor ids (PRK, KIM_JONG_UN)
 * @param type        its type
 * @param description what the column holds
 */
public record Column(String name, ColumnType type, String description) {
    public Column {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("column names are letters, digits and _: " + name);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
