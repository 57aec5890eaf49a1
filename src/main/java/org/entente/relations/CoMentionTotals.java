package org.entente.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.model.CoMention;
import org.entente.model.DocCoMention;
import org.entente.model.Scope;

/**
 * Corpus totals of co-mentions: units summed, documents counted, first and last document date. The totals
 * do not depend on the order in which documents are added.
 *
 * <p>Not thread-safe: one aggregating thread adds documents.
 */
public final class CoMentionTotals {
    private static final class Total {
        long units;
        long documents;
        String first = "";
        String last = "";
        org.entente.model.CueCounts cues = org.entente.model.CueCounts.ZERO;
    }

    private record Key(Scope scope, List<String> ids) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = scope.compareTo(o.scope);
            if (c != 0) {
                return c;
            }
            return CoMention.ID_ORDER.compare(ids, o.ids);
        }
    }

    private final Map<Key, Total> totals = new TreeMap<>();

    /**
     * Adds one document's co-mentions.
     *
     * @param coMentions the document's counts
     * @param date       the document's ISO date, or empty
     */
    public void add(List<DocCoMention> coMentions, String date) {
        for (DocCoMention c : coMentions) {
            Total t = totals.computeIfAbsent(new Key(c.scope(), c.actorIds()), k -> new Total());
            t.units += c.units();
            t.documents++;
            t.cues = t.cues.plus(c.cues());
            if (!date.isEmpty()) {
                t.first = t.first.isEmpty() || date.compareTo(t.first) < 0 ? date : t.first;
                t.last = t.last.isEmpty() || date.compareTo(t.last) > 0 ? date : t.last;
            }
        }
    }

    /**
     * @param minArity smallest set size wanted
     * @param maxArity largest set size wanted
     * @return the totals of those arities, sorted by scope and ids
     */
    public List<CoMention> ofArity(int minArity, int maxArity) {
        List<CoMention> out = new ArrayList<>();
        totals.forEach((k, t) -> {
            if (k.ids().size() >= minArity && k.ids().size() <= maxArity) {
                out.add(new CoMention(k.scope(), k.ids(), t.units, t.documents, t.first, t.last, t.cues));
            }
        });
        return out;
    }
}
