package org.entente.export;

import java.util.Objects;

/**
 * A column of an output table.
 *
 * @param name        snake_case name, written in the header
 * @param type        one of string, integer, boolean, date (ISO 8601, possibly partial)
 * @param description what the column holds
 */
public record Column(String name, String type, String description) {
    public Column {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are snake_case: " + name);
        }
        if (!java.util.Set.of("string", "integer", "boolean", "date").contains(type)) {
            throw new IllegalArgumentException("unknown column type " + type);
        }
        Objects.requireNonNull(description, "description");
    }
}
