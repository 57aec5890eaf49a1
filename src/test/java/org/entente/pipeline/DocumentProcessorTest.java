package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.entente.extract.LanguageDetector;
import org.entente.model.ActorType;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Scope;
import org.entente.model.Stage;
import org.entente.relations.CoMentionCounter;
import org.entente.relations.CueLexicon;
import org.entente.testing.Cli;
import org.entente.testing.Docs;
import org.entente.testing.EventFixture;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How a document goes through the stages of {@link DocumentProcessor}. */
class DocumentProcessorTest {
    @Test
    @Timeout(120)
    void annotatesADocumentWhileTheResolverIsStillBeingBuiltAndResolvesItOnceItIs() throws Exception {
        // issue 18: a run builds its resolver from the dictionary while its first documents are annotated
        StageTimings timings = new StageTimings();
        CompletableFuture<DocumentProcessor.Resolution> resolution = new CompletableFuture<>();
        DocumentProcessor processor = new DocumentProcessor(
                Settings.defaults(Cli.HOME.resolve("models"), TestEngines.spec("opennlp-no-ner")),
                LanguageDetector::new,
                TestEngines.of("opennlp-no-ner"),
                resolution::join,
                timings);
        Document doc = Docs.of("summit", "North Korea and Russia signed a treaty.", "China was not there.");
        List<Stage> stages = new CopyOnWriteArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<Outcome> outcome = worker.submit(() -> processor.finish(
                    new DocumentProcessor.Prepared(doc.source(), Metadata.EMPTY, doc, null), stages::add));

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!stages.contains(Stage.RESOLVE) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(stages).containsExactly(Stage.ANNOTATE, Stage.RESOLVE); // annotated, waiting to resolve
            assertThat(timings.millis().get("first_annotation")).isPositive();
            Thread.sleep(100);
            assertThat(outcome).isNotDone();

            EventFixture fixture = EventFixture.load();
            resolution.complete(new DocumentProcessor.Resolution(
                    fixture.resolver(),
                    new CoMentionCounter(
                            Set.of(ActorType.STATE),
                            List.of(Scope.SENTENCE),
                            3,
                            CueLexicon.load(Cli.HOME.resolve("models/cues.tsv"))),
                    DocumentProcessor.Events.NONE));

            assertThat(outcome.get(60, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(
                            Outcome.Done.class,
                            done -> assertThat(done.resolved().mentions().stream()
                                            .map(m -> m.actor().id())
                                            .toList())
                                    .containsExactly("PRK", "RUS", "CHN"));
            assertThat(stages).containsExactly(Stage.ANNOTATE, Stage.RESOLVE, Stage.COUNT);
        } finally {
            worker.shutdownNow();
        }
    }
}
