package org.entente.actors;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.model.Actor;

/**
 * What the resolver needs to know about a leader beyond the {@link Actor} record.
 *
 * @param actor        the leader
 * @param surnames     the forms of the surname used alone or after a title ("Putin"; "Erdoğan", "Erdogan")
 * @param commonWords  the surname forms that are also common English words ("Rice", "Moon"): they resolve only
 *                     to a leader named in full earlier in the document
 * @param surnameFirst true when the surname comes first in the full name (Kim Jong Un, Xi Jinping)
 * @param titles       titles used before the surname ("President", "Chairman")
 * @param offices      the leader's terms of office, by start date
 */
public record LeaderInfo(
        Actor actor,
        List<String> surnames,
        Set<String> commonWords,
        boolean surnameFirst,
        Set<String> titles,
        List<Office> offices) {
    public LeaderInfo {
        Objects.requireNonNull(actor, "actor");
        surnames = List.copyOf(surnames);
        commonWords = Set.copyOf(commonWords);
        titles = Set.copyOf(titles);
        offices = List.copyOf(offices);
    }
}
