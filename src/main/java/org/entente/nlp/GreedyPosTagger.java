package org.entente.nlp;

import java.util.Arrays;
import java.util.Optional;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger with a beam of one, decoded as its {@code BeamSearch} decodes a beam of one, without the
 * search's queues, sequence copies and sorting: at each word the first most probable tag the sequence validator
 * accepts (else the most probable it accepts), scored by a {@link GisScorer}. The tags are those of
 * {@code POSTaggerME.tag} with {@code BeamSize=1}, which {@code GreedyPosTaggerTest} checks word for word; a
 * sentence whose search OpenNLP would give up (no tag accepted, or a sequence score under its floor) is tagged
 * by OpenNLP's own tagger.
 *
 * <p>Not thread-safe (like OpenNLP's tagger): one per thread.
 */
final class GreedyPosTagger {
    /** OpenNLP's floor for a sequence's score (the sum of its tags' log probabilities). */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final POSTaggerME opennlp;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final GisScorer scorer;
    private final double[] probabilities;

    private GreedyPosTagger(POSModel model, GisScorer scorer) {
        this.opennlp = new POSTaggerME(model, POSTagFormat.UD);
        this.contexts = model.getFactory().getPOSContextGenerator(0);
        this.validator = model.getFactory().getSequenceValidator();
        this.scorer = scorer;
        this.probabilities = scorer == null ? null : new double[scorer.outcomes()];
    }

    /**
     * A tagger of a model: greedy when its tags are UD tags, its {@code BeamSize} is 1 and it is a GIS model;
     * for any other model, OpenNLP's {@code POSTaggerME} itself.
     *
     * @param model  a POS model
     * @param scorer the scorer of its GIS model ({@link #scorerOf}), shared by the threads' taggers
     */
    static GreedyPosTagger of(POSModel model, Optional<GisScorer> scorer) {
        boolean greedy = scorer.isPresent()
                && "1".equals(model.getManifestProperty("BeamSize"))
                && POSTagFormatMapper.guessFormat(model) == POSTagFormat.UD;
        return new GreedyPosTagger(model, greedy ? scorer.get() : null);
    }

    /** Whether this tagger decodes greedily (else OpenNLP's tagger tags). */
    boolean greedy() {
        return scorer != null;
    }

    /** The scorer of a POS model's GIS model, or empty. */
    static Optional<GisScorer> scorerOf(POSModel model) {
        return GisScorer.of(model.getArtifact("pos.model"));
    }

    /**
     * The UD tag of each word.
     *
     * @param words a sentence's words
     * @return one tag per word
     */
    String[] tag(String[] words) {
        if (scorer == null) {
            return opennlp.tag(words);
        }
        String[] tags = new String[words.length];
        double score = 0;
        for (int i = 0; i < words.length; i++) {
            String[] previous = Arrays.copyOf(tags, i); // the search's outcomes so far
            double[] p = scorer.eval(contexts.getContext(i, words, previous, EMPTY), probabilities);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : p) {
                max = Math.max(max, v);
            }
            int best = -1;
            double bestScore = 0;
            // the first most probable tag the validator accepts, as the search's queue keeps the first of equals
            for (int o = 0; o < p.length && best < 0; o++) {
                if (p[o] >= max && validator.validSequence(i, words, previous, scorer.outcome(o))) {
                    double s = score + StrictMath.log(p[o]);
                    if (s > MIN_SEQUENCE_SCORE) {
                        best = o;
                        bestScore = s;
                    }
                }
            }
            // else the most probable tag it accepts (OpenNLP's "advance all valid")
            boolean any = best >= 0;
            for (int o = 0; o < p.length && !any; o++) {
                if (validator.validSequence(i, words, previous, scorer.outcome(o))) {
                    double s = score + StrictMath.log(p[o]);
                    if (s > MIN_SEQUENCE_SCORE && (best < 0 || s > bestScore)) {
                        best = o;
                        bestScore = s;
                    }
                }
            }
            if (best < 0) {
                return opennlp.tag(words); // no sequence survives: what OpenNLP's own search does then
            }
            tags[i] = scorer.outcome(best);
            score = bestScore;
        }
        return tags;
    }

    private static final Object[] EMPTY = new Object[0];
}
