package org.entente.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.model.CueClass;

/**
 * The cue classes of co-mention units, as evidence.csv names them, and where a run's tables carry them:
 * per-class columns of dyads.csv and triads.csv ({@code units_verbal_cooperation} … {@code units_no_cue}), or
 * the {@code cue_classes} column of evidence.csv.
 *
 * <p>Immutable; safe to share.
 */
final class CueClasses {
    /**
     * Every class, in the order of {@link CueClass} (the page's script relies on it: two cooperation, two
     * conflict, neutral), and last the units with no cue at all.
     */
    static final List<String> ALL = Stream.concat(
                    Arrays.stream(CueClass.values()).map(CueClass::label), Stream.of("no_cue"))
            .toList();

    /** Index of {@code no_cue} in {@link #ALL}. */
    static final int NO_CUE = ALL.size() - 1;

    private CueClasses() {}

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
