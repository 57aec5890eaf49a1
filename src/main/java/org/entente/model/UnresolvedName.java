package org.entente.model;

import java.io.Serializable;
import java.util.List;

/**
 * A PERSON, ORGANIZATION or LOCATION entity that names no dictionary actor, normalised for unresolved.csv:
 * without titles, possessive and speaker colon, in the case of a name ("PRESIDENT TRUMP:" → "Trump").
 *
 * @param name       the normalised name
 * @param label      the engine's label
 * @param suggestion dictionary actor ids whose surname, title or variant matches the name, sorted; empty when
 *                   none
 */
public record UnresolvedName(String name, String label, List<String> suggestion) implements Serializable {
    public UnresolvedName {
        Checks.text(name, "name");
        Checks.text(label, "label");
        suggestion = List.copyOf(suggestion);
    }
}
