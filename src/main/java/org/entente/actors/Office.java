package org.entente.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated term of office of a leader.
 *
 * @param leaderId the leader's id
 * @param served   the id of the state (or organisation) served
 * @param office   one of {@link #KINDS}
 * @param start    first day in office
 * @param end      last day in office, or null while in office
 * @param origin   file:line of the row
 */
public record Office(String leaderId, String served, String office, LocalDate start, LocalDate end,
                     String origin) {
    /** The office vocabulary of offices.tsv. */
    public static final java.util.Set<String> KINDS = java.util.Set.of("head_of_state", "head_of_government",
            "foreign_minister", "defence_minister", "supreme_leader", "secretary_general");

    public Office {
        Objects.requireNonNull(leaderId, "leaderId");
        Objects.requireNonNull(served, "served");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(start, "start");
    }

    /** True when the term includes {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /**
     * True when the terms overlap: one starts strictly before the other ends. A handover day, on which one
     * term ends and the next starts, is not an overlap.
     */
    public boolean overlaps(Office other) {
        LocalDate thisEnd = end == null ? LocalDate.MAX : end;
        LocalDate otherEnd = other.end == null ? LocalDate.MAX : other.end;
        return start.isBefore(otherEnd) && other.start.isBefore(thisEnd);
    }
}
