package org.entente.relations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.model.Actor;
import org.entente.model.CoMention;
import org.entente.model.CorpusCounts;
import org.entente.model.CueCounts;
import org.entente.model.DirectedDyad;
import org.entente.model.DocCoMention;
import org.entente.model.DocumentRelations;
import org.entente.model.EventType;
import org.entente.model.Mention;
import org.entente.model.Period;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.model.UnresolvedName;

/**
 * The corpus totals of a run — actors, co-mentions, unresolved entities and the time series — summed from each
 * document's {@linkplain #contributions contributions}: typed keys, each with a partial sum. Summing is
 * associative and commutative, so the totals do not depend on the order in which documents arrive or on how
 * they are grouped: the local run adds documents one by one; the Spark job sums the same contributions with
 * {@code reduceByKey} ({@link #sum}) and {@linkplain #add adds} the sums here. Both give the same tables. The
 * per-document counts of the conventions are {@link CoMentionCounter}'s; this class only adds them up.
 *
 * <p>Not thread-safe: one thread adds.
 */
public final class CorpusTotals {
    /**
     * What a partial sum counts. Keys hash the same in every JVM (no enum or identity hash codes), so that Spark
     * shuffles a key to the same partition wherever it was made.
     */
    public sealed interface Key extends Serializable
            permits ActorKey,
                    CoMentionKey,
                    UnresolvedKey,
                    SeriesKey,
                    PeriodKey,
                    UndatedKey,
                    TooCoarseKey,
                    DirectedKey,
                    DirectedSeriesKey {}

    /** @param id an actor's id */
    public record ActorKey(String id) implements Key {}

    /**
     * @param scope    the scope's label
     * @param actorIds the sorted ids of the set
     */
    public record CoMentionKey(String scope, List<String> actorIds) implements Key {
        public CoMentionKey {
            actorIds = List.copyOf(actorIds);
        }
    }

    /**
     * @param name       the normalised name
     * @param suggestion the dictionary actors it suggests (a function of the name)
     */
    public record UnresolvedKey(String name, List<String> suggestion) implements Key {
        public UnresolvedKey {
            suggestion = List.copyOf(suggestion);
        }
    }

    /**
     * @param period the period's label
     * @param kind   actor or dyad
     * @param scope  for dyads the scope's label, else empty
     * @param actor1 the actor, or the dyad's first id
     * @param actor2 the dyad's second id, else empty
     */
    public record SeriesKey(String period, String kind, String scope, String actor1, String actor2) implements Key {}

    /** @param period a period's label: counts its dated documents */
    public record PeriodKey(String period) implements Key {}

    /** Counts the documents without a date. */
    public record UndatedKey() implements Key {}

    /** Counts the documents whose date is less precise than the period. */
    public record TooCoarseKey() implements Key {}

    /**
     * A directed dyad of the events ({@link DirectedDyad}).
     *
     * @param source the source state's id
     * @param target the target state's id
     * @param type   the event type's name
     */
    public record DirectedKey(String source, String target, String type) implements Key {}

    /**
     * A directed dyad in a period.
     *
     * @param period the period's label
     * @param source the source state's id
     * @param target the target state's id
     * @param type   the event type's name
     */
    public record DirectedSeriesKey(String period, String source, String target, String type) implements Key {}

    /** A partial sum of one kind of key; two of one kind add up. */
    public sealed interface Sum extends Serializable
            permits ActorSum, CoMentionSum, UnresolvedSum, Counts, DirectedSum {}

    /**
     * @param events    events counted
     * @param sentences sentences with at least one
     * @param documents documents with at least one
     * @param first     earliest document date, or empty
     * @param last      latest document date, or empty
     */
    public record DirectedSum(long events, long sentences, long documents, String first, String last) implements Sum {}

    /**
     * @param actor     the actor
     * @param mentions  its mentions
     * @param sentences sentences that mention it
     * @param documents documents that mention it
     */
    public record ActorSum(Actor actor, long mentions, long sentences, long documents) implements Sum {}

