package org.entente.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Corpus-level count of one co-mentioned set of actors (a dyad or triad) at one scope.
 *
 * @param scope      the counting unit
 * @param actorIds   the distinct actor ids, sorted
 * @param units      number of units in which all of them are mentioned
 * @param documents  number of documents with at least one such unit
 * @param firstDate  earliest date among those documents (ISO 8601), or empty
 * @param lastDate   latest date among those documents, or empty
 * @param cues       the units split by relation cue class
 */
public record CoMention(
        Scope scope,
        List<String> actorIds,
        long units,
        long documents,
        String firstDate,
        String lastDate,
        CueCounts cues) {
    /** Orders id lists element by element, the shorter first on a tie: the row order of co-mention tables. */
    public static final Comparator<List<String>> ID_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    public CoMention {
        Objects.requireNonNull(scope, "scope");
        actorIds = List.copyOf(actorIds);
        for (int i = 1; i < actorIds.size(); i++) {
            if (actorIds.get(i - 1).compareTo(actorIds.get(i)) >= 0) {
                throw new IllegalArgumentException("actor ids must be distinct and sorted: " + actorIds);
            }
        }
        if (units < 1 || documents < 1 || documents > units) {
            throw new IllegalArgumentException("invalid counts units=" + units + " documents=" + documents);
        }
        firstDate = Objects.requireNonNullElse(firstDate, "");
        lastDate = Objects.requireNonNullElse(lastDate, "");
        Objects.requireNonNull(cues, "cues");
    }
}
