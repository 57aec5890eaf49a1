package org.entente.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A dated term of office of a leader.
 *
 * <p>offices.tsv gives {@code start} and {@code end} either to the day ({@code yyyy-mm-dd}) or, where only
 * the month is known with confidence, to the month ({@code yyyy-mm}). A month-precision date stands for the
 * first day of that month, so a term ending {@code 2014-04} and the next starting {@code 2014-04} touch and
 * do not overlap; {@link #startApproximate()} and {@link #endApproximate()} tell which dates were given only
 * to the month. A document dated inside such a month may therefore be assigned to the wrong holder of the
 * office by up to a month.
 *
 * @param leaderId         the leader's id
 * @param served           the id of the state (or organisation) served
 * @param office           one of {@link #KINDS}
 * @param start            first day in office; the first day of the month when {@code startApproximate}
 * @param end              last day in office, or null while in office; the first day of the month when
 *                         {@code endApproximate}
 * @param startApproximate true when {@code start} was given only to the month ({@code yyyy-mm})
 * @param endApproximate   true when {@code end} was given only to the month ({@code yyyy-mm}); false when
 *                         {@code end} is null
 * @param origin           file:line of the row
 */
public record Office(
        String leaderId,
        String served,
        String office,
        LocalDate start,
        LocalDate end,
        boolean startApproximate,
        boolean endApproximate,
        String origin) {
    /**
     * The office vocabulary of offices.tsv. Beside the formal offices: {@code junta_member}, a member of a junta or
     * council that rules collectively; {@code administrator}, the head of an occupation or transitional authority
     * that governs the state (Iraq's Coalition Provisional Authority); {@code de_facto_ruler}, a person who rules
     * without holding the office (a crown prince governing for an incapacitated king, a mercenary commander
     * behind the president).
     */
    public static final Set<String> KINDS = Set.of(
            "head_of_state",
            "head_of_government",
            "foreign_minister",
            "defence_minister",
            "supreme_leader",
            "secretary_general",
            "junta_member",
            "administrator",
            "de_facto_ruler");

    /** Kinds whose terms may overlap: the members of a junta sit together. */
    public static final Set<String> SHARED_KINDS = Set.of("junta_member");

    public Office {
        Objects.requireNonNull(leaderId, "leaderId");
        Objects.requireNonNull(served, "served");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(start, "start");
        if (end == null && endApproximate) {
            throw new IllegalArgumentException("endApproximate without an end");
        }
    }

    /** A term whose dates are both known to the day. */
    public Office(String leaderId, String served, String office, LocalDate start, LocalDate end, String origin) {
        this(leaderId, served, office, start, end, false, false, origin);
    }

    /** The start as written in offices.tsv: {@code yyyy-mm-dd}, or {@code yyyy-mm} when month-precision. */
    public String startText() {
        return text(start, startApproximate);
    }

    /** The end as written in offices.tsv: {@code yyyy-mm-dd}, {@code yyyy-mm} when month-precision, or "". */
    public String endText() {
        return end == null ? "" : text(end, endApproximate);
    }

    private static String text(LocalDate day, boolean monthOnly) {
        return monthOnly ? day.toString().substring(0, 7) : day.toString();
    }

    /** True when the term includes {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /**
     * True when the terms overlap: one starts strictly before the other ends. A handover day, on which one
     * term ends and the next starts, is not an overlap; nor is a handover month given as {@code yyyy-mm} on
     * both sides (both stand for the first day of the month).
     */
    public boolean overlaps(Office other) {
        LocalDate thisEnd = end == null ? LocalDate.MAX : end;
        LocalDate otherEnd = other.end == null ? LocalDate.MAX : other.end;
        return start.isBefore(otherEnd) && other.start.isBefore(thisEnd);
    }
}
