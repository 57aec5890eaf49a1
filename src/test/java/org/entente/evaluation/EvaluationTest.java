package org.entente.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.extract.InputFormat;
import org.entente.testing.Cli;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accuracy targets of the actors issue, measured on our gold set and on annotated real documents. */
class EvaluationTest {
    private static DictionaryResolver resolver;

    @BeforeAll
    static void loadDictionary() {
        resolver = new DictionaryResolver(
                DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), ResolverOptions.DEFAULTS);
    }

    @Test
    void reachesTheStateAndLeaderTargetsOnTheGoldSet() {
        GoldSet gold = GoldSet.builtIn();
        Evaluation.Result result = Evaluation.run(gold, TestEngines.of("corenlp"), resolver);

        assertThat(gold.sentences()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(result.score("STATE").f1()).as(result.table()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.score("LEADER").f1()).as(result.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.score("dyads").f1()).as(result.table()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.score("compounds").f1()).as(result.table()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"corenlp", "opennlp"})
    void reachesTheTargetsOnTheGoldSetFromOtherRegions(String engine) {
        GoldSet gold = GoldSet.read(GoldSource.builtIn("gold-world.tsv"));
        Evaluation.Result result = Evaluation.run(gold, TestEngines.of(engine), resolver);

        assertThat(gold.sentences()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(result.score("STATE").f1()).as(result.table()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.score("LEADER").f1()).as(result.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.score("dyads").f1()).as(result.table()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void reachesTheTargetsOnSentencesOfRealDocuments() {
        Path corpus = Cli.SHARED.resolve("eval/corpus");
        assumeThat(corpus)
                .as("../shared/eval/corpus is absent: evaluation on real documents skipped")
                .isDirectory();

        Evaluation.Result result = Evaluation.runRefs(
                GoldSource.builtIn("eval-refs.tsv"),
                corpus,
                InputFormat.TXT.extractor(1),
                TestEngines.of("corenlp"),
                resolver);

        assertThat(result.score("STATE").gold()).isGreaterThanOrEqualTo(150);
        assertThat(result.score("STATE").f1()).as(result.table()).isGreaterThanOrEqualTo(0.97);
        assertThat(result.score("LEADER").f1()).as(result.table()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scoresAMissedAndAnExtraMentionAsSuch() {
        Evaluation.Score score = new Evaluation.Score("STATE", 4, 4, 3);

        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.75);
        assertThat(score.f1()).isEqualTo(0.75);
        assertThat(score.row()).isEqualTo("STATE           4         4       3     0.750  0.750  0.750");
    }
}
