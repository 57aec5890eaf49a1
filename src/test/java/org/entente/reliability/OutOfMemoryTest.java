package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.testing.Cli;
import org.entente.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document too large for the heap fails on its own; the run records it and finishes the others. */
class OutOfMemoryTest {
    @Test
    void recordsAnOutOfMemoryDocumentAsFailedAndFinishesTheOthers(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.HOME.resolve("corpus/vostochny-summit-2023.txt"), in.resolve("small.txt"));
        String brief = Files.readString(Cli.HOME.resolve("corpus/dprk-russia-treaty-2024.txt"));
        Files.writeString(in.resolve("huge.txt"), (brief + "\n\n").repeat(25_000)); // about 85 MB
        Path out = dir.resolve("out");

        // a child JVM with a small heap, the light engine, and no size limit: the huge document exhausts the heap
        Process child =
                Cli.start("400m", dir.resolve("child.log"), Cli.lightAnalysis(in, out, "--max-chars", "1000000000"));
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();

        String log = Files.readString(dir.resolve("child.log"));
        assertThat(child.exitValue()).as(log).isEqualTo(1);
        assertThat(Tables.project(out.resolve("failures.csv"), List.of("doc_id", "reason", "hint"), r -> true))
                .containsExactly("huge.txt,OutOfMemoryError: Java heap space,give Java more memory "
                        + "(ENTENTE_JAVA_OPTS=-Xmx8g) or lower --threads");
        assertThat(Tables.project(out.resolve("documents.csv"), List.of("doc_id", "status"), r -> true))
                .containsExactly("huge.txt,failed", "small.txt,done");
        assertThat(log).contains("2 documents: 1 done, 1 failed");
    }
}