    /**
     * @param units     units that mention the set
     * @param documents documents with such a unit
     * @param first     earliest document date, or empty
     * @param last      latest document date, or empty
     * @param cues      the units split by cue class
     */
    public record CoMentionSum(long units, long documents, String first, String last, CueCounts cues) implements Sum {
        public CoMentionSum {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(cues, "cues");
        }
    }

    /**
     * @param mentions  occurrences of an unresolved name
     * @param documents documents with it
     * @param labels    the engine's labels of its occurrences, sorted and distinct
     */
    public record UnresolvedSum(long mentions, long documents, List<String> labels) implements Sum {
        public UnresolvedSum {
            labels = List.copyOf(labels);
        }
    }

    /**
     * Two counts: mentions and documents (unresolved), count and documents (series), or documents (period,
     * undated, too coarse; the second count is then 0).
     *
     * @param n         the first count
     * @param documents documents
     */
    public record Counts(long n, long documents) implements Sum {}

    private final Period period;
    private final Map<Key, Sum> sums = new TreeMap<>(CorpusTotals::compare);

    /** @param period the period of the time series */
    public CorpusTotals(Period period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * One document's contributions to the corpus totals.
     *
     * @param resolved  the document with its mentions
     * @param relations its co-mention counts
     * @param period    the period of the time series
     * @return keyed partial sums (a key may repeat)
     */
    public static List<Map.Entry<Key, Sum>> contributions(
            ResolvedDocument resolved, DocumentRelations relations, Period period) {
        List<Map.Entry<Key, Sum>> out = new ArrayList<>();
        Map<String, Actor> actors = new TreeMap<>();
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Set<Integer>> sentences = new TreeMap<>();
        for (Mention m : resolved.mentions()) {
            actors.put(m.actor().id(), m.actor());
            mentions.merge(m.actor().id(), 1, Integer::sum);
            sentences.computeIfAbsent(m.actor().id(), k -> new HashSet<>()).add(m.sentence());
        }
        actors.forEach((id, actor) -> out.add(Map.entry(
                new ActorKey(id),
                new ActorSum(actor, mentions.get(id), sentences.get(id).size(), 1))));
        String date = resolved.document().metadata().date();
        for (DocCoMention c : relations.coMentions()) {
            out.add(Map.entry(
                    new CoMentionKey(c.scope().label(), c.actorIds()),
                    new CoMentionSum(c.units(), 1, date, date, c.cues())));
        }
        Comparator<UnresolvedKey> byName =
                Comparator.comparing(UnresolvedKey::name).thenComparing(k -> String.join(";", k.suggestion()));
        Map<UnresolvedKey, Integer> unresolved = new TreeMap<>(byName);
        Map<UnresolvedKey, Set<String>> labels = new TreeMap<>(byName);
        for (UnresolvedName u : resolved.unresolved()) {
            UnresolvedKey key = new UnresolvedKey(u.name(), u.suggestion());
            unresolved.merge(key, 1, Integer::sum);
            labels.computeIfAbsent(key, k -> new TreeSet<>()).add(u.label());
        }
        unresolved.forEach((k, n) -> out.add(Map.entry(k, new UnresolvedSum(n, 1, List.copyOf(labels.get(k))))));
        List<DirectedDyad> directed = DirectedDyad.of(relations.events());
        for (DirectedDyad d : directed) {
            out.add(Map.entry(
                    new DirectedKey(d.source(), d.target(), d.type().name()),
                    new DirectedSum(d.events(), d.sentences(), 1, date, date)));
        }
        if (date.isEmpty()) {
            out.add(Map.entry(new UndatedKey(), new Counts(1, 0)));
            return out;
        }
        Optional<String> inPeriod = period.of(date);
        if (inPeriod.isEmpty()) {
            out.add(Map.entry(new TooCoarseKey(), new Counts(1, 0)));
            return out;
        }
        String p = inPeriod.get();
        out.add(Map.entry(new PeriodKey(p), new Counts(1, 0)));
        mentions.forEach((id, n) -> out.add(Map.entry(new SeriesKey(p, "actor", "", id, ""), new Counts(n, 1))));
        for (DocCoMention c : relations.coMentions()) {
            if (c.arity() == 2) {
                out.add(Map.entry(
                        new SeriesKey(
                                p,
                                "dyad",
                                c.scope().label(),
                                c.actorIds().get(0),
                                c.actorIds().get(1)),
                        new Counts(c.units(), 1)));
            }
        }
        for (DirectedDyad d : directed) {
            out.add(Map.entry(
                    new DirectedSeriesKey(p, d.source(), d.target(), d.type().name()), new Counts(d.events(), 1)));
        }
        return out;
    }

    /**
     * The sum of two partial sums of one key.
     *
     * @throws IllegalArgumentException when the sums are of different kinds
     */
    public static Sum sum(Sum a, Sum b) {
        if (a instanceof ActorSum x && b instanceof ActorSum y) {
            return new ActorSum(
                    x.actor(),
                    x.mentions() + y.mentions(),
                    x.sentences() + y.sentences(),
                    x.documents() + y.documents());
        }
        if (a instanceof CoMentionSum x && b instanceof CoMentionSum y) {
            return new CoMentionSum(
                    x.units() + y.units(),
                    x.documents() + y.documents(),
                    earlier(x.first(), y.first()),
                    later(x.last(), y.last()),
                    x.cues().plus(y.cues()));
        }
        if (a instanceof DirectedSum x && b instanceof DirectedSum y) {
            return new DirectedSum(
                    x.events() + y.events(),
                    x.sentences() + y.sentences(),
                    x.documents() + y.documents(),
                    earlier(x.first(), y.first()),
                    later(x.last(), y.last()));
        }
        if (a instanceof UnresolvedSum x && b instanceof UnresolvedSum y) {
            Set<String> labels = new TreeSet<>(x.labels());
            labels.addAll(y.labels());
            return new UnresolvedSum(x.mentions() + y.mentions(), x.documents() + y.documents(), List.copyOf(labels));
        }
        if (a instanceof Counts x && b instanceof Counts y) {
            return new Counts(x.n() + y.n(), x.documents() + y.documents());
        }
        throw new IllegalArgumentException("sums of different kinds: " + a + ", " + b);
    }

    private static String earlier(String x, String y) {
        return x.isEmpty() ? y : y.isEmpty() || x.compareTo(y) <= 0 ? x : y;
    }

    private static String later(String x, String y) {
        return x.isEmpty() ? y : y.isEmpty() || x.compareTo(y) >= 0 ? x : y;
    }

    /** Adds one document's contributions. */
    public void addDocument(ResolvedDocument resolved, DocumentRelations relations) {
        contributions(resolved, relations, period).forEach(e -> add(e.getKey(), e.getValue()));
    }

    /** Adds a partial sum (a document's contribution, or a sum of several). */
    public void add(Key key, Sum sum) {
        sums.merge(key, sum, CorpusTotals::sum);
    }

    /** The period of the time series. */
    public Period period() {
        return period;
    }

    /** The totals, as the tables write them. */
    public CorpusCounts counts() {
        List<CorpusCounts.ActorCount> actors = new ArrayList<>();
        List<CoMention> coMentions = new ArrayList<>();
        List<CorpusCounts.UnresolvedCount> unresolved = new ArrayList<>();
        List<CorpusCounts.SeriesCount> series = new ArrayList<>();
        Map<String, Long> periods = new TreeMap<>();
        long undated = 0;
        long tooCoarse = 0;
        List<CorpusCounts.DirectedCount> directed = new ArrayList<>();
        List<CorpusCounts.DirectedSeriesCount> directedSeries = new ArrayList<>();
        for (Map.Entry<Key, Sum> e : sums.entrySet()) {
            Key key = e.getKey();
            Sum sum = e.getValue();
            if (key instanceof ActorKey && sum instanceof ActorSum s) {
                actors.add(new CorpusCounts.ActorCount(s.actor(), s.mentions(), s.sentences(), s.documents()));
            } else if (key instanceof CoMentionKey k && sum instanceof CoMentionSum s) {
                coMentions.add(new CoMention(
                        Scope.parse(k.scope()), k.actorIds(), s.units(), s.documents(), s.first(), s.last(), s.cues()));
            } else if (key instanceof UnresolvedKey k && sum instanceof UnresolvedSum c) {
                unresolved.add(new CorpusCounts.UnresolvedCount(
                        k.name(), c.labels(), k.suggestion(), c.mentions(), c.documents()));
            } else if (key instanceof SeriesKey k && sum instanceof Counts c) {
                series.add(new CorpusCounts.SeriesCount(
                        k.period(), k.kind(), k.scope(), k.actor1(), k.actor2(), c.n(), c.documents()));
            } else if (key instanceof PeriodKey k && sum instanceof Counts c) {
                periods.put(k.period(), c.n());
            } else if (key instanceof UndatedKey && sum instanceof Counts c) {
                undated = c.n();
            } else if (key instanceof TooCoarseKey && sum instanceof Counts c) {
                tooCoarse = c.n();
            } else if (key instanceof DirectedKey k && sum instanceof DirectedSum s) {
                directed.add(new CorpusCounts.DirectedCount(
                        k.source(),
                        k.target(),
                        EventType.parse(k.type()),
                        s.events(),
                        s.sentences(),
                        s.documents(),
                        s.first(),
                        s.last()));
            } else if (key instanceof DirectedSeriesKey k && sum instanceof Counts c) {
                directedSeries.add(new CorpusCounts.DirectedSeriesCount(
                        k.period(), k.source(), k.target(), EventType.parse(k.type()), c.n(), c.documents()));
            } else {
                throw new IllegalStateException("a sum of the wrong kind for " + key + ": " + sum);
            }
        }
        return new CorpusCounts(
                actors, coMentions, unresolved, series, periods, undated, tooCoarse, directed, directedSeries);
    }

    /**
     * The order of the tables: by kind of key (actors, co-mentions, unresolved, series, periods), then actors by
     * id, co-mentions by scope label then ids, unresolved by name, series by period, kind, scope and
     * ids.
     */
    private static int compare(Key a, Key b) {
        int kind = Integer.compare(rank(a), rank(b));
        return kind != 0 ? kind : CoMention.ID_ORDER.compare(parts(a), parts(b));
    }

    /** The kinds of key, in the order of their totals. */
    private static final List<Class<? extends Key>> KIND_ORDER = List.of(
            ActorKey.class,
            CoMentionKey.class,
            UnresolvedKey.class,
            SeriesKey.class,
            PeriodKey.class,
            UndatedKey.class,
            TooCoarseKey.class,
            DirectedKey.class,
            DirectedSeriesKey.class);

    private static int rank(Key k) {
        return KIND_ORDER.indexOf(k.getClass());
    }

    private static List<String> parts(Key k) {
        if (k instanceof ActorKey x) {
            return List.of(x.id());
        }
        if (k instanceof CoMentionKey x) {
            List<String> parts = new ArrayList<>(List.of(x.scope()));
            parts.addAll(x.actorIds());
            return parts;
        }
        if (k instanceof UnresolvedKey x) {
            List<String> parts = new ArrayList<>(List.of(x.name()));
            parts.addAll(x.suggestion());
            return parts;
        }
        if (k instanceof SeriesKey x) {
            return List.of(x.period(), x.kind(), x.scope(), x.actor1(), x.actor2());
        }
        if (k instanceof PeriodKey x) {
            return List.of(x.period());
        }
        if (k instanceof DirectedKey x) {
            return List.of(x.source(), x.target(), x.type());
        }
        if (k instanceof DirectedSeriesKey x) {
            return List.of(x.period(), x.source(), x.target(), x.type());
        }
        return List.of();
    }
}
