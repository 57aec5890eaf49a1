package org.entente.actors;

import org.entente.model.MatchKind;

/** The column of the dictionary an alias comes from; decides the mention's match kind. */
public enum AliasKind {
    NAME(MatchKind.NAME),
    ALIAS(MatchKind.ALIAS),
    ABBREVIATION(MatchKind.ABBREVIATION),
    DEMONYM(MatchKind.DEMONYM),
    CAPITAL(MatchKind.CAPITAL),
    COMBINING_FORM(MatchKind.COMPOUND_PART);

    private final MatchKind matchKind;

    AliasKind(MatchKind matchKind) {
        this.matchKind = matchKind;
    }

    /** The match kind a mention through this alias gets when no other rule applies. */
    public MatchKind matchKind() {
        return matchKind;
    }
}
