package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Sentence;
import org.entente.testing.Cli;
import org.entente.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document of 100,000 one-sentence paragraphs (issue 19: PDF annexes, transcripts, exported lists) runs
 * through every stage and its tables hold the counts its construction implies; its stored result keeps the
 * sentences' spans and the token count, not the tokens. Not timed: bench/paragraphs measures time and memory.
 */
class ManyParagraphsTest {
    private static final int PARAGRAPHS = 100_000;
    private static final String DOC = "paragraphs.txt";

    @Test
    void countsEveryParagraphOfADocumentOfOneHundredThousandShortParagraphs(@TempDir Path dir)
            throws IOException, ClassNotFoundException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(": North Korea and Russia and China.\n\n");
        }
        Files.writeString(in.resolve(DOC), text);
        Path out = dir.resolve("out");

        Cli.Result run = Cli.run(Cli.lightAnalysis(in, out, "--scope", "sentence,paragraph", "-q"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        String n = Integer.toString(PARAGRAPHS);
        String mentions = Integer.toString(3 * PARAGRAPHS);
        assertThat(Tables.project(
                        out.resolve("documents.csv"),
                        List.of("doc_id", "paragraphs", "sentences", "mentions", "status"),
                        r -> true))
                .containsExactly(String.join(",", DOC, n, n, mentions, "done"));
        assertThat(Tables.project(out.resolve("doc_actor_counts.csv"), List.of("actor_id", "mentions"), r -> true))
                .containsExactly("CHN," + n, "PRK," + n, "RUS," + n);
        assertThat(Tables.project(
                        out.resolve("doc_dyads.csv"), List.of("scope", "actor_1", "actor_2", "units"), r -> true))
                .containsExactly(
                        "paragraph,CHN,PRK," + n,
                        "paragraph,CHN,RUS," + n,
                        "paragraph,PRK,RUS," + n,
                        "sentence,CHN,PRK," + n,
                        "sentence,CHN,RUS," + n,
                        "sentence,PRK,RUS," + n);
        assertThat(Tables.project(
                        out.resolve("doc_triads.csv"),
                        List.of("scope", "actor_1", "actor_2", "actor_3", "units"),
                        r -> true))
                .containsExactly("paragraph,CHN,PRK,RUS," + n, "sentence,CHN,PRK,RUS," + n);
        assertThat(Files.readAllLines(out.resolve("mentions.csv"))).hasSize(3 * PARAGRAPHS + 1);

        AnnotatedDocument kept = storedResult(out).resolved().annotated();
        int tokens = Integer.parseInt(Tables.project(out.resolve("documents.csv"), List.of("tokens"), r -> true)
                .get(0));
        assertThat(kept.tokenCount()).isEqualTo(tokens).isGreaterThanOrEqualTo(9 * PARAGRAPHS);
        assertThat(kept.sentences()).hasSize(PARAGRAPHS);
        assertThat(kept.sentences().stream()
                        .filter(s -> !s.tokens().isEmpty() || !s.entities().isEmpty()))
                .as("sentences that kept their tokens or entities")
                .isEmpty();
        Sentence last = kept.sentences().get(PARAGRAPHS - 1);
        assertThat(kept.document().text().substring(last.begin(), last.end()))
                .isEqualTo(String.format(Locale.ROOT, "Paragraph %d: North Korea and Russia and China.", PARAGRAPHS));
    }

    /** The result the run stored for later runs, as the next run reads it. */
    private static Outcome.Done storedResult(Path out) throws IOException, ClassNotFoundException {
        try (InputStream raw = Files.newInputStream(out.resolve(Analysis.CACHE).resolve(DOC + ".bin"));
                ObjectInputStream stored = new ObjectInputStream(new GZIPInputStream(raw))) {
            stored.readUTF(); // the settings' fingerprint
            stored.readUTF(); // the document's content
            return (Outcome.Done) stored.readObject();
        }
    }
}
