package org.entente.nlp;

import java.util.Optional;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger with a beam of one, decoded by a {@link GreedySearch} over a {@link GisScorer} with OpenNLP's
 * own context generator and sequence validator. The tags are those of
 * {@code POSTaggerME.tag} with {@code BeamSize=1}, which {@code GreedyPosTaggerTest} checks word for word; a
 * sentence whose search OpenNLP would give up (no tag accepted, or a sequence score under its floor) is tagged
 * by OpenNLP's own tagger.
 *
 * <p>Not thread-safe (like OpenNLP's tagger): one per thread.
 */
final class GreedyPosTagger {
    private static final Object[] EMPTY = new Object[0];

    private final POSModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final GreedySearch search; // null: OpenNLP's tagger tags
    private POSTaggerME opennlp; // made when first needed: its feature generators are a second set of ours

    private GreedyPosTagger(POSModel model, GisScorer scorer) {
        this.model = model;
        this.contexts = model.getFactory().getPOSContextGenerator(0);
        this.validator = model.getFactory().getSequenceValidator();
        this.search = scorer == null ? null : new GreedySearch(scorer);
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
        return search != null;
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
        String[] tags = search == null ? null : search.bestSequence(words, EMPTY, contexts, validator);
        return tags != null ? tags : opennlp().tag(words); // not greedy, or no sequence survives: OpenNLP decides
    }

    private POSTaggerME opennlp() {
        if (opennlp == null) {
            opennlp = new POSTaggerME(model, POSTagFormat.UD);
        }
        return opennlp;
    }
}
