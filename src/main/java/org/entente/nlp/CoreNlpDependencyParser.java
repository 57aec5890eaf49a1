package org.entente.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Stanford CoreNLP 4.5.10's neural transition-based dependency parser ({@code depparse}, the English UD model of the
 * models jar) run on an engine's own tokens and tags: a CoreLabel is built from each token (text and tag), so
 * nothing is re-tokenized.
 *
 * <p>The parser needs Penn Treebank tags, which the CoreNLP engine gives. The OpenNLP engine's tags are Universal
 * Dependencies tags (PROPN, NOUN, VERB…); they are mapped to Penn tags first ({@link PennTags}), a lossy mapping
 * (VERB becomes VBD, VBZ, VBG… by the word's ending and the auxiliary before it), so parses of OpenNLP tokens are
 * less accurate.
 *
 * <p>Thread-safe: the model is read-only once loaded and CoreNLP's parser keeps no state between sentences. Load it
 * once per process ({@link #load()}): it takes seconds and about 120 MB of heap.
 */
public final class CoreNlpDependencyParser implements DependencyParser {
    /** The English UD model in the CoreNLP models jar. */
    public static final String DEFAULT_MODEL = edu.stanford.nlp.parser.nndep.DependencyParser.DEFAULT_MODEL;

    /**
     * Hidden-layer products the parser precomputes for its most frequent features. CoreNLP's default (20,000)
     * costs about 160 MB of heap and saves about a tenth of the parse time; Entente parses few sentences (those
     * that may hold an event), so memory matters more.
     */
    static final int PRECOMPUTED = 0;

    private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

    private CoreNlpDependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
        this.parser = parser;
    }

    /** Loads {@link #DEFAULT_MODEL} from the classpath. */
    public static CoreNlpDependencyParser load() {
        return load(DEFAULT_MODEL);
    }

    /**
     * @param model classpath resource or file of a CoreNLP neural dependency parser model
     * @return the parser
     * @throws EngineLoadException naming the model path when it cannot be loaded
     */
    public static CoreNlpDependencyParser load(String model) {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's progress chatter stays off stderr
        try {
            Properties options = new Properties();
            options.setProperty("numPreComputed", String.valueOf(PRECOMPUTED));
            return new CoreNlpDependencyParser(
                    edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(model, options));
        } catch (RuntimeException e) {
            throw new EngineLoadException(
                    "cannot load the CoreNLP dependency parser model " + model + ": " + e.getMessage()
                            + "; expected edu.stanford.nlp:stanford-corenlp:4.5.10:models on the classpath",
                    e);
        }
    }

    @Override
    public List<Dependency> parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<String> tags = PennTags.of(tokens);
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setValue(t.text());
            label.setOriginalText(t.text());
            label.setTag(tags.get(i));
            label.setLemma(t.lemma());
            label.setIndex(i + 1);
            label.setBeginPosition(t.begin());
            label.setEndPosition(t.end());
            labels.add(label);
        }
        GrammaticalStructure structure = parser.predict(labels);
        List<Dependency> out = new ArrayList<>(tokens.size());
        for (TypedDependency d : structure.typedDependencies()) {
            out.add(new Dependency(
                    d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
        }
        out.sort(Comparator.comparingInt(Dependency::dependent));
        return List.copyOf(out);
    }
}
