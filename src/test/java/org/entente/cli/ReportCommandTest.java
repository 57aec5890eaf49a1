package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente report} and {@code entente analyze --report}, in-process. */
class ReportCommandTest {
    private static final Path CORPUS = Cli.HOME.resolve("corpus");

    @Test
    void analyzeWithReportWritesTheReportBesideTheTablesAndReportRewritesIt(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), in.resolve("vostochny.txt"));
        Path out = dir.resolve("out");

        Cli.Result analyze = Cli.run("analyze", in.toString(), "--out", out.toString(), "--report");

        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.err()).contains("report: " + out.resolve("report.html"));
        String page = Files.readString(out.resolve("report.html"));
        assertThat(page)
                .contains(
                        "\"documents\":1,\"done\":1,\"failed\":0",
                        "[\"PRK\",\"RUS\"]",
                        "\"byDyad\":{",
                        "The Vostochny Summit");

        Files.delete(out.resolve("report.html"));
        Cli.Result report = Cli.run("report", "--run", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.err()).isEqualTo("report: " + out.resolve("report.html") + System.lineSeparator());
        assertThat(out.resolve("report.html")).hasContent(page);
    }

    @Test
    void exitsWithTwoAndNamesTheValueWhenTheRunFolderIsNoRun(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-run");
        Cli.Result none = Cli.run("report", "--run", missing.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err())
                .isEqualTo("entente: --run " + missing + ": no such folder; expected the output folder "
                        + "of entente analyze" + System.lineSeparator());

        Cli.Result empty = Cli.run("report", "--run", dir.toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err())
                .isEqualTo("entente: --run " + dir + ": no documents.csv there; expected the output "
                        + "folder of entente analyze" + System.lineSeparator());
    }

    @Test
    void exitsWithTwoOnABadReportOptionBeforeAnyDocumentIsRead(@TempDir Path dir) {
        Cli.Result report = Cli.run("report", "--run", dir.toString(), "--top-edges", "0");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err())
                .isEqualTo("entente: --top-edges 0: expected a whole number of at least 1" + System.lineSeparator());

        Cli.Result analyze = Cli.run(
                "analyze",
                CORPUS.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--report",
                "--evidence-per-dyad",
                "-1");
        assertThat(analyze.exitCode()).isEqualTo(2);
        assertThat(analyze.err()).contains("--evidence-per-dyad -1: expected a whole number of at least 1");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void printsHelp() {
        Cli.Result help = Cli.run("report", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: entente report", "--run=DIR", "--top-edges=N", "Exit codes:");
    }
}
