package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.actors.DictionaryLoader;
import org.entente.extract.TextAssembler;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Sentence;
import org.entente.model.Source;
import org.entente.model.Token;
import org.entente.testing.Cli;
import org.entente.testing.Docs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpEngineTest {
    private static final Set<String> FUNCTION_WORDS =
            DictionaryLoader.wordLists(Cli.HOME.resolve("models"), "eng").get("function-words");
    private static OpenNlpEngine plain;
    private static OpenNlpEngine withNames;

    @BeforeAll
    static void load() {
        // the installation's English function words (models/lang/eng/function-words.txt)
        plain = OpenNlpEngine.load(Optional.empty(), FUNCTION_WORDS);
        withNames = OpenNlpEngine.load(Optional.of(Cli.HOME.resolve("models/ner-en-entente.bin")), FUNCTION_WORDS);
    }

    @Test
    void splitsSentencesWithinParagraphsAndPointsEveryTokenAtItsText() {
        Document doc = Docs.of("t", "North Korea fired a missile. Japan protested", "Russia said nothing.");

        AnnotatedDocument annotated = plain.annotate(doc);

        assertThat(annotated.sentences())
                .extracting(s -> doc.text().substring(s.begin(), s.end()) + "@" + s.paragraph())
                .containsExactly("North Korea fired a missile.@0", "Japan protested@0", "Russia said nothing.@1");
        assertThat(annotated.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(doc.text().substring(t.begin(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void keepsAnInitialWithTheWordsThatFollowIt() {
        // the cost of the rule: "Plan B." does end a sentence, and stays joined with the next
        Document doc = Docs.of("t", "North Korea and N. Korea met Russia. John F. Kennedy spoke. Plan B. It failed.");

        assertThat(plain.annotate(doc).sentences())
                .extracting(s -> doc.text().substring(s.begin(), s.end()))
                .containsExactly(
                        "North Korea and N. Korea met Russia.", "John F. Kennedy spoke.", "Plan B. It failed.");
    }

    @Test
    void tagsWithUniversalDependenciesTagsAndLeavesNerOutWithoutANameFinder() {
        Sentence s = plain.annotate(Docs.of("t", "Kim Jong Un met Vladimir Putin in Vostochny."))
                .sentences()
                .get(0);

        assertThat(s.tokens())
                .extracting(t -> t.text() + "/" + t.pos())
                .startsWith("Kim/PROPN", "Jong/PROPN", "Un/PROPN", "met/VERB");
        assertThat(s.entities()).isEmpty();
        assertThat(s.tokens()).extracting(Token::ner).containsOnly("O");
        assertThat(plain.description()).isEqualTo("opennlp sentence,token,pos (UD EWT 1.3)");
    }

    @Test
    void findsPersonsWithTheTrainedNameFinder() {
        Sentence s = withNames
                .annotate(Docs.of("t", "President Joe Biden met Prime Minister Fumio Kishida on Tuesday."))
                .sentences()
                .get(0);

        assertThat(s.entities())
                .extracting(e -> e.text() + "/" + e.label())
                .containsExactly("Joe Biden/PERSON", "Fumio Kishida/PERSON");
        assertThat(withNames.description())
                .isEqualTo("opennlp sentence,token,pos (UD EWT 1.3) + ner ner-en-entente.bin");
    }

    @Test
    void mergesTheSentencesOfAHeadingIntoOne() {
        Document doc;
        try {
            doc = new TextAssembler()
                    .add("2. Context and Assessment. Russia and China", true)
                    .add("Body text here.", false)
                    .build(new Source("t", Path.of("t.txt"), "t.txt", "txt", "", 0), Metadata.EMPTY, 0, "UTF-8", "");
        } catch (org.entente.extract.ExtractionException e) {
            throw new AssertionError(e);
        }

        assertThat(plain.annotate(doc).sentences())
                .extracting(s -> doc.text().substring(s.begin(), s.end()))
                .containsExactly("2. Context and Assessment. Russia and China", "Body text here.");
    }

    @Test
    void tagsAVeryLongSentenceInWindowsAndKeepsItWhole() {
        String longSentence = String.join(" ", Collections.nCopies(1000, "Russia 1.5 percent"));

        List<Sentence> sentences = plain.annotate(Docs.of("t", longSentence)).sentences();

        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0).tokens())
                .hasSize(3000)
                .allMatch(t -> !t.pos().isEmpty());
    }

    @Test
    void tagsAndSearchesOnlySentencesThatMayHoldAName() {
        List<Sentence> sentences = withNames
                .annotate(Docs.of(
                        "t",
                        "We must act together. I think so. the talks went on. Seoul and Tokyo agreed. Putin spoke."))
                .sentences();

        assertThat(sentences)
                .extracting(s -> s.tokens().stream().allMatch(t -> t.pos().isEmpty()))
                .containsExactly(true, true, true, false, false);
        assertThat(plain.mayHoldName(new String[] {"We", "’re", "ready", "."})).isFalse();
        assertThat(plain.mayHoldName(new String[] {"Xi", "spoke", "."})).isTrue();
        assertThat(plain.mayHoldName(new String[] {"I", "met", "Kim", "."})).isTrue();
    }

    @Test
    void namesTheModelFileThatCannotBeLoaded() {
        assertThatThrownBy(() -> OpenNlpEngine.load(Optional.of(Path.of("no/such/ner.bin")), FUNCTION_WORDS))
                .isInstanceOf(EngineLoadException.class)
                .hasMessageStartingWith("cannot load the name-finder model no/such/ner.bin: ")
                .hasMessageEndingWith("; expected an OpenNLP TokenNameFinderModel written by entente train-ner");
    }
}
