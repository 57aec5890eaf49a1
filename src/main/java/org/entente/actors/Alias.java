package org.entente.actors;

import java.util.Objects;
import org.entente.model.Actor;

/**
 * One written form of an actor, as listed in the dictionary.
 *
 * @param form        the text to match, case-sensitive
 * @param actor       the actor it names
 * @param kind        the dictionary column it comes from
 * @param ambiguous   listed with the {@code ?} marker: counted, and flagged ambiguous
 * @param personLike  listed with the {@code ~} marker: dropped where the NER tags it as a person
 * @param origin      file:line of the dictionary row, for messages
 */
public record Alias(String form, Actor actor, AliasKind kind, boolean ambiguous, boolean personLike, String origin) {
    public Alias {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
    }
}
