package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.export.OutputFormat;
import org.entente.export.TableSpec;
import org.entente.export.Tables;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed part way (kill -9) and started again writes the same tables as an uninterrupted run. */
class ResumeTest {
    private static final Path CORPUS = Cli.HOME.resolve("corpus");

    private static long storedResults(Path out) throws IOException {
        Path cache = out.resolve(Analysis.CACHE);
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    /**
     * Starts an analysis of the sample corpus on one thread in a child JVM that the test can stop, its output in
     * child.log of the folder.
     */
    private static Process startAnalysis(Path dir, Path out, String... more) throws IOException {
        List<String> args =
                new ArrayList<>(List.of("analyze", CORPUS.toString(), "--out", out.toString(), "--threads", "1"));
        args.addAll(List.of(more));
        return Cli.start("2g", dir.resolve("child.log"), args.toArray(String[]::new));
    }

    @Test
    void resumesAfterTheProcessIsKilledAndWritesTheSameTablesAsAnUninterruptedRun(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path whole = dir.resolve("whole");
        Path killed = dir.resolve("killed");
        assertThat(Cli.run("analyze", CORPUS.toString(), "--out", whole.toString(), "-q")
                        .exitCode())
                .isZero();

        Process child = startAnalysis(dir, killed, "-q");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (child.isAlive() && storedResults(killed) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        child.waitFor(30, TimeUnit.SECONDS);
        long before = storedResults(killed);
        assertThat(before).as(Files.readString(dir.resolve("child.log"))).isGreaterThanOrEqualTo(3);

        Cli.Result resumed = Cli.run("analyze", CORPUS.toString(), "--out", killed.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).containsPattern("reused the results of \\d+ unchanged documents from an earlier run");
        for (TableSpec spec : Tables.ALL) {
            if (Files.exists(whole.resolve(OutputFormat.CSV.file(spec)))) {
                assertThat(killed.resolve(OutputFormat.CSV.file(spec)))
                        .as(OutputFormat.CSV.file(spec))
                        .hasSameBinaryContentAs(whole.resolve(OutputFormat.CSV.file(spec)));
            }
        }
        assertThat(storedResults(killed)).isEqualTo(Cli.CORPUS_DOCUMENTS);
    }

    @Test
    void saysHowFarItGotWhenStoppedAndContinuesFromThere(@TempDir Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Process child = startAnalysis(dir, out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (child.isAlive() && storedResults(out) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        child.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
        child.waitFor(30, TimeUnit.SECONDS);
        String log = Files.readString(dir.resolve("child.log"));
        if (storedResults(out)
                < Cli.CORPUS_DOCUMENTS) { // the child was stopped part way (a fast machine may finish first)
            assertThat(log)
                    .containsPattern("interrupted after \\d+ of " + Cli.CORPUS_DOCUMENTS
                            + " documents: run the same command again to "
                            + "continue \\(the results so far are kept in "
                            + Pattern.quote(out.toAbsolutePath()
                                    .normalize()
                                    .resolve(Analysis.CACHE)
                                    .toString()) + "\\)");
        }

        Cli.Result resumed = Cli.run("analyze", CORPUS.toString(), "--out", out.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).doesNotContain("interrupted after");
        assertThat(storedResults(out)).isEqualTo(Cli.CORPUS_DOCUMENTS);
    }

    @Test
    void recomputesADocumentWhoseContentChanged(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Japan and South Korea held talks.\n");
        Files.writeString(in.resolve("b.txt"), "Russia and China signed a treaty.\n");
        Path out = dir.resolve("out");
        assertThat(Cli.run("analyze", in.toString(), "--out", out.toString()).exitCode())
                .isZero();
        Files.writeString(in.resolve("b.txt"), "Russia and North Korea signed a treaty.\n");

        Cli.Result again = Cli.run("analyze", in.toString(), "--out", out.toString());

        assertThat(again.err()).contains("reused the results of 1 unchanged documents from an earlier run");
        assertThat(org.entente.testing.Tables.project(
                        out.resolve("dyads.csv"), List.of("actor_1", "actor_2", "units"), r -> true))
                .containsExactly("JPN,KOR,1", "PRK,RUS,1");
    }
}
