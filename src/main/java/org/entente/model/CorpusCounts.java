package org.entente.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The corpus totals of a run, as the tables write them: actors, co-mentioned sets, unresolved entities and the
 * time series.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actors          every actor mentioned, sorted by id
 * @param coMentions      every co-mentioned set of every scope and arity, sorted by scope label, then ids
 * @param unresolved      every unresolved normalised name, sorted
 * @param series          every time-series row, sorted by period, kind, scope and ids
 * @param periodDocuments dated documents done per period (period label → documents), sorted by period
 * @param undated         documents done without a date
 * @param tooCoarse       documents done whose date is less precise than the period
 * @param directed        every directed dyad of the events, sorted by source, target and type name
 * @param directedSeries  every directed time-series row, sorted by period, source, target and type name
 */
public record CorpusCounts(
        List<ActorCount> actors,
        List<CoMention> coMentions,
        List<UnresolvedCount> unresolved,
        List<SeriesCount> series,
        Map<String, Long> periodDocuments,
        long undated,
        long tooCoarse,
        List<DirectedCount> directed,
        List<DirectedSeriesCount> directedSeries) {
    public CorpusCounts {
        directed = List.copyOf(directed);
        directedSeries = List.copyOf(directedSeries);
        actors = List.copyOf(actors);
        coMentions = List.copyOf(coMentions);
        unresolved = List.copyOf(unresolved);
        series = List.copyOf(series);
        periodDocuments = Collections.unmodifiableMap(new TreeMap<>(periodDocuments));
    }

    /**
     * A directed dyad of the run: the events of one type from one state to another (see {@link DirectedDyad}).
     *
     * @param source    the source state's id
     * @param target    the target state's id
     * @param type      the event type
     * @param events    events counted
     * @param sentences sentences with at least one
     * @param documents documents with at least one
     * @param firstDate earliest date of those documents, or empty
     * @param lastDate  latest date of those documents, or empty
     */
    public record DirectedCount(
            String source,
            String target,
            EventType type,
            long events,
            long sentences,
            long documents,
            String firstDate,
            String lastDate) {}

    /**
     * A row of the directed time series: a directed dyad's events in one period.
     *
     * @param period    the period's label
     * @param source    the source state's id
     * @param target    the target state's id
     * @param type      the event type
     * @param events    events counted
     * @param documents documents of the period with at least one
     */
    public record DirectedSeriesCount(
            String period, String source, String target, EventType type, long events, long documents) {}

    /** The co-mentioned sets of arity {@code min} to {@code max}, in table order. */
    public List<CoMention> coMentions(int min, int max) {
        return coMentions.stream()
                .filter(c -> c.actorIds().size() >= min && c.actorIds().size() <= max)
                .toList();
    }

    /**
     * An actor's mentions in the run.
     *
     * @param actor     the actor
     * @param mentions  its mentions
     * @param sentences sentences that mention it
     * @param documents documents that mention it
     */
    public record ActorCount(Actor actor, long mentions, long sentences, long documents) {
        public ActorCount {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /**
     * A normalised name that named no actor.
     *
     * @param name       the normalised name
     * @param labels     the engine's labels of its occurrences, sorted
     * @param suggestion dictionary actors whose surname, title or variant matches, or empty
     * @param mentions   occurrences
     * @param documents  documents with it
     */
    public record UnresolvedCount(
            String name, List<String> labels, List<String> suggestion, long mentions, long documents) {
        public UnresolvedCount {
            labels = List.copyOf(labels);
            suggestion = List.copyOf(suggestion);
        }
    }

    /**
     * A row of the time series: an actor's mentions, or a dyad's units, in one period.
     *
     * @param period    the period's label (2024-Q3)
     * @param kind      actor or dyad
     * @param scope     for dyads the scope's label, else empty
     * @param actor1    the actor, or the dyad's first id
     * @param actor2    the dyad's second id, else empty
     * @param count     mentions (actor) or units (dyad)
     * @param documents documents of the period with at least one
     */
    public record SeriesCount(
            String period, String kind, String scope, String actor1, String actor2, long count, long documents) {}
}
