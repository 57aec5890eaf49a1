package org.entente.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.actors.ActorResolver;
import org.entente.model.ActorType;
import org.entente.model.DocCoMention;
import org.entente.model.Document;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CoMentionCounter;

/**
 * Compares engines: STATE and LEADER precision, recall and F1 against a gold set (or against a reference
 * engine's output where no gold set is at hand), and the agreement of two engines' sentence-scope dyad
 * counts on a corpus.
 *
 * <p>Gold set format ({@code src/test/resources/gold/gold.tsv}): UTF-8 TSV with a header row and the columns
 * {@code sentence_id, text, states, leaders, compounds}; {@code states} and {@code leaders} are
 * space-separated {@code surface=ID} items in text order ({@code North Korea=PRK Moscow=RUS}). Each text is
 * annotated as a one-paragraph document; an engine's items are its STATE (or LEADER) mentions as
 * {@code text=actor_id}, and a sentence's items are compared as multisets.
 *
 * <p>Stateless and thread-safe.
 */
public final class EngineComparison {
    private EngineComparison() {}

    /** Counts of one comparison; precision, recall and F1 follow from them (1.0 where nothing was expected). */
    public record Score(long truePositives, long falsePositives, long falseNegatives) {
        /** tp / (tp + fp). */
        public double precision() {
            return PrecisionRecall.precision(truePositives, truePositives + falsePositives);
        }

        /** tp / (tp + fn). */
        public double recall() {
            return PrecisionRecall.recall(truePositives, truePositives + falseNegatives);
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            return PrecisionRecall.f1(precision(), recall());
        }

        Score plus(Score o) {
            return new Score(
                    truePositives + o.truePositives,
                    falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /** An engine's STATE and LEADER scores. */
    public record Scores(String engine, Score states, Score leaders) {}

    /** Multiset comparison of expected and found items. */
    static Score compare(List<String> expected, List<String> found) {
        long tp = Evaluation.matched(expected, found).size();
        return new Score(tp, found.size() - tp, expected.size() - tp);
    }

    /**
     * Scores an engine's mentions against a reference engine's on the same documents: a mention matches
     * when its offsets and actor id are the same.
     *
     * @param name      the engine's name for the report
     * @param reference the reference engine's documents
     * @param candidate the engine's documents, in the same order
     * @return its STATE and LEADER scores
     */
    public static Scores scoreAgainst(String name, List<ResolvedDocument> reference, List<ResolvedDocument> candidate) {
        Score states = new Score(0, 0, 0);
        Score leaders = new Score(0, 0, 0);
        for (int i = 0; i < reference.size(); i++) {
            states = states.plus(
                    compare(spans(reference.get(i), ActorType.STATE), spans(candidate.get(i), ActorType.STATE)));
            leaders = leaders.plus(
                    compare(spans(reference.get(i), ActorType.LEADER), spans(candidate.get(i), ActorType.LEADER)));
        }
        return new Scores(name, states, leaders);
    }

    private static List<String> spans(ResolvedDocument doc, ActorType type) {
        return doc.mentions().stream()
                .filter(m -> m.actor().type() == type)
                .map(m -> m.begin() + ":" + m.end() + "=" + m.actor().id())
                .toList();
    }

    /**
     * Annotates and resolves documents on a pool of threads, results in input order.
     *
     * @param docs     the documents
     * @param engine   the engine
     * @param resolver the resolver
     * @param threads  worker threads
     * @return the resolved documents
     */
    public static List<ResolvedDocument> resolveAll(
            List<Document> docs, NlpEngine engine, ActorResolver resolver, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ResolvedDocument>> futures = new ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> resolver.resolve(engine.annotate(d))));
            }
            List<ResolvedDocument> out = new ArrayList<>();
            for (Future<ResolvedDocument> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sentence-scope STATE dyad units summed over documents, keyed by the sorted pair of ids. */
    public static Map<List<String>, Long> dyads(List<ResolvedDocument> docs) {
        CoMentionCounter counter = new CoMentionCounter(
                Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 2, org.entente.relations.CueLexicon.NONE);
        Map<List<String>, Long> units = new TreeMap<>(org.entente.model.CoMention.ID_ORDER);
        for (ResolvedDocument doc : docs) {
            for (DocCoMention c : counter.count(doc).coMentions()) {
                if (c.arity() == 2) {
                    units.merge(c.actorIds(), (long) c.units(), Long::sum);
                }
            }
        }
        return units;
    }

    /**
     * How far two engines' dyad counts agree.
     *
     * @param dyadsA       distinct dyads of engine A
     * @param dyadsB       distinct dyads of engine B
     * @param shared       dyads both found
     * @param unitsA       units summed over A's dyads
     * @param unitsB       units summed over B's dyads
     * @param sameCount    dyads with the same count in both
     * @param weightedJaccard sum over all dyads of min(a, b) / sum of max(a, b)
     * @param pearson      Pearson correlation of the counts over the union of dyads
     */
    public record Agreement(
            int dyadsA,
            int dyadsB,
            int shared,
            long unitsA,
            long unitsB,
            int sameCount,
            double weightedJaccard,
            double pearson) {}

    /** Compares two engines' dyad counts. */
    public static Agreement agreement(Map<List<String>, Long> a, Map<List<String>, Long> b) {
        Set<List<String>> union = new TreeSet<>(org.entente.model.CoMention.ID_ORDER);
        union.addAll(a.keySet());
        union.addAll(b.keySet());
        long min = 0;
        long max = 0;
        int same = 0;
        int shared = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (List<String> k : union) {
            long x = a.getOrDefault(k, 0L);
            long y = b.getOrDefault(k, 0L);
            min += Math.min(x, y);
            max += Math.max(x, y);
            same += x == y ? 1 : 0;
            shared += x > 0 && y > 0 ? 1 : 0;
            sx += x;
            sy += y;
            sxx += (double) x * x;
            syy += (double) y * y;
            sxy += (double) x * y;
        }
        int n = union.size();
        double cov = sxy - sx * sy / n;
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        double r = vx == 0 || vy == 0 ? 0 : cov / Math.sqrt(vx * vy);
        return new Agreement(
                a.size(),
                b.size(),
                shared,
                a.values().stream().mapToLong(Long::longValue).sum(),
                b.values().stream().mapToLong(Long::longValue).sum(),
                same,
                max == 0 ? 1 : (double) min / max,
                r);
    }

    /** Mentions of one type, for reports. */
    static List<Mention> of(ResolvedDocument doc, ActorType type) {
        return doc.mentions().stream().filter(m -> m.actor().type() == type).toList();
    }
}
