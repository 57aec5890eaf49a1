package org.entente.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Actor;
import org.entente.model.CoMention;
import org.entente.model.CueCounts;
import org.entente.model.DocCoMention;
import org.entente.model.DocumentRelations;
import org.entente.model.Mention;
import org.entente.model.NamedEntity;
import org.entente.model.Period;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;

/**
 * The corpus totals of a run — actors.csv, dyads.csv, triads.csv, nary.csv, unresolved.csv and
 * timeseries.csv — built from per-document {@linkplain #contributions contributions}: keyed partial sums.
 * Summing is associative and commutative, so the totals do not depend on the order in which documents
 * arrive or on how they are grouped: the local run adds documents one by one; the Spark job sums the same
 * contributions with {@code reduceByKey} and {@linkplain #add adds} the sums here. Both give the same tables.
 *
 * <p>Not thread-safe: one thread adds.
 */
public final class CorpusTotals {
    /** What a key counts. */
    public enum Kind {
        /** parts: actor id; counts: mentions, sentences, documents; carries the actor. */
        ACTOR,
        /** parts: scope label, actor ids; counts: units, documents; dates and cues. */
        CO_MENTION,
        /** parts: text, NER label; counts: mentions, documents. */
        UNRESOLVED,
        /** parts: period, "actor" or "dyad", scope label, actor, other actor; counts: sum, documents. */
        SERIES,
        /** parts: period; counts: dated documents in the period. */
        PERIOD,
        /** no parts; counts: documents without a date. */
        UNDATED,
        /** no parts; counts: documents whose date is less precise than the period. */
        TOO_COARSE
    }

    /**
     * The key of a partial sum.
     *
     * @param kind  what is counted
     * @param parts the key's values, as described for each {@link Kind}
     */
    public record Key(Kind kind, List<String> parts) implements Comparable<Key>, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public Key {
            Objects.requireNonNull(kind, "kind");
            parts = List.copyOf(parts);
        }

        /** Hashes the kind by name, so that every JVM puts a key in the same shuffle partition. */
        @Override
        public int hashCode() {
            return 31 * kind.name().hashCode() + parts.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind == k.kind && parts.equals(k.parts);
        }

