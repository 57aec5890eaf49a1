package org.entente.model;

import java.util.Objects;

/**
 * A canonical actor of the dictionary.
 *
 * @param id       stable id (ISO3 for states, a slug such as PUTIN_VLADIMIR for leaders)
 * @param type     the actor type
 * @param name     the preferred English name
 * @param state    for leaders the id of the state served, otherwise empty
 * @param wikidata Wikidata QID, or empty
 */
public record Actor(String id, ActorType type, String name, String state, String wikidata) implements java.io.Serializable {
    public Actor {
        Checks.text(id, "id");
        Objects.requireNonNull(type, "type");
        Checks.text(name, "name");
        state = Objects.requireNonNullElse(state, "");
        wikidata = Objects.requireNonNullElse(wikidata, "");
    }
}
