package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.export.OutputFormat;
import org.entente.export.TableSpec;
import org.entente.testing.Cli;
import org.entente.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine}, {@code --ner-model}, the run manifest and {@code train-ner}'s option checks, in-process. */
class EngineOptionTest {
    private static final Path VOSTOCHNY = Cli.HOME.resolve("corpus/vostochny-summit-2023.txt");

    @Test
    void writesTheSameTablesWithTheOpenNlpEngineAndNamesItInTheManifest(@TempDir Path dir) throws IOException {
        Cli.Result core = Cli.run(
                "analyze", VOSTOCHNY.toString(), "--out", dir.resolve("core").toString(), "-q");
        Cli.Result fast = Cli.run(
                "analyze", VOSTOCHNY.toString(), "--out", dir.resolve("fast").toString(), "-q", "--engine", "opennlp");

        assertThat(core.exitCode()).as(core.err()).isZero();
        assertThat(fast.exitCode()).as(fast.err()).isZero();
        for (TableSpec spec : org.entente.export.Tables.ALL) {
            if (!spec.option().isEmpty()) {
                continue; // written only when asked for (--wide)
            }
            assertThat(Files.readAllLines(dir.resolve("fast").resolve(OutputFormat.CSV.file(spec)))
                            .get(0))
                    .isEqualTo(Files.readAllLines(dir.resolve("core").resolve(OutputFormat.CSV.file(spec)))
                            .get(0));
        }
        assertThat(Tables.project(dir.resolve("fast/dyads.csv"), List.of("actor_1", "actor_2"), r -> true))
                .isEqualTo(Tables.project(dir.resolve("core/dyads.csv"), List.of("actor_1", "actor_2"), r -> true));
        assertThat(Files.readString(dir.resolve("core/run.json")))
                .contains("\"engine\": \"corenlp tokenize,pos,lemma,ner\",\n");
        assertThat(Files.readString(dir.resolve("fast/run.json")))
                .contains("\"engine\": \"opennlp sentence,token,pos (UD EWT 1.3) + ner ner-en-entente.bin\",\n");
    }

    @Test
    void runsTheOpenNlpEngineWithoutANameFinderOnRequest(@TempDir Path dir) throws IOException {
        Cli.Result run = Cli.run(
                "analyze",
                VOSTOCHNY.toString(),
                "--out",
                dir.toString(),
                "-q",
                "--engine",
                "opennlp",
                "--ner-model",
                "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("run.json")))
                .contains("\"engine\": \"opennlp sentence,token,pos (UD EWT 1.3)\",\n");
    }

    @Test
    void rejectsAnUnknownEngineInOneLine(@TempDir Path dir) {
        Cli.Result run = Cli.run("analyze", VOSTOCHNY.toString(), "--out", dir.toString(), "--engine", "spacy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("entente: --engine spacy: expected corenlp or opennlp" + System.lineSeparator());
    }

    @Test
    void rejectsAMissingNameFinderModelInOneLine(@TempDir Path dir) {
        Cli.Result run = Cli.run(
                "analyze",
                VOSTOCHNY.toString(),
                "--out",
                dir.toString(),
                "--engine",
                "opennlp",
                "--ner-model",
                "no/such.bin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("entente: --ner-model no/such.bin does not exist; expected the name-finder "
                        + "model written by entente train-ner (or --ner-model none)" + System.lineSeparator());
    }

    @Test
    void rejectsTrainingParametersOutOfRangeBeforeLabellingAnything(@TempDir Path dir) {
        Cli.Result run = Cli.run(
                "train-ner",
                "--corpus",
                VOSTOCHNY.toString(),
                "--out",
                dir.resolve("m.bin").toString(),
                "--iterations",
                "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("entente: --iterations 0: expected a whole number of at least 1" + System.lineSeparator());
        assertThat(dir.resolve("m.bin")).doesNotExist();
    }
}
