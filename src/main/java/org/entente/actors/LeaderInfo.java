package org.entente.actors;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.model.Actor;

/**
 * What the resolver needs to know about a leader beyond the {@link Actor} record.
 *
 * @param actor        the leader
 * @param surname      the name used with a title in running text ("Putin", "Kim")
 * @param surnameFirst true when the surname comes first in the full name (Kim Jong Un, Xi Jinping)
 * @param titles       titles used before the surname ("President", "Chairman")
 * @param offices      the leader's terms of office, by start date
 */
public record LeaderInfo(Actor actor, String surname, boolean surnameFirst, Set<String> titles,
                         List<Office> offices) {
    public LeaderInfo {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(surname, "surname");
        titles = Set.copyOf(titles);
        offices = List.copyOf(offices);
    }
}
