package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.model.EventType;
import org.entente.model.Token;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event lexicon: the project's file loads, rows are checked, triggers match inflected forms. */
class EventLexiconTest {
    private static final String HEADER = "pattern\tkind\ttype\tquad\tsource\ttarget\tflags\n";

    @TempDir
    Path dir;

    private Path file(String rows) throws IOException {
        Path f = dir.resolve("events.tsv");
        Files.writeString(f, "# test lexicon\n" + HEADER + rows, StandardCharsets.UTF_8);
        return f;
    }

    private static Token token(String text, String lemma) {
        return new Token(0, text.length(), text, "VBD", lemma, "O");
    }

    @Test
    void loadsTheProjectLexiconWithEveryTypeOfTheCoder() {
        EventLexicon lexicon = EventLexicon.load(Cli.HOME.resolve("models/events.tsv"));

        assertThat(lexicon.size()).isGreaterThan(500);
        assertThat(List.of(EventType.values()).stream()
                        .filter(t -> t != EventType.PROTEST)
                        .allMatch(t -> {
                            try {
                                return Files.readString(Cli.HOME.resolve("models/events.tsv"))
                                        .contains("\t" + t + "\t");
                            } catch (IOException e) {
                                return false;
                            }
                        }))
                .isTrue();
    }

    @Test
    void matchesRegularAndIrregularFormsWithoutALemmatizer() throws IOException {
        EventLexicon lexicon = EventLexicon.load(file("sanction\tverb\tSANCTION\tmaterial_conflict\t-\t-\t-\n"
                + "send troop\tverb\tAID\tmaterial_cooperation\t-\tto\t-\n"
                + "deny\tverb\tREJECT\tverbal_conflict\t-\t-\t-\n"));

        assertThat(List.of(
                        lexicon.mayTrigger(token("sanctioned", "sanctioned")),
                        lexicon.mayTrigger(token("sent", "sent")),
                        lexicon.mayTrigger(token("denied", "denied")),
                        lexicon.mayTrigger(token("sanctioning", "sanctioning")),
                        lexicon.mayTrigger(token("sentence", "sentence"))))
                .isEqualTo(List.of(true, true, true, true, false));
    }

    @Test
    void rejectsAQuadThatIsNotTheTypesWithFileAndLine() throws IOException {
        Path f = file("condemn\tverb\tDISAPPROVE\tmaterial_conflict\t-\t-\t-\n");

        assertThatThrownBy(() -> EventLexicon.load(f))
                .hasMessage(f + ":3: quad \"material_conflict\" for DISAPPROVE; " + "expected verbal_conflict");
    }

    @Test
    void rejectsAnUnknownTypeAFlagAndADuplicateRow() throws IOException {
        Path type = file("condemn\tverb\tCONDEMN\tverbal_conflict\t-\t-\t-\n");
        assertThatThrownBy(() -> EventLexicon.load(type))
                .hasMessageStartingWith(type + ":3: event type CONDEMN: " + "expected one of AGREE, CONSULT");
        Path flag = file("condemn\tverb\tDISAPPROVE\tverbal_conflict\t-\t-\tloud\n");
        assertThatThrownBy(() -> EventLexicon.load(flag)).hasMessageStartingWith(flag + ":3: flag \"loud\"");
        Path twice = file("condemn\tverb\tDISAPPROVE\tverbal_conflict\t-\t-\t-\n"
                + "condemn\tverb\tDISAPPROVE\tverbal_conflict\t-\t-\t-\n");
        assertThatThrownBy(() -> EventLexicon.load(twice))
                .hasMessageEndingWith("is listed twice; expected each row once");
    }

    @Test
    void rejectsAFileWithoutTheHeader() throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "condemn\tverb\tDISAPPROVE\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventLexicon.load(f)).hasMessageStartingWith(f + ":1: header");
    }
}
