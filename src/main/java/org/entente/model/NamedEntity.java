package org.entente.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A named-entity span found by the NLP engine (before resolution to actors).
 *
 * @param begin char offset into the document text, inclusive
 * @param end   char offset, exclusive
 * @param text  the covered text
 * @param label the engine's label, e.g. PERSON, ORGANIZATION, LOCATION, COUNTRY
 */
public record NamedEntity(int begin, int end, String text, String label) implements Serializable {
    public NamedEntity {
        Checks.span(begin, end);
        Objects.requireNonNull(text, "text");
        Checks.text(label, "label");
    }

    /** True when this span covers {@code [b, e)}. */
    public boolean covers(int b, int e) {
        return begin <= b && e <= end;
    }
}
