package org.entente.model;

import java.util.Locale;

/** How a piece of text names an actor (column {@code match_kind} of mentions.csv). */
public enum MatchKind {
    NAME,
    ALIAS,
    ABBREVIATION,
    COMPOUND_PART,
    POSSESSIVE,
    CAPITAL,
    DEMONYM,
    SURNAME,
    TITLE_SURNAME,
    ROLLUP,
    /** A role phrase resolved to the office holder on the document's date (--roles). */
    ROLE;

    /** The lower-case label written in tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
