package org.entente.model;

import java.util.Locale;

/** Which layer found a mention: the engine's NER, the dictionary matcher, or both. */
public enum MentionSource {
    NER,
    DICTIONARY,
    BOTH;

    /** The lower-case label written in tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
