package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.CancelledException;
import org.entente.model.Document;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CoMentionCounter;
import org.entente.relations.CueLexicon;
import org.entente.testing.Cli;
import org.entente.testing.Docs;
import org.entente.testing.EventFixture;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stage whose thread is interrupted (by --doc-timeout or the memory guard) stops at its next paragraph or
 * sentence with a {@link CancelledException}, rather than running the whole document: here on its first one, of
 * a document of many.
 */
class InterruptedStagesTest {
    private static final int PARAGRAPHS = 2_000;
    private static NlpEngine engine;
    private static EventFixture fixture;
    private static Document document;
    private static AnnotatedDocument annotated;
    private static ResolvedDocument resolved;

    @BeforeAll
    static void load() {
        engine = TestEngines.of("opennlp-no-ner");
        fixture = EventFixture.load();
        String[] paragraphs = new String[PARAGRAPHS];
        for (int i = 0; i < PARAGRAPHS; i++) {
            paragraphs[i] = "Paragraph " + (i + 1) + ": North Korea attacked South Korea and Russia.";
        }
        document = Docs.of("many", paragraphs);
        annotated = engine.annotate(document);
        resolved = fixture.resolver().resolve(annotated);
    }

    /** Runs {@code stage} on an interrupted thread and clears the interrupt afterwards. */
    private static void assertStopsWhenInterrupted(ThrowingCallable stage, String where) {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(stage).isInstanceOf(CancelledException.class).hasMessage("cancelled in " + where);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void annotationStopsAtTheNextParagraph() {
        assertStopsWhenInterrupted(() -> engine.annotate(document), "annotation");
    }

    @Test
    void resolutionStopsAtTheNextSentence() {
        assertStopsWhenInterrupted(() -> fixture.resolver().resolve(annotated), "resolution");
    }

    @Test
    void eventCodingStopsAtTheNextSentence() {
        assertStopsWhenInterrupted(() -> fixture.coder().code(resolved, s -> List.of()), "event coding");
    }

    @Test
    void countingStopsAtTheNextMention() {
        CoMentionCounter counter = new CoMentionCounter(
                Set.of(ActorType.STATE),
                List.of(Scope.SENTENCE),
                3,
                CueLexicon.load(Cli.HOME.resolve("models/cues.tsv")));
        assertStopsWhenInterrupted(() -> counter.count(resolved), "counting");
    }

    @Test
    void theStagesRunToTheEndOnAThreadThatIsNotInterrupted() {
        assertThat(resolved.mentions()).hasSize(3 * PARAGRAPHS);
    }
}
