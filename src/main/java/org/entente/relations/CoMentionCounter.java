package org.entente.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.entente.model.ActorType;
import org.entente.model.CoMention;
import org.entente.model.DocCoMention;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;

/**
 * Counts a document's co-mentions by the conventions: in each unit (sentence, paragraph or the whole
 * document) take the set of distinct actor ids of the counted types; each pair in the set adds one to
 * that dyad, each triple one to that triad. Repeated mentions in a unit add nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoMentionCounter {
    private final Set<ActorType> types;
    private final List<Scope> scopes;
    private final int maxArity;

    /**
     * @param types    actor types that take part (the conventions' default: STATE)
     * @param scopes   the units to count in
     * @param maxArity largest set size counted (2 = dyads, 3 = dyads and triads)
     */
    public CoMentionCounter(Set<ActorType> types, List<Scope> scopes, int maxArity) {
        if (maxArity < 2) {
            throw new IllegalArgumentException("maxArity must be at least 2, was " + maxArity);
        }
        this.types = Set.copyOf(types);
        this.scopes = List.copyOf(scopes);
        this.maxArity = maxArity;
    }

    /**
     * @param document a resolved document
     * @return its co-mentions for every scope and arity, sorted by scope, arity and ids
     */
    public List<DocCoMention> count(ResolvedDocument document) {
        List<DocCoMention> result = new ArrayList<>();
        for (Scope scope : scopes) {
            ToIntFunction<Mention> unitOf = switch (scope) {
                case SENTENCE -> Mention::sentence;
                case PARAGRAPH -> Mention::paragraph;
                case DOCUMENT -> m -> 0;
            };
            Map<Integer, TreeSet<String>> actorsByUnit = new TreeMap<>();
            for (Mention m : document.mentions()) {
                if (types.contains(m.actor().type())) {
                    actorsByUnit.computeIfAbsent(unitOf.applyAsInt(m), k -> new TreeSet<>()).add(m.actor().id());
                }
            }
            Map<List<String>, Integer> counts = new TreeMap<>(CoMention.ID_ORDER);
            for (TreeSet<String> ids : actorsByUnit.values()) {
                for (List<String> subset : subsets(new ArrayList<>(ids), maxArity)) {
                    counts.merge(subset, 1, Integer::sum);
                }
            }
            counts.forEach((ids, units) -> result.add(new DocCoMention(scope, ids, units)));
        }
        result.sort(Comparator.comparing(DocCoMention::scope).thenComparingInt(DocCoMention::arity)
                .thenComparing(DocCoMention::actorIds, CoMention.ID_ORDER));
        return result;
    }

    /** All subsets of size 2..maxArity of the sorted ids, each sorted. */
    static List<List<String>> subsets(List<String> ids, int maxArity) {
        List<List<String>> out = new ArrayList<>();
        collect(ids, 0, new ArrayList<>(), maxArity, out);
        return out;
    }

    private static void collect(List<String> ids, int from, List<String> current, int maxArity,
                                List<List<String>> out) {
        if (current.size() >= 2) {
            out.add(List.copyOf(current));
        }
        if (current.size() == maxArity) {
            return;
        }
        for (int i = from; i < ids.size(); i++) {
            current.add(ids.get(i));
            collect(ids, i + 1, current, maxArity, out);
            current.remove(current.size() - 1);
        }
    }
}
