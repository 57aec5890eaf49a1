package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

/** The shallow parser's structures, on hand-tagged sentences (UD tags, as the OpenNLP engine gives them). */
class ShallowDependencyParserTest {
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            tokens.add(new Token(at, at + word.length(), word, item.substring(slash + 1), word, "O"));
            at += word.length() + 1;
        }
        return new Sentence(0, 0, 0, at - 1, tokens, List.of());
    }

    /** Each token as word&lt;-relation-governor. */
    private static List<String> arcs(String tagged) {
        Sentence s = sentence(tagged);
        List<String> out = new ArrayList<>();
        for (Dependency d : new ShallowDependencyParser().parse(s)) {
            out.add(s.tokens().get(d.dependent()).text() + "<-" + d.relation() + "-"
                    + (d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).text()));
        }
        return out;
    }

    @Test
    void findsSubjectObjectAndAPrepositionalPhraseOnTheObject() {
        assertThat(arcs("China/PROPN condemned/VERB the/DET U.S./PROPN sanctions/NOUN on/ADP Russia/PROPN ./PUNCT"))
                .isEqualTo(List.of(
                        "China<-nsubj-condemned",
                        "condemned<-root-ROOT",
                        "the<-det-sanctions",
                        "U.S.<-compound-sanctions",
                        "sanctions<-obj-condemned",
                        "on<-case-Russia",
                        "Russia<-nmod-sanctions",
                        ".<-punct-condemned"));
    }

    @Test
    void findsAPassiveWithItsAgent() {
        assertThat(arcs("Sanctions/NOUN were/AUX imposed/VERB on/ADP Iran/PROPN by/ADP the/DET EU/PROPN ./PUNCT"))
                .isEqualTo(List.of(
                        "Sanctions<-nsubj:pass-imposed",
                        "were<-aux:pass-imposed",
                        "imposed<-root-ROOT",
                        "on<-case-Iran",
                        "Iran<-obl-imposed",
                        "by<-case-EU",
                        "the<-det-EU",
                        "EU<-obl-imposed",
                        ".<-punct-imposed"));
    }

    @Test
    void findsAComplementClauseAndAnOpenComplement() {
        assertThat(arcs("Syria/PROPN says/VERB it/PRON is/AUX willing/ADJ to/PART withdraw/VERB ./PUNCT"))
                .isEqualTo(List.of(
                        "Syria<-nsubj-says",
                        "says<-root-ROOT",
                        "it<-nsubj-willing",
                        "is<-cop-willing",
                        "willing<-ccomp-says",
                        "to<-mark-withdraw",
                        "withdraw<-xcomp-willing",
                        ".<-punct-says"));
    }

    @Test
    void coordinatesNounPhrasesAndAdjectives() {
        assertThat(arcs("Japan/PROPN and/CCONJ South/PROPN Korea/PROPN agreed/VERB ./PUNCT"))
                .isEqualTo(List.of(
                        "Japan<-nsubj-agreed",
                        "and<-cc-Japan",
                        "South<-compound-Korea",
                        "Korea<-conj-Japan",
                        "agreed<-root-ROOT",
                        ".<-punct-agreed"));
        assertThat(arcs("American/ADJ and/CCONJ Russian/ADJ delegations/NOUN met/VERB ./PUNCT"))
                .isEqualTo(List.of(
                        "American<-amod-delegations",
                        "and<-cc-Russian",
                        "Russian<-conj-American",
                        "delegations<-nsubj-met",
                        "met<-root-ROOT",
                        ".<-punct-met"));
    }
}
