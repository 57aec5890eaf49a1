package org.entente.model;

import java.util.Locale;

/**
 * The relation cue classes: the four PLOVER quad classes, and {@code neutral} for cues that name a relation
 * without a direction (relations, ties).
 */
public enum CueClass {
    VERBAL_COOPERATION,
    MATERIAL_COOPERATION,
    VERBAL_CONFLICT,
    MATERIAL_CONFLICT,
    NEUTRAL;

    /** The lower-case label written in tables and cue files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label such as verbal_cooperation
     * @return the class
     * @throws IllegalArgumentException for an unknown label
     */
    public static CueClass parse(String label) {
        for (CueClass c : values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("cue class " + label + ": expected one of verbal_cooperation, "
                + "material_cooperation, verbal_conflict, material_conflict, neutral");
    }
}
