package org.entente.events;

import org.entente.model.Actor;

/**
 * The state (or organisation) a leader served on a document's date, for the state columns of events. The pipeline
 * passes the actor dictionary's answer ({@code ActorDictionary.servedOn}); {@link #AS_RECORDED} uses the state
 * recorded on the leader's {@link Actor}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface LeaderStates {
    /** The state recorded on the actor, whatever the date. */
    LeaderStates AS_RECORDED = (leader, date) -> leader.state();

    /**
     * @param leader a LEADER actor
     * @param date   the document's date (yyyy, yyyy-mm or yyyy-mm-dd), or empty when unknown
     * @return the id of the state or organisation served, or empty when unknown
     */
    String stateOf(Actor leader, String date);
}
