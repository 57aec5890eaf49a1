package org.entente.nlp;

import java.util.Arrays;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@code BeamSearch} with a beam of one, without the search's queues, sequence copies and sorting: at each
 * position the first most probable outcome the sequence validator accepts, else the most probable one it accepts
 * (the search's "advance all valid"), each kept only while the sequence's score (the sum of its outcomes' log
 * probabilities) stays above OpenNLP's floor. With a {@link GisScorer}'s probabilities, which are OpenNLP's bit for
 * bit, the outcomes are those of {@code BeamSearch(1, model).bestSequence}: the queue keeps the first of equals,
 * and the context generator gets the same arguments (the outcomes so far, as a copy of their length).
 *
 * <p>Not thread-safe (it reuses one array of probabilities): one per thread.
 */
final class GreedySearch {
    /** OpenNLP's floor for a sequence's score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final GisScorer scorer;
    private final double[] probabilities;

    GreedySearch(GisScorer scorer) {
        this.scorer = scorer;
        this.probabilities = new double[scorer.outcomes()];
    }

    /**
     * The best sequence of outcomes.
     *
     * @param sequence          the items (words)
     * @param additionalContext passed to the context generator as OpenNLP's search passes it
     * @param contexts          the model's context generator
     * @param validator         the sequence validator
     * @return one outcome per item, or null when OpenNLP's search would find no sequence (no outcome valid, or the
     *     score under the floor): then let OpenNLP decode
     */
    String[] bestSequence(
            String[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<String> contexts,
            SequenceValidator<String> validator) {
        String[] outcomes = new String[sequence.length];
        double score = 0;
        for (int i = 0; i < sequence.length; i++) {
            String[] previous = Arrays.copyOf(outcomes, i); // the search's outcomes so far
            double[] p = scorer.eval(contexts.getContext(i, sequence, previous, additionalContext), probabilities);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : p) {
                max = Math.max(max, v);
            }
            int best = -1;
            double bestScore = 0;
            for (int o = 0; o < p.length && best < 0; o++) {
                if (p[o] >= max && validator.validSequence(i, sequence, previous, scorer.outcome(o))) {
                    double s = score + StrictMath.log(p[o]);
                    if (s > MIN_SEQUENCE_SCORE) {
                        best = o;
                        bestScore = s;
                    }
                }
            }
            boolean advanced = best >= 0;
            for (int o = 0; o < p.length && !advanced; o++) {
                if (validator.validSequence(i, sequence, previous, scorer.outcome(o))) {
                    double s = score + StrictMath.log(p[o]);
                    if (s > MIN_SEQUENCE_SCORE && (best < 0 || s > bestScore)) {
                        best = o;
                        bestScore = s;
                    }
                }
            }
            if (best < 0) {
                return null;
            }
            outcomes[i] = scorer.outcome(best);
            score = bestScore;
        }
        return outcomes;
    }
}
