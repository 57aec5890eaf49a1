package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.entente.model.CancelledException;
import org.entente.model.Document;
import org.entente.model.NamedEntity;
import org.entente.model.Paragraph;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * The accurate engine: Stanford CoreNLP {@code tokenize,ssplit,pos,lemma,ner}.
 *
 * <p>NER runs its statistical models only: the fine-grained TokensRegexNER layer, SUTime and the numeric
 * classifiers are off ({@link #DEFAULT_PROPERTIES}), because Entente's actor dictionary does their work for
 * actors and they cost about five sixths of the time (see docs/performance.md). Each paragraph is annotated
 * on its own, so sentences never cross paragraphs and memory stays bounded by the longest paragraph.
 *
 * <p>Thread-safe: a {@link StanfordCoreNLP} pipeline may annotate several documents at once. Create it with
 * {@link Engine#CORENLP} (loaded once per process).
 */
final class CoreNlpEngine implements NlpEngine {
    /** The annotators and options Entente runs. */
    static final Properties DEFAULT_PROPERTIES = defaults();
    /**
     * Overrides that give plain Stanford CoreNLP as its users run it — CoreNLP's default NER options
     * (fine-grained TokensRegexNER, SUTime, numeric classifiers on) — for benchmarks against Entente's
     * configuration.
     */
    static final Properties CORENLP_DEFAULT_NER = coreNlpDefaultNer();

    private final StanfordCoreNLP pipeline;
    private final String description;

    private CoreNlpEngine(StanfordCoreNLP pipeline, String description) {
        this.pipeline = pipeline;
        this.description = description;
    }

    /**
     * Loads the CoreNLP models from the classpath (the stanford-corenlp models jar).
     *
     * @param overrides properties that replace the defaults (may be empty)
     * @return the engine
     * @throws EngineLoadException naming the model that could not be loaded
     */
    static CoreNlpEngine load(Properties overrides) {
        Properties props = new Properties();
        props.putAll(DEFAULT_PROPERTIES);
        props.putAll(overrides);
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's progress chatter stays off stderr
        try {
            boolean fineGrained = Boolean.parseBoolean(props.getProperty("ner.applyFineGrained"));
            return new CoreNlpEngine(
                    new StanfordCoreNLP(props),
                    "corenlp " + props.getProperty("annotators")
                            + (fineGrained ? " (CoreNLP's default NER options)" : ""));
        } catch (RuntimeException e) {
            throw new EngineLoadException(
                    "cannot load the CoreNLP models (annotators "
                            + props.getProperty("annotators") + ") from the classpath: " + e.getMessage()
                            + "; expected edu.stanford.nlp:stanford-corenlp:4.5.10:models on the classpath",
                    e);
        }
    }

    private static Properties coreNlpDefaultNer() {
        Properties p = new Properties();
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        return p;
    }

    private static Properties defaults() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    @Override
    public List<Sentence> annotate(Document document, List<Paragraph> paragraphs, int firstIndex) {
        List<Sentence> sentences = new ArrayList<>();
        WordStrings strings = new WordStrings();
        for (Paragraph paragraph : paragraphs) {
            String paragraphText = document.paragraphText(paragraph.index());
            List<Sentence> local = new ArrayList<>();
            for (int[] chunk : Sentences.chunks(paragraphText, Sentences.MAX_CHUNK)) {
                CancelledException.check("annotation");
                annotateChunk(
                        document,
                        paragraph,
                        paragraph.begin() + chunk[0],
                        paragraphText.substring(chunk[0], chunk[1]),
                        firstIndex + sentences.size(),
                        local,
                        strings);
            }
            int index = firstIndex + sentences.size();
            sentences.addAll(paragraph.heading() ? Sentences.mergeInto(index, local) : local);
        }
        return sentences;
    }

    private void annotateChunk(
            Document document,
            Paragraph paragraph,
            int offset,
            String text,
            int before,
            List<Sentence> local,
            WordStrings strings) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(
                        offset + t.beginPosition(),
                        offset + t.endPosition(),
                        strings.of(t.originalText()),
                        strings.of(t.tag()),
                        strings.of(t.lemma()),
                        strings.of(t.ner())));
            }
            List<NamedEntity> entities = new ArrayList<>();
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
                int b = offset + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = offset + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                entities.add(new NamedEntity(
                        b,
                        e,
                        strings.of(document.text().substring(b, e)),
                        strings.of(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))));
            }
            int b = offset + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = offset + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            local.add(new Sentence(before + local.size(), paragraph.index(), b, e, tokens, entities));
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> artifacts() {
        List<String> jars = new ArrayList<>();
        CodeSource code = StanfordCoreNLP.class.getProtectionDomain().getCodeSource();
        if (code != null) {
            jars.add(fileName(code.getLocation().toString()));
        }
        URL model = StanfordCoreNLP.class
                .getClassLoader()
                .getResource(edu.stanford.nlp.pipeline.DefaultPaths.DEFAULT_POS_MODEL);
        if (model != null) {
            jars.add(fileName(model.toString()));
        }
        return List.copyOf(jars);
    }

    /** The jar's file name of a file: or jar:file:...!/ address. */
    static String fileName(String url) {
        String path = url.contains("!/") ? url.substring(0, url.indexOf("!/")) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
