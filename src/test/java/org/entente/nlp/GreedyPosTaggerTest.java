package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GreedyPosTagger} and {@link GisScorer} against OpenNLP's own tagger and model on the engine's POS model
 * ({@code BeamSize=1}): the same tag for every word and the same probabilities bit for bit, on this project's
 * sample corpus and, when ../shared is present (or the folder named by -Dentente.shared), on a part of the shared
 * evaluation corpus.
 */
class GreedyPosTaggerTest {
    private static final Path SHARED = Path.of(System.getProperty("entente.shared", "../shared"));

    private static POSModel model;
    private static SentenceModel sentenceModel;
    private static TokenizerModel tokenModel;

    @BeforeAll
    static void load() throws IOException {
        model = new POSModel(OpenNlpEngine.withManifest(resource(OpenNlpEngine.POS_MODEL), "BeamSize", "1"));
        sentenceModel = new SentenceModel(resource(OpenNlpEngine.SENTENCE_MODEL));
        tokenModel = new TokenizerModel(resource(OpenNlpEngine.TOKEN_MODEL));
    }

    private static InputStream resource(String name) {
        return GreedyPosTaggerTest.class.getClassLoader().getResourceAsStream(name);
    }

    /** The sentences of texts as OpenNLP's sentence detector and tokenizer cut them. */
    private static List<String[]> sentences(List<String> texts) {
        SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
        TokenizerME tokenizer = new TokenizerME(tokenModel);
        List<String[]> out = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                for (String sentence : detector.sentDetect(line)) {
                    String[] words = tokenizer.tokenize(sentence);
                    if (words.length > 0) {
                        out.add(
                                words.length > OpenNlpEngine.WINDOW
                                        ? Arrays.copyOf(words, OpenNlpEngine.WINDOW)
                                        : words);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> texts(Path folder, int every) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            for (int i = 0; i < all.size(); i += every) {
                texts.add(Files.readString(all.get(i)));
            }
        }
        return texts;
    }

    /** The sentences whose tags differ, each as "word/opennlp/ours ..." for the words that differ. */
    private static List<String> differences(List<String[]> sentences) {
        POSTaggerME opennlp = new POSTaggerME(model, POSTagFormat.UD);
        GreedyPosTagger ours = GreedyPosTagger.of(model, GreedyPosTagger.scorerOf(model));
        assertThat(ours.greedy())
                .as("the engine's POS model is decoded greedily")
                .isTrue();
        List<String> out = new ArrayList<>();
        for (String[] words : sentences) {
            String[] theirs = opennlp.tag(words);
            String[] mine = ours.tag(words);
            if (!Arrays.equals(theirs, mine)) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < words.length; i++) {
                    if (!theirs[i].equals(mine[i])) {
                        b.append(words[i])
                                .append('/')
                                .append(theirs[i])
                                .append('/')
                                .append(mine[i])
                                .append(' ');
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void tagsTheSampleCorpusAsOpenNlpsTaggerDoes() throws IOException {
        List<String[]> sentences = sentences(texts(Path.of("corpus"), 1));
        assertThat(sentences).hasSizeGreaterThan(200);

        assertThat(differences(sentences)).isEmpty();
    }

    @Test
    void tagsPartOfTheSharedCorpusAsOpenNlpsTaggerDoes() throws IOException {
        Path corpus = SHARED.resolve("eval/corpus");
        assumeTrue(
                Files.isDirectory(corpus),
                "shared evaluation corpus not found at " + corpus.toAbsolutePath()
                        + " (run with -Dentente.shared=/path/to/shared)");
        List<String[]> sentences = sentences(texts(corpus, 25));
        assertThat(sentences).hasSizeGreaterThan(5_000);

        assertThat(differences(sentences)).isEmpty();
    }

    @Test
    void scoresEveryContextOfASentenceBitForBitAsOpenNlpsModel() {
        MaxentModel gis = model.getArtifact("pos.model");
        GisScorer scorer = GisScorer.of(gis).orElseThrow();
        String[] words =
                "The U.S. Secretary of State met Kim Jong Un 's envoy in Pyongyang on 3 May , 2024 .".split(" ");
        var contexts = model.getFactory().getPOSContextGenerator(0);
        String[] tags = new POSTaggerME(model, POSTagFormat.UD).tag(words);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String[] context = contexts.getContext(i, words, Arrays.copyOf(tags, i), new Object[0]);
            double[] theirs = gis.eval(context, new double[gis.getNumOutcomes()]);
            double[] mine = scorer.eval(context, new double[scorer.outcomes()]);
            if (!Arrays.equals(theirs, mine)) {
                differing.add(words[i]);
            }
        }

        assertThat(differing).isEmpty();
        assertThat(scorer.outcomes()).isEqualTo(gis.getNumOutcomes());
        assertThat(scorer.outcome(3)).isEqualTo(gis.getOutcome(3));
    }

    @Test
    void aModelThatIsNotGisIsTaggedByOpenNlp() {
        assertThat(GisScorer.of("not a model")).isEmpty();
        GreedyPosTagger tagger = GreedyPosTagger.of(model, Optional.empty());
        String[] words = {"Seoul", "and", "Tokyo", "agreed", "."};

        assertThat(tagger.greedy()).isFalse();
        assertThat(tagger.tag(words)).containsExactly(new POSTaggerME(model, POSTagFormat.UD).tag(words));
    }
}
