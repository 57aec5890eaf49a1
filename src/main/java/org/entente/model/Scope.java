package org.entente.model;

import java.util.Locale;

/** The unit within which co-mentions are counted. */
public enum Scope {
    SENTENCE, PARAGRAPH, DOCUMENT;

    /** The lower-case label written in tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
