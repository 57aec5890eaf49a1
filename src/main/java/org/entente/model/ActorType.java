package org.entente.model;

/** The kinds of actor in the dictionary (see the counting conventions). */
public enum ActorType {
    /** A country or state-like polity, id = ISO 3166-1 alpha-3 or a documented code. */
    STATE,
    /** A person holding or having held a top state office. */
    LEADER,
    /** An intergovernmental organisation or grouping. */
    ORG
}
