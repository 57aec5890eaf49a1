package org.entente.relations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.entente.model.ActorType;
import org.entente.model.CoMention;
import org.entente.model.CoMentionUnit;
import org.entente.model.Counting;
import org.entente.model.CueClass;
import org.entente.model.CueCounts;
import org.entente.model.DocCoMention;
import org.entente.model.Document;
import org.entente.model.DocumentRelations;
import org.entente.model.Mention;
import org.entente.model.Paragraph;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Counts a document's co-mentions by the conventions: in each unit (sentence, paragraph, document or window
 * of tokens) take the set of distinct actor ids of the counted types; each pair in the set adds one to that
 * dyad, each triple one to that triad (sets up to {@code maxArity}). Repeated mentions in a unit add nothing.
 * Each unit with a co-mention is kept as evidence, with the relation cue classes found in it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoMentionCounter {
    private final Set<ActorType> types;
    private final List<Scope> scopes;
    private final int maxArity;
    private final CueLexicon cues;
    private final Map<String, CueLexicon> cuesByLanguage;

    /**
     * @param counting       what to count
     * @param cues           the relation cue lexicon of sentences in a language without one of its own
     * @param cuesByLanguage the cue lexicon of each language that has one (ISO 639-3 code → lexicon)
     */
    public CoMentionCounter(Counting counting, CueLexicon cues, Map<String, CueLexicon> cuesByLanguage) {
        this(counting.actorTypes(), counting.scopes(), counting.maxArity(), cues, cuesByLanguage);
    }

    /**
     * @param types    actor types that take part (the conventions' default: STATE)
     * @param scopes   the units to count in
     * @param maxArity largest set size counted (2 = dyads, 3 = dyads and triads, …)
     * @param cues     the relation cue lexicon
     */
    public CoMentionCounter(Set<ActorType> types, List<Scope> scopes, int maxArity, CueLexicon cues) {
        this(types, scopes, maxArity, cues, Map.of());
    }

    private CoMentionCounter(
            Set<ActorType> types,
            List<Scope> scopes,
            int maxArity,
            CueLexicon cues,
            Map<String, CueLexicon> cuesByLanguage) {
        if (maxArity < 2) {
            throw new IllegalArgumentException("maxArity must be at least 2, was " + maxArity);
        }
        this.types = Set.copyOf(types);
        this.scopes = List.copyOf(scopes);
        this.maxArity = maxArity;
        this.cues = cues;
        this.cuesByLanguage = Map.copyOf(cuesByLanguage);
    }

    /** The cue lexicon of a language, or the default one. */
    private CueLexicon cuesOf(String language) {
        return cuesByLanguage.getOrDefault(language, cues);
    }

    /** A unit's extent and cues, computed once per unit. */
    private record Extent(int begin, int end, Set<CueClass> cues) {}

    /**
     * @param document a resolved document
     * @return its co-mentions for every scope and arity (sorted by scope, arity and ids), the co-mention units
     *         (sorted by scope and index) and the cue classes of every sentence
     */
    public DocumentRelations count(ResolvedDocument document) {
        List<Sentence> sentences = document.annotated().sentences();
        Document doc = document.document();
        List<Set<CueClass>> sentenceCues = sentences.stream()
                .map(s -> cuesOf(doc.languageOf(s.paragraph())).classesIn(s))
                .toList();
        List<Token> tokens =
                sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        List<DocCoMention> coMentions = new ArrayList<>();
        List<CoMentionUnit> units = new ArrayList<>();
        for (Scope scope : scopes) {
            Map<Integer, TreeSet<String>> actorsByUnit = new TreeMap<>();
            for (Mention m : document.mentions()) {
                if (types.contains(m.actor().type())) {
                    actorsByUnit
                            .computeIfAbsent(unitOf(scope, m, tokens), k -> new TreeSet<>())
                            .add(m.actor().id());
                }
            }
            Map<List<String>, int[]> counts = new TreeMap<>(CoMention.ID_ORDER);
            Map<List<String>, CueCounts> cueCounts = new TreeMap<>(CoMention.ID_ORDER);
            actorsByUnit.forEach((index, ids) -> {
                if (ids.size() < 2) {
                    return;
                }
                Extent extent = extent(scope, index, document, sentences, sentenceCues, tokens);
                units.add(
                        new CoMentionUnit(scope, index, extent.begin(), extent.end(), List.copyOf(ids), extent.cues()));
                CueCounts unitCues = CueCounts.of(extent.cues());
                for (List<String> subset : subsets(new ArrayList<>(ids), maxArity)) {
                    counts.computeIfAbsent(subset, k -> new int[1])[0]++;
                    cueCounts.merge(subset, unitCues, CueCounts::plus);
                }
            });
            counts.forEach((ids, n) -> coMentions.add(new DocCoMention(scope, ids, n[0], cueCounts.get(ids))));
        }
        coMentions.sort(Comparator.comparing(DocCoMention::scope)
                .thenComparingInt(DocCoMention::arity)
                .thenComparing(DocCoMention::actorIds, CoMention.ID_ORDER));
        return new DocumentRelations(coMentions, units, sentenceCues);
    }

    private static int unitOf(Scope scope, Mention m, List<Token> tokens) {
        return switch (scope.unit()) {
            case SENTENCE -> m.sentence();
            case PARAGRAPH -> m.paragraph();
            case DOCUMENT -> 0;
            case WINDOW -> tokenIndex(tokens, m.begin()) / scope.size();
        };
    }

    /** Index of the token that contains (or, between tokens, precedes) a char offset. */
    private static int tokenIndex(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Extent extent(
            Scope scope,
            int index,
            ResolvedDocument document,
            List<Sentence> sentences,
            List<Set<CueClass>> sentenceCues,
            List<Token> tokens) {
        switch (scope.unit()) {
            case SENTENCE -> {
                Sentence s = sentences.get(index);
                return new Extent(s.begin(), s.end(), sentenceCues.get(index));
            }
            case PARAGRAPH -> {
                Paragraph p = document.document().paragraphs().get(index);
                return new Extent(p.begin(), p.end(), union(sentences, sentenceCues, s -> s.paragraph() == index));
            }
            case DOCUMENT -> {
                return new Extent(0, document.document().text().length(), union(sentences, sentenceCues, s -> true));
            }
            default -> {
                int first = index * scope.size();
                int last = Math.min(tokens.size(), first + scope.size()) - 1;
                return new Extent(
                        tokens.get(first).begin(),
                        tokens.get(last).end(),
                        cuesOf(document.document().language()).classesIn(tokens.subList(first, last + 1)));
            }
        }
    }

    private static Set<CueClass> union(
            List<Sentence> sentences, List<Set<CueClass>> sentenceCues, Predicate<Sentence> which) {
        Set<CueClass> all = EnumSet.noneOf(CueClass.class);
        for (int i = 0; i < sentences.size(); i++) {
            if (which.test(sentences.get(i))) {
                all.addAll(sentenceCues.get(i));
            }
        }
        return Collections.unmodifiableSet(all);
    }

    /** All subsets of size 2..maxArity of the sorted ids, each sorted. */
    static List<List<String>> subsets(List<String> ids, int maxArity) {
        List<List<String>> out = new ArrayList<>();
        collect(ids, 0, new ArrayList<>(), maxArity, out);
        return out;
    }

    private static void collect(
            List<String> ids, int from, List<String> current, int maxArity, List<List<String>> out) {
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
