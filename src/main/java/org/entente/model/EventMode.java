package org.entente.model;

import java.util.Locale;

/** How a sentence presents an event (docs/conventions.md, "Events: who does what to whom", rules 10–16). */
public enum EventMode {
    /** Presented as done or decided, by the writer or by the source itself. */
    ASSERTED,
    /** Said not to have happened ("has not imposed sanctions"). */
    NEGATED,
    /** Conditional, possible, asked for or proposed ("if North Korea attacks…", "called on Russia to withdraw"). */
    HYPOTHETICAL,
    /** Reported by a speaker other than the source ("state media reported that Russia had delivered…"). */
    REPORTED;

    /** The lower-case label written in tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label such as hypothetical
     * @return the mode
     * @throws IllegalArgumentException for an unknown label
     */
    public static EventMode parse(String label) {
        for (EventMode m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "event mode " + label + ": expected asserted, negated, hypothetical or reported");
    }
}
