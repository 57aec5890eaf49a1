package org.entente.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The PLOVER event types Entente codes, each with its quad class (docs/conventions.md, "Events: who does what to
 * whom"). These are the types of the PLOVER version of the gold-standard records, plus REQUEST for appeals.
 */
public enum EventType {
    AGREE(CueClass.VERBAL_COOPERATION),
    CONSULT(CueClass.VERBAL_COOPERATION),
    SUPPORT(CueClass.VERBAL_COOPERATION),
    CONCEDE(CueClass.VERBAL_COOPERATION),
    REQUEST(CueClass.VERBAL_COOPERATION),
    COOPERATE(CueClass.MATERIAL_COOPERATION),
    AID(CueClass.MATERIAL_COOPERATION),
    RETREAT(CueClass.MATERIAL_COOPERATION),
    DEMAND(CueClass.VERBAL_CONFLICT),
    DISAPPROVE(CueClass.VERBAL_CONFLICT),
    INVESTIGATE(CueClass.VERBAL_CONFLICT),
    REJECT(CueClass.VERBAL_CONFLICT),
    THREATEN(CueClass.VERBAL_CONFLICT),
    PROTEST(CueClass.MATERIAL_CONFLICT),
    SANCTION(CueClass.MATERIAL_CONFLICT),
    MOBILIZE(CueClass.MATERIAL_CONFLICT),
    COERCE(CueClass.MATERIAL_CONFLICT),
    ASSAULT(CueClass.MATERIAL_CONFLICT),
    FIGHT(CueClass.MATERIAL_CONFLICT);

    private final CueClass quad;

    EventType(CueClass quad) {
        this.quad = quad;
    }

    /** The PLOVER quad class: one of the four classes of {@link CueClass}, never NEUTRAL. */
    public CueClass quad() {
        return quad;
    }

    /** True for the two cooperation classes. */
    public boolean cooperative() {
        return quad == CueClass.VERBAL_COOPERATION || quad == CueClass.MATERIAL_COOPERATION;
    }

    /**
     * @param label a type name as PLOVER writes it (AGREE)
     * @return the type
     * @throws IllegalArgumentException naming the label and the accepted ones
     */
    public static EventType parse(String label) {
        for (EventType t : values()) {
            if (t.name().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("event type " + label + ": expected one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