        @Override
        public int compareTo(Key o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : CoMention.ID_ORDER.compare(parts, o.parts);
        }
    }

    /**
     * A partial sum: up to three counts, the first and last document date, cue counts and (for actors) the
     * actor itself.
     *
     * @param a     first count
     * @param b     second count
     * @param c     third count
     * @param first earliest document date, or empty
     * @param last  latest document date, or empty
     * @param cues  cue counts (co-mentions), else zero
     * @param actor the actor (actor keys), else null
     */
    public record Partial(long a, long b, long c, String first, String last, CueCounts cues, Actor actor)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public Partial {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(cues, "cues");
        }

        static Partial counts(long a, long b, long c) {
            return new Partial(a, b, c, "", "", CueCounts.ZERO, null);
        }

        /** The sum of two partials of one key. */
        public Partial plus(Partial o) {
            return new Partial(a + o.a, b + o.b, c + o.c, earlier(first, o.first), later(last, o.last),
                    cues.plus(o.cues), actor != null ? actor : o.actor);
        }

        private static String earlier(String x, String y) {
            return x.isEmpty() ? y : y.isEmpty() || x.compareTo(y) <= 0 ? x : y;
        }

        private static String later(String x, String y) {
            return x.isEmpty() ? y : y.isEmpty() || x.compareTo(y) >= 0 ? x : y;
        }
    }

    private final Period period;
    private final Map<Key, Partial> sums = new TreeMap<>();

    /** @param period the period of timeseries.csv */
    public CorpusTotals(Period period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * One document's contributions to the corpus totals.
     *
     * @param resolved  the document with its mentions
     * @param relations its co-mention counts
     * @param period    the period of timeseries.csv
     * @return keyed partial sums (a key may repeat)
     */
    public static List<Map.Entry<Key, Partial>> contributions(ResolvedDocument resolved, DocumentRelations relations,
                                                              Period period) {
        List<Map.Entry<Key, Partial>> out = new ArrayList<>();
        Map<String, Actor> actors = new TreeMap<>();
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Set<Integer>> sentences = new TreeMap<>();
        for (Mention m : resolved.mentions()) {
            actors.put(m.actor().id(), m.actor());
            mentions.merge(m.actor().id(), 1, Integer::sum);
            sentences.computeIfAbsent(m.actor().id(), k -> new HashSet<>()).add(m.sentence());
        }
        actors.forEach((id, actor) -> out.add(entry(Kind.ACTOR, List.of(id), new Partial(mentions.get(id),
                sentences.get(id).size(), 1, "", "", CueCounts.ZERO, actor))));
        String date = resolved.document().metadata().date();
        for (DocCoMention c : relations.coMentions()) {
            List<String> parts = new ArrayList<>();
            parts.add(c.scope().label());
            parts.addAll(c.actorIds());
            out.add(entry(Kind.CO_MENTION, parts, new Partial(c.units(), 1, 0, date, date, c.cues(), null)));
        }
        Map<List<String>, Integer> unresolved = new TreeMap<>(CoMention.ID_ORDER);
        for (NamedEntity e : resolved.unresolved()) {
            unresolved.merge(List.of(e.text(), e.label()), 1, Integer::sum);
        }
        unresolved.forEach((k, n) -> out.add(entry(Kind.UNRESOLVED, k, Partial.counts(n, 1, 0))));
        if (date.isEmpty()) {
            out.add(entry(Kind.UNDATED, List.of(), Partial.counts(1, 0, 0)));
            return out;
        }
        Optional<String> inPeriod = period.of(date);
        if (inPeriod.isEmpty()) {
            out.add(entry(Kind.TOO_COARSE, List.of(), Partial.counts(1, 0, 0)));
            return out;
        }
        String p = inPeriod.get();
        out.add(entry(Kind.PERIOD, List.of(p), Partial.counts(1, 0, 0)));
        mentions.forEach((id, n) -> out.add(entry(Kind.SERIES, List.of(p, "actor", "", id, ""), Partial.counts(n, 1, 0))));
        for (DocCoMention c : relations.coMentions()) {
            if (c.arity() == 2) {
                out.add(entry(Kind.SERIES, List.of(p, "dyad", c.scope().label(), c.actorIds().get(0),
                        c.actorIds().get(1)), Partial.counts(c.units(), 1, 0)));
            }
        }
        return out;
    }

    private static Map.Entry<Key, Partial> entry(Kind kind, List<String> parts, Partial partial) {
        return Map.entry(new Key(kind, parts), partial);
    }

    /** Adds one document's contributions. */
    public void addDocument(ResolvedDocument resolved, DocumentRelations relations) {
        contributions(resolved, relations, period).forEach(e -> add(e.getKey(), e.getValue()));
    }

    /** Adds a partial sum (a document's contribution, or a sum of several). */
    public void add(Key key, Partial partial) {
        sums.merge(key, partial, Partial::plus);
    }

    /** The period of timeseries.csv. */
    public Period period() {
        return period;
    }

    /**
     * @param minArity smallest set size wanted
     * @param maxArity largest set size wanted
     * @return the co-mention totals of those arities, sorted by scope label, then ids
     */
    public List<CoMention> coMentions(int minArity, int maxArity) {
        List<CoMention> out = new ArrayList<>();
        of(Kind.CO_MENTION).forEach((k, p) -> {
            List<String> ids = k.parts().subList(1, k.parts().size());
            if (ids.size() >= minArity && ids.size() <= maxArity) {
                out.add(new CoMention(Scope.parse(k.parts().get(0)), ids, p.a(), p.b(), p.first(), p.last(),
                        p.cues()));
            }
        });
        return out;
    }

    /** The sums of one kind, sorted by key. */
    public Map<Key, Partial> of(Kind kind) {
        Map<Key, Partial> out = new TreeMap<>();
        sums.forEach((k, p) -> {
            if (k.kind() == kind) {
                out.put(k, p);
            }
        });
        return out;
    }

    /** The first count of a key without parts (UNDATED, TOO_COARSE), or 0. */
    public long count(Kind kind) {
        Partial p = sums.get(new Key(kind, List.of()));
        return p == null ? 0 : p.a();
    }
}
