package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.Source;
import org.entente.model.Stage;
import org.entente.pipeline.Outcome;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    private static final Outcome FAILED = new Outcome.Failed(
            new Source("a.pdf", Path.of("a.pdf"), "a.pdf", "pdf", "", 0),
            Metadata.EMPTY,
            Stage.EXTRACT,
            FailureKind.UNEXPECTED,
            "x");

    @Test
    void printsAPlainLineAtMostOncePerIntervalWhenStderrIsNoTerminal() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressReporter progress =
                new ProgressReporter(new PrintWriter(text, true), false, Duration.ofSeconds(10), clock::get);

        progress.started(4);
        clock.set(Duration.ofSeconds(5).toNanos());
        progress.document(FAILED, 0); // 5 s: too soon for a line
        clock.set(Duration.ofSeconds(20).toNanos());
        progress.document(FAILED, 12_000); // 20 s: a line
        clock.set(Duration.ofSeconds(40).toNanos());
        progress.document(FAILED, 8_000); // 40 s: a line
        progress.document(FAILED, 0); // the last document: the summary line says the rest
        progress.finished();

        assertThat(text.toString())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "[entente] 2/4 documents (50%), 2 failed, 600 tokens/s, ETA 0m20s",
                        "[entente] 3/4 documents (75%), 3 failed, 500 tokens/s, ETA 0m13s",
                        ""));
    }
}
