package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Units split by the relation cues found in them. A unit may hold cues of several classes, so the class
 * counts may add up to more than the units; {@code none} counts units with no cue at all.
 *
 * @param verbalCooperation   units with a verbal-cooperation cue
 * @param materialCooperation units with a material-cooperation cue
 * @param verbalConflict      units with a verbal-conflict cue
 * @param materialConflict    units with a material-conflict cue
 * @param neutral             units with a neutral relation cue
 * @param none                units with no cue
 */
public record CueCounts(
        long verbalCooperation,
        long materialCooperation,
        long verbalConflict,
        long materialConflict,
        long neutral,
        long none)
        implements Serializable {
    /** No units. */
    public static final CueCounts ZERO = new CueCounts(0, 0, 0, 0, 0, 0);

    /** The counts of one unit with the given cue classes. */
    public static CueCounts of(Set<CueClass> cues) {
        return new CueCounts(
                has(cues, CueClass.VERBAL_COOPERATION),
                has(cues, CueClass.MATERIAL_COOPERATION),
                has(cues, CueClass.VERBAL_CONFLICT),
                has(cues, CueClass.MATERIAL_CONFLICT),
                has(cues, CueClass.NEUTRAL),
                cues.isEmpty() ? 1 : 0);
    }

    private static long has(Set<CueClass> cues, CueClass c) {
        return cues.contains(c) ? 1 : 0;
    }

    /** The counts in the order of the components (and of the cue columns of the tables). */
    public List<Long> values() {
        return List.of(verbalCooperation, materialCooperation, verbalConflict, materialConflict, neutral, none);
    }

    /** The element-wise sum. */
    public CueCounts plus(CueCounts o) {
        return new CueCounts(
                verbalCooperation + o.verbalCooperation,
                materialCooperation + o.materialCooperation,
                verbalConflict + o.verbalConflict,
                materialConflict + o.materialConflict,
                neutral + o.neutral,
                none + o.none);
    }
}
