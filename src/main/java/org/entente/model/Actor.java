package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A canonical actor of the dictionary.
 *
 * @param id   stable id (ISO3 for states, a slug such as PUTIN_VLADIMIR for leaders)
 * @param type the actor type
 * @param name the preferred English name
 * @param state for leaders the id of the state served, otherwise empty
 * @param keys the keys other data sets know the actor by
 */
public record Actor(String id, ActorType type, String name, String state, Keys keys) implements Serializable {
    public Actor {
        Checks.text(id, "id");
        Objects.requireNonNull(type, "type");
        Checks.text(name, "name");
        state = Objects.requireNonNullElse(state, "");
        keys = Objects.requireNonNullElse(keys, Keys.NONE);
    }

    /** An actor known by its Wikidata QID only (or by no key: {@code wikidata} empty). */
    public Actor(String id, ActorType type, String name, String state, String wikidata) {
        this(id, type, name, state, new Keys(wikidata, "", "", ""));
    }

    /** The Wikidata QID, or empty. */
    public String wikidata() {
        return keys.wikidata();
    }

    /**
     * The keys other data sets know an actor by, each empty when unknown.
     *
     * @param wikidata  Wikidata QID (Q423)
     * @param cowCode   for states: the Correlates of War letter code (PRK, ROK, UKG)
     * @param cowNumber for states: the Correlates of War state number (731), the key of MID, alliance and trade data
     * @param archigos  for leaders: the Archigos {@code leadid}; several joined by {@code |} where Archigos gives
     *                  the person more than one (Nino Burjanadze, Chiang Kai-shek)
     */
    public record Keys(String wikidata, String cowCode, String cowNumber, String archigos) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** No key known. */
        public static final Keys NONE = new Keys("", "", "", "");

        public Keys {
            wikidata = Objects.requireNonNullElse(wikidata, "");
            cowCode = Objects.requireNonNullElse(cowCode, "");
            cowNumber = Objects.requireNonNullElse(cowNumber, "");
            archigos = Objects.requireNonNullElse(archigos, "");
        }

        /** The Archigos {@code leadid}s of {@link #archigos()}, in the order written; empty when none. */
        public List<String> archigosIds() {
            return archigos.isEmpty() ? List.of() : List.of(archigos.split("\\|"));
        }
    }
}
