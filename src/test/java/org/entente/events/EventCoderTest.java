package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.nlp.DependencyParser;
import org.entente.nlp.NlpEngine;
import org.entente.testing.Docs;
import org.entente.testing.EventFixture;
import org.entente.testing.Parsers;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of docs/conventions.md ("Events: who does what to whom"), coded by each engine with its
 * parser (CoreNLP's dependency parser, the shallow parser for OpenNLP), the project dictionary and lexicon. Each
 * case lists the events expected as SOURCE>TARGET TYPE mode, "nested" added for a nested act, in coding order.
 */
class EventCoderTest {
    private static EventFixture fixture;

    static Stream<String> engines() {
        return Stream.of("corenlp", "opennlp");
    }

    private static final String CASES = """
            North Korea sent troops to Russia.                                    | PRK>RUS AID asserted
            China condemned the U.S. sanctions on Russia.                         | CHN>USA DISAPPROVE asserted; USA>RUS SANCTION asserted nested
            Japan and South Korea agreed to share military intelligence.          | JPN>KOR AGREE asserted; KOR>JPN AGREE asserted
            Sanctions were imposed on Iran by the EU.                             | EU>IRN SANCTION asserted
            The United States reaffirmed its support for Ukraine's accession to NATO. | USA>UKR SUPPORT asserted
            Russia received artillery shells from North Korea.                    | PRK>RUS AID asserted
            President Putin met Kim Jong Un in Vostochny.                         | PUTIN_VLADIMIR>KIM_JONG_UN CONSULT asserted
            Syria says it is willing to withdraw its troops from Lebanon.         | SYR>LBN AGREE asserted
            China has not imposed sanctions on North Korea.                       | CHN>PRK SANCTION negated
            If North Korea attacks South Korea, the United States will respond.   | PRK>KOR FIGHT hypothetical
            State media reported that Russia had delivered fighter jets to North Korea. | RUS>PRK AID reported
            Beijing refused to meet the Japanese delegation.                      | CHN>JPN REJECT asserted
            The UN Security Council condemned North Korea's missile launches.     | UNSC>PRK DISAPPROVE asserted
            Washington and Seoul held joint exercises.                            | USA>KOR COOPERATE asserted; KOR>USA COOPERATE asserted
            Palestinian militants fired rockets at Israel.                        |
            Russia mobilised its reserves.                                        |
            The G7 called on Russia to withdraw its forces from Ukraine.          | G7>RUS REQUEST asserted; RUS>UKR RETREAT hypothetical nested
            """;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String line : CASES.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            List<String> expected = parts[1].isBlank()
                    ? List.of()
                    : Stream.of(parts[1].split(";")).map(String::strip).toList();
            for (String engine : engines().toList()) {
                out.add(Arguments.of(engine, parts[0].strip(), expected));
            }
        }
        return out.stream();
    }

    /**
     * Sentences whose OpenNLP tags or word order misled the shallow parser (issue 17), each coded alike by both
     * engines: a hyphenated participle, an adjective-tagged infinitive, a determiner starting a new phrase, a
     * preposition before a number, an apposition after the subject, a date before the object or a phrase, a bare
     * infinitive after "help", a destination on a noun target ("sales … to"), an act negated inside a frame.
     */
    private static final String TAGGER_CASES = """
            Canada has promised to continue humanitarian aid to war-torn Sudan.    | CAN>SDN AGREE asserted
            Modi offered to negotiate with the president of Pakistan.              | MODI_NARENDRA>PAK AGREE asserted
            Norway will give Kenya a loan of 20 million dollars.                   | NOR>KEN AGREE asserted
            Chile granted asylum to five Bolivian officials.                       | CHL>BOL AID asserted
            Qatar, a close partner of the United States in the region, has refused to send troops to Syria.             | QAT>SYR REJECT asserted
            Greece on Monday flatly rejected a Turkish proposal.                   | GRC>TUR REJECT asserted
            Kenya complained to the African Union on Friday over two Ugandan border raids. | KEN>UGA DISAPPROVE asserted
            Sweden is ready to send equipment to help defend Finland.              | SWE>FIN AGREE asserted
            Australia resumed arms sales in January to Fiji, Tonga and Samoa.      | AUS>FJI AID asserted;             AUS>TON AID asserted; AUS>WSM AID asserted
            Israel vowed not to return the occupied land to Syria.                 | ISR>SYR AGREE negated
            """;

    static Stream<Arguments> taggerCases() {
        List<Arguments> out = new ArrayList<>();
        for (String line : TAGGER_CASES.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            List<String> expected =
                    Stream.of(parts[1].split(";")).map(String::strip).toList();
            for (String engine : engines().toList()) {
                out.add(Arguments.of(engine, parts[0].strip(), expected));
            }
        }
        return out.stream();
    }

    @BeforeAll
    static void load() {
        fixture = EventFixture.load();
    }

    private static ResolvedDocument resolve(String engine, String text) {
        NlpEngine nlp = TestEngines.of(engine);
        Document d = Docs.of("d", text).withMetadata(new Metadata("", "", "2024-06-19", "", "", Map.of()));
        return fixture.resolver().resolve(nlp.annotate(d));
    }

    private static List<Event> code(String engine, String text) {
        DependencyParser parser = Parsers.of(engine);
        return fixture.coder().code(resolve(engine, text), parser::parse);
    }

    private static String describe(Event e) {
        return e.source().id() + ">" + e.target().id() + " " + e.type() + " "
                + e.mode().label() + (e.nested() ? " nested" : "");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void codesTheWorkedExamplesOfTheConventions(String engine, String text, List<String> expected) {
        List<String> found =
                code(engine, text).stream().map(EventCoderTest::describe).toList();

        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("taggerCases")
    void codesSentencesWhoseTagsOrWordOrderMisleadAShallowParse(String engine, String text, List<String> expected) {
        List<String> found =
                code(engine, text).stream().map(EventCoderTest::describe).toList();

        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void givesTheStateALeaderServedOnTheDocumentsDate(String engine) {
        Event e = code(engine, "President Putin met Kim Jong Un in Vostochny.").get(0);

        assertThat(List.of(
                        e.sourceState(), e.targetState(), e.trigger(), e.quad().label()))
                .isEqualTo(List.of("RUS", "PRK", "met", "verbal_cooperation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void spansTheTriggerAndTheMentions(String engine) {
        String text = "Sanctions were imposed on Iran by the EU.";
        Event e = code(engine, text).get(0);

        assertThat(List.of(
                        text.substring(e.begin(), e.end()),
                        text.substring(e.sourceBegin(), e.sourceEnd()),
                        text.substring(e.targetBegin(), e.targetEnd()),
                        e.trigger()))
                .isEqualTo(List.of("Sanctions were imposed", "EU", "Iran", "Sanctions imposed"));
    }

    @Test
    void asksForParsesOfSentencesWithTwoActorsAndATriggerOnly() {
        ResolvedDocument d = resolve(
                "opennlp",
                "North Korea sent troops to Russia. Russia is large. "
                        + "The weather in Japan and Korea was mild. China condemned the launch.");
        List<String> asked = new ArrayList<>();
        fixture.coder().code(d, s -> {
            asked.add(d.document().text().substring(s.begin(), s.end()));
            return List.of();
        });

        assertThat(fixture.coder().sentencesToParse(d).stream()
                        .map(Sentence::index)
                        .toList())
                .isEqualTo(List.of(0));
        assertThat(asked).isEqualTo(List.of("North Korea sent troops to Russia."));
    }

    @Test
    void codesNoEventsInADocumentInAnotherLanguage() {
        ResolvedDocument d = resolve("opennlp", "North Korea sent troops to Russia.");
        ResolvedDocument korean = new ResolvedDocument(
                new AnnotatedDocument(
                        d.document().withLanguage("kor"), d.annotated().sentences()),
                d.mentions(),
                d.compounds(),
                d.unresolved());

        assertThat(fixture.coder().code(korean, Parsers.of("opennlp")::parse)).isEmpty();
    }
}
