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
import org.entente.model.ActorType;
import org.entente.model.CancelledException;
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
     * What counting reads of a document's tokens, taken by {@link #evidence} so that the tokens can be dropped
     * before the units are counted (a document's tokens are most of its memory: docs/performance.md, "A
     * document of many short paragraphs").
     *
     * @param sentenceCues the cue classes of each sentence, by sentence index
     * @param tokenBegins  the begin offset of every token of the document, in order (empty without a window
     *                     scope)
     * @param tokenEnds    the end offset of every token, in order (empty without a window scope)
     * @param windowCues   for each window size counted, the cue classes of each window of that many tokens, as
     *                     bit masks of {@link CueClass} ordinals
     */
    public record Evidence(
            List<Set<CueClass>> sentenceCues, int[] tokenBegins, int[] tokenEnds, Map<Integer, int[]> windowCues) {
        public Evidence {
            sentenceCues = List.copyOf(sentenceCues);
            windowCues = Map.copyOf(windowCues);
        }
    }

    /**
     * Reads what counting needs of a document's tokens: the cue classes of each sentence and, when a window
     * scope is counted, the tokens' offsets and the cue classes of each window.
     *
     * @param document a resolved document with its tokens
     * @return the evidence for {@link #count(ResolvedDocument, Evidence)}
     */
    public Evidence evidence(ResolvedDocument document) {
        List<Sentence> sentences = document.annotated().sentences();
        Document doc = document.document();
        List<Set<CueClass>> sentenceCues = sentences.stream()
                .map(s -> Set.copyOf(cuesOf(doc.languageOf(s.paragraph())).classesIn(s)))
                .toList();
        if (scopes.stream().noneMatch(s -> s.unit() == Scope.Unit.WINDOW)) {
            return new Evidence(sentenceCues, new int[0], new int[0], Map.of());
        }
        List<Token> tokens =
                sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        int[] begins = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            begins[i] = tokens.get(i).begin();
            ends[i] = tokens.get(i).end();
        }
        Map<Integer, int[]> windowCues = new TreeMap<>();
        CueLexicon lexicon = cuesOf(doc.language());
        for (Scope scope : scopes) {
            if (scope.unit() == Scope.Unit.WINDOW) {
                windowCues.computeIfAbsent(scope.size(), size -> {
                    int[] masks = new int[(tokens.size() + size - 1) / size];
                    for (int w = 0; w < masks.length; w++) {
                        List<Token> window = tokens.subList(w * size, Math.min(tokens.size(), (w + 1) * size));
                        for (CueClass c : lexicon.classesIn(window)) {
                            masks[w] |= 1 << c.ordinal();
                        }
                    }
                    return masks;
                });
            }
        }
        return new Evidence(sentenceCues, begins, ends, windowCues);
    }

    /**
     * @param document a resolved document
     * @return its co-mentions for every scope and arity (sorted by scope, arity and ids), the co-mention units
     *         (sorted by scope and index) and the cue classes of every sentence
     */
    public DocumentRelations count(ResolvedDocument document) {
        return count(document, evidence(document));
    }

    /**
     * Counts a document whose tokens may have been dropped ({@link ResolvedDocument#withoutTokens()}) from the
     * evidence read of them before.
     *
     * @param document a resolved document, with or without its tokens
     * @param evidence what {@link #evidence} read of the same document with its tokens
     * @return as {@link #count(ResolvedDocument)}
     */
    public DocumentRelations count(ResolvedDocument document, Evidence evidence) {
        List<DocCoMention> coMentions = new ArrayList<>();
        List<CoMentionUnit> units = new ArrayList<>();
        for (Scope scope : scopes) {
            Map<Integer, TreeSet<String>> actorsByUnit = new TreeMap<>();
            for (Mention m : document.mentions()) {
                CancelledException.check("counting");
                if (types.contains(m.actor().type())) {
                    actorsByUnit
                            .computeIfAbsent(unitOf(scope, m, evidence.tokenBegins()), k -> new TreeSet<>())
                            .add(m.actor().id());
                }
            }
            Map<List<String>, int[]> counts = new TreeMap<>(CoMention.ID_ORDER);
            Map<List<String>, CueCounts> cueCounts = new TreeMap<>(CoMention.ID_ORDER);
            actorsByUnit.forEach((index, ids) -> {
                CancelledException.check("counting");
                if (ids.size() < 2) {
                    return;
                }
                Extent extent = extent(scope, index, document, evidence);
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
        return new DocumentRelations(coMentions, units, evidence.sentenceCues());
    }

    private static int unitOf(Scope scope, Mention m, int[] tokenBegins) {
        return switch (scope.unit()) {
            case SENTENCE -> m.sentence();
            case PARAGRAPH -> m.paragraph();
            case DOCUMENT -> 0;
            case WINDOW -> tokenIndex(tokenBegins, m.begin()) / scope.size();
        };
    }

    /** Index of the token that contains (or, between tokens, precedes) a char offset. */
    private static int tokenIndex(int[] tokenBegins, int offset) {
        int lo = 0;
        int hi = tokenBegins.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenBegins[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static Extent extent(Scope scope, int index, ResolvedDocument document, Evidence evidence) {
        List<Sentence> sentences = document.annotated().sentences();
        List<Set<CueClass>> sentenceCues = evidence.sentenceCues();
        switch (scope.unit()) {
            case SENTENCE -> {
                Sentence s = sentences.get(index);
                return new Extent(s.begin(), s.end(), sentenceCues.get(index));
            }
            case PARAGRAPH -> {
                Paragraph p = document.document().paragraphs().get(index);
                Set<CueClass> all = EnumSet.noneOf(CueClass.class);
                for (int i = firstOfParagraph(sentences, index);
                        i < sentences.size() && sentences.get(i).paragraph() == index;
                        i++) {
                    all.addAll(sentenceCues.get(i));
                }
                return new Extent(p.begin(), p.end(), Collections.unmodifiableSet(all));
            }
            case DOCUMENT -> {
                Set<CueClass> all = EnumSet.noneOf(CueClass.class);
                sentenceCues.forEach(all::addAll);
                return new Extent(0, document.document().text().length(), Collections.unmodifiableSet(all));
            }
            default -> {
                int first = index * scope.size();
                int last = Math.min(evidence.tokenBegins().length, first + scope.size()) - 1;
                Set<CueClass> cues = EnumSet.noneOf(CueClass.class);
                int mask = evidence.windowCues().get(scope.size())[index];
                for (CueClass c : CueClass.values()) {
                    if ((mask & 1 << c.ordinal()) != 0) {
                        cues.add(c);
                    }
                }
                return new Extent(
                        evidence.tokenBegins()[first], evidence.tokenEnds()[last], Collections.unmodifiableSet(cues));
            }
        }
    }

    /**
     * Index of the first sentence of a paragraph, or of the first after it when it has none: sentences are in
     * paragraph order, and a document of many paragraphs has as many units (a linear search each was quadratic).
     */
    private static int firstOfParagraph(List<Sentence> sentences, int paragraph) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).paragraph() < paragraph) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
