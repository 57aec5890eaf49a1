package org.entente.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The events of one document between two states (or organisations) in one direction and of one type: a row of
 * doc_directed_dyads.csv, and the document's share of directed_dyads.csv.
 *
 * <p>Directed dyads are on the states the actors stand for ({@link Event#sourceState()},
 * {@link Event#targetState()}): a leader counts for the state served on the document's date, a state and an
 * organisation for themselves, as event datasets (ICEWS, PLOVER) aggregate. A leader acting on their own state
 * gives no directed dyad. Only events presented as facts count: {@linkplain EventMode#ASSERTED asserted} and
 * {@linkplain EventMode#REPORTED reported} ones; negated and hypothetical events are in events.csv only.
 *
 * @param source    the source state's id
 * @param target    the target state's id
 * @param type      the event type
 * @param events    events counted
 * @param sentences sentences with at least one of them
 */
public record DirectedDyad(String source, String target, EventType type, long events, long sentences) {
    /** Whether an event counts in the directed dyads. */
    public static boolean counts(Event e) {
        return (e.mode() == EventMode.ASSERTED || e.mode() == EventMode.REPORTED)
                && !e.sourceState().equals(e.targetState());
    }

    /**
     * The directed dyads of one document's events.
     *
     * @param events the document's events
     * @return one dyad per source, target and type with at least one counted event, sorted by source, target and
     *     type name
     */
    public static List<DirectedDyad> of(List<Event> events) {
        Map<List<String>, long[]> counts = new TreeMap<>(CoMention.ID_ORDER);
        Map<List<String>, Set<Integer>> sentences = new TreeMap<>(CoMention.ID_ORDER);
        for (Event e : events) {
            if (counts(e)) {
                List<String> key =
                        List.of(e.sourceState(), e.targetState(), e.type().name());
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                sentences.computeIfAbsent(key, k -> new HashSet<>()).add(e.sentence());
            }
        }
        List<DirectedDyad> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new DirectedDyad(
                k.get(0),
                k.get(1),
                EventType.valueOf(k.get(2)),
                n[0],
                sentences.get(k).size())));
        return out;
    }
}
