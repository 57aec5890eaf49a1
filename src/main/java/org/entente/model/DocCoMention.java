package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Count of the units of one document in which a set of actors is co-mentioned.
 *
 * @param scope    the counting unit
 * @param actorIds the distinct actor ids, sorted
 * @param units    number of units of the document that mention all of them
 * @param cues     those units split by relation cue class
 */
public record DocCoMention(Scope scope, List<String> actorIds, int units, CueCounts cues) implements Serializable {
    public DocCoMention {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(cues, "cues");
        actorIds = List.copyOf(actorIds);
        if (actorIds.size() < 2 || units < 1) {
            throw new IllegalArgumentException("a co-mention needs two or more actors and one unit: " + actorIds);
        }
    }

    /** Number of actors: 2 for a dyad, 3 for a triad. */
    public int arity() {
        return actorIds.size();
    }
}
