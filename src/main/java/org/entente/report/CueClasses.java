package org.entente.report;

import java.util.List;
import java.util.Locale;

/**
 * The cue classes of co-mention units, as evidence.csv names them, and where a run's tables carry them:
 * per-class columns of dyads.csv and triads.csv ({@code units_verbal_cooperation} … {@code units_no_cue}), or
 * the {@code cue_classes} column of evidence.csv.
 *
 * <p>Immutable; safe to share.
 */
final class CueClasses {
    /** Every class, in the order the report shows them, and last the units with no cue at all. */
    static final List<String> ALL = List.of("verbal_cooperation", "material_cooperation", "verbal_conflict",
            "material_conflict", "neutral", "no_cue");

    /** Index of {@code no_cue} in {@link #ALL}. */
    static final int NO_CUE = 5;

    private CueClasses() {
    }

    /** Index of a class in {@link #ALL}, or -1 for an unknown label. */
    static int index(String label) {
        return ALL.indexOf(label.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The dyads.csv column that holds a class's count: the column named as the class, or one that starts or
     * ends with it ("units_verbal_conflict", "verbal_conflict_units"); null when there is none.
     */
    static String column(List<String> header, String cueClass) {
        for (String h : header) {
            if (h.equals(cueClass)) {
                return h;
            }
        }
        for (String h : header) {
            if (h.endsWith("_" + cueClass) || h.startsWith(cueClass + "_")) {
                return h;
            }
        }
        return null;
    }
}
