package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults of the output side: the run stops in one line, and a complete earlier run is left untouched. */
class OutputFaultTest {
    @Test
    void stopsInOneLineAndKeepsTheEarlierTablesWhenATableCannotBeWritten(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Japan and South Korea held talks.\n");
        Path out = dir.resolve("out");
        assertThat(Cli.run("analyze", in.toString(), "--out", out.toString(), "-q")
                        .exitCode())
                .isZero();
        String before = Files.readString(out.resolve("dyads.csv"));
        Files.delete(out.resolve("mentions.csv"));
        Files.createDirectories(out.resolve("mentions.csv.tmp").resolve("in-the-way")); // the writer cannot create it

        Cli.Result run = Cli.run("analyze", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("entente: cannot write " + out.resolve("mentions.csv.tmp"))
                .endsWith(" — the run stopped before its tables were complete; fix the output folder and run again"
                        + System.lineSeparator())
                .doesNotContain("\tat ");
        assertThat(Files.readString(out.resolve("dyads.csv"))).isEqualTo(before);
    }
}
