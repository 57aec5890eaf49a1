package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KwicCommandTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void analyzeTheScopesBrief() {
        Cli.Result run = Cli.run(
                "analyze",
                Cli.HOME.resolve("src/test/resources/golden/scopes/input").toString(),
                "--out",
                out.toString(),
                "--scope",
                "sentence,paragraph");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void printsTheSentencesBehindADyad() {
        Cli.Result kwic = Cli.run("kwic", "--run", out.toString(), "--actors", "RUS,PRK");

        assertThat(kwic.exitCode()).isZero();
        assertThat(kwic.out())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "scopes-brief.txt\t1\tverbal_cooperation\tRussia and North Korea signed a treaty.",
                        "scopes-brief.txt\t5\tverbal_cooperation\tChina, Russia and North Korea held talks.",
                        ""));
        assertThat(kwic.err()).isEqualTo("2 sentence units with PRK, RUS" + System.lineSeparator());
    }

    @Test
    void printsTheParagraphsBehindATriad() {
        Cli.Result kwic = Cli.run("kwic", "--run", out.toString(), "--actors", "JPN,PRK,USA", "--scope", "paragraph");

        assertThat(kwic.out())
                .isEqualTo("scopes-brief.txt\t2\tverbal_cooperation;verbal_conflict;material_conflict\t"
                        + "Japan criticised Russia. The U.S. and Japan agreed on sanctions against North Korea."
                        + System.lineSeparator());
    }

    @Test
    void namesTheMissingRunAndExitsWithTwo(@TempDir Path empty) {
        Cli.Result kwic = Cli.run("kwic", "--run", empty.toString(), "--actors", "PRK,RUS");

        assertThat(kwic.exitCode()).isEqualTo(2);
        assertThat(kwic.err())
                .isEqualTo("entente: " + empty.resolve("evidence.csv")
                        + " not found; expected the output folder of an entente run" + System.lineSeparator());
    }

    @Test
    void refusesASingleActor() {
        Cli.Result kwic = Cli.run("kwic", "--run", out.toString(), "--actors", "PRK");

        assertThat(kwic.exitCode()).isEqualTo(2);
        assertThat(kwic.err()).contains("--actors PRK: expected two or more distinct actor ids");
    }
}
