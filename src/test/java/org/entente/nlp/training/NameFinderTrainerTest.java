package org.entente.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.Document;
import org.entente.model.NamedEntity;
import org.entente.nlp.Engine;
import org.entente.nlp.EngineSpec;
import org.entente.nlp.NlpEngine;
import org.entente.testing.Docs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameFinderTrainerTest {
    private static NlpEngine tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = EngineSpec.of(Engine.OPENNLP_NO_NER, Set.of()).load();
    }

    /** An entity over the first occurrence of {@code surface} in the document. */
    private static NamedEntity entity(Document doc, String surface, String label) {
        int b = doc.text().indexOf(surface);
        return new NamedEntity(b, b + surface.length(), surface, label);
    }

    @Test
    void projectsAlignedEntitiesOntoTheEngineTokensAndWritesOpenNlpTrainingFormat(@TempDir Path dir)
            throws IOException {
        Document doc = Docs.of("t", "Kim Jong Un met Vladimir Putin at Vostochny.", "The UN Security Council met.");
        NameFinderTrainer trainer = new NameFinderTrainer();

        trainer.add(
                tokenizer.annotate(doc),
                List.of(
                        entity(doc, "Kim Jong Un", "PERSON"),
                        entity(doc, "Vladimir Putin", "PERSON"),
                        entity(doc, "Vostochny", "LOCATION"),
                        entity(doc, "UN Security Council", "ORGANIZATION"),
                        entity(doc, "The", "MISC")));
        trainer.writeSamples(dir.resolve("samples.txt"));

        assertThat(Files.readString(dir.resolve("samples.txt")))
                .isEqualTo("<START:PERSON> Kim Jong Un <END> met <START:PERSON> Vladimir Putin <END> at "
                        + "<START:LOCATION> Vostochny <END> .\n"
                        + "The <START:ORGANIZATION> UN Security Council <END> met .\n");
        assertThat(trainer.stats())
                .isEqualTo(
                        new NameFinderTrainer.Stats(2, 15, 0, Map.of("LOCATION", 1, "ORGANIZATION", 1, "PERSON", 2)));
    }

    @Test
    void leavesOutASentenceWhoseEntityDoesNotFallOnTokenBoundaries() {
        Document doc = Docs.of("t", "Kim Jong Un met Putin.", "Moon spoke.");
        NameFinderTrainer trainer = new NameFinderTrainer();
        NamedEntity partOfAToken = new NamedEntity(0, 2, "Ki", "PERSON");

        trainer.add(tokenizer.annotate(doc), List.of(partOfAToken, entity(doc, "Moon", "PERSON")));

        assertThat(trainer.stats()).isEqualTo(new NameFinderTrainer.Stats(1, 3, 1, Map.of("PERSON", 1)));
    }

    @Test
    void trainsTheSameModelFileTwiceFromTheSameSamples(@TempDir Path dir) throws IOException {
        NameFinderTrainer.Settings settings = new NameFinderTrainer.Settings(10, 0);
        for (String name : List.of("a.bin", "b.bin")) {
            NameFinderTrainer trainer = new NameFinderTrainer();
            for (String[] p : List.of(
                    new String[] {"Joe Biden", "Washington"},
                    new String[] {"Fumio Kishida", "Tokyo"},
                    new String[] {"Yoon Suk Yeol", "Seoul"},
                    new String[] {"Emmanuel Macron", "Paris"})) {
                Document doc = Docs.of("t", "President " + p[0] + " spoke in " + p[1] + " on Monday.");
                trainer.add(
                        tokenizer.annotate(doc), List.of(entity(doc, p[0], "PERSON"), entity(doc, p[1], "LOCATION")));
            }
            trainer.train(settings, dir.resolve(name));
        }

        assertThat(dir.resolve("a.bin")).hasSameBinaryContentAs(dir.resolve("b.bin"));
        NlpEngine engine =
                EngineSpec.of(Engine.OPENNLP, dir.resolve("a.bin"), Set.of()).load();
        List<String> found = new ArrayList<>();
        engine.annotate(Docs.of("t", "President Joe Biden spoke in Washington on Monday."))
                .sentences()
                .forEach(s -> s.entities().forEach(e -> found.add(e.text() + "/" + e.label())));
        assertThat(found).containsExactly("Joe Biden/PERSON", "Washington/LOCATION");
    }
}
