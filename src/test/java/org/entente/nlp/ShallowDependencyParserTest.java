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

    /** The arcs of the named words only, in sentence order. */
    private static List<String> arcsOf(String tagged, String... words) {
        List<String> wanted = List.of(words);
        return arcs(tagged).stream()
                .filter(a -> wanted.contains(a.substring(0, a.indexOf("<-"))))
                .toList();
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

    @Test
    void startsANewPhraseAtADeterminerAfterANoun() {
        assertThat(arcsOf("Norway/PROPN will/AUX give/VERB Kenya/PROPN a/DET loan/NOUN ./PUNCT", "Kenya", "loan"))
                .isEqualTo(List.of("Kenya<-iobj-give", "loan<-obj-give"));
    }

    @Test
    void keepsAPrepositionAfterANounOutOfTheNextNumberPhrase() {
        assertThat(arcsOf(
                        "Chile/PROPN granted/VERB asylum/NOUN to/ADP five/NUM officials/NOUN ./PUNCT",
                        "asylum",
                        "to",
                        "officials"))
                .isEqualTo(List.of("asylum<-obj-granted", "to<-case-officials", "officials<-nmod-asylum"));
        assertThat(arcsOf("Chile/PROPN sent/VERB up/ADP to/ADP five/NUM officials/NOUN ./PUNCT", "to", "officials"))
                .isEqualTo(List.of("to<-compound-officials", "officials<-obj-sent"));
    }

    @Test
    void attachesADateToTheVerbAndTakesTheNextNounPhraseAsObject() {
        assertThat(arcsOf(
                        "Tehran/PROPN rejected/VERB on/ADP Sunday/PROPN a/DET European/ADJ appeal/NOUN ./PUNCT",
                        "Sunday",
                        "appeal"))
                .isEqualTo(List.of("Sunday<-obl-rejected", "appeal<-obj-rejected"));
        assertThat(arcsOf(
                        "Kenya/PROPN complained/VERB to/ADP the/DET Union/PROPN on/ADP Friday/PROPN over/ADP"
                                + " raids/NOUN ./PUNCT",
                        "Union",
                        "Friday",
                        "raids"))
                .isEqualTo(List.of("Union<-obl-complained", "Friday<-obl-complained", "raids<-obl-complained"));
    }

    @Test
    void givesADestinationAfterAnOfPhraseOrADateToTheNounBeforeThem() {
        assertThat(arcsOf(
                        "Kazakhstan/PROPN allowed/VERB the/DET shipment/NOUN of/ADP wheat/NOUN and/CCONJ rice/NOUN"
                                + " to/ADP Tajikistan/PROPN ./PUNCT",
                        "rice",
                        "Tajikistan"))
                .isEqualTo(List.of("rice<-conj-wheat", "Tajikistan<-nmod-shipment"));
        assertThat(arcsOf(
                        "Australia/PROPN resumed/VERB sales/NOUN in/ADP January/PROPN to/ADP Fiji/PROPN ./PUNCT",
                        "January",
                        "Fiji"))
                .isEqualTo(List.of("January<-obl-resumed", "Fiji<-nmod-sales"));
    }

    @Test
    void coordinatesThreeNamesInARowWithoutAFinalAnd() {
        assertThat(arcsOf(
                        "Australia/PROPN armed/VERB Fiji/PROPN ,/PUNCT Tonga/PROPN ,/PUNCT Samoa/PROPN ,/PUNCT"
                                + " and/CCONJ later/ADV ,/PUNCT Vanuatu/PROPN ./PUNCT",
                        "Fiji",
                        "Tonga",
                        "Samoa"))
                .isEqualTo(List.of("Fiji<-obj-armed", "Tonga<-conj-Fiji", "Samoa<-conj-Fiji"));
    }

    @Test
    void keepsTheSubjectBeforeAnApposition() {
        assertThat(arcsOf(
                        "Qatar/PROPN ,/PUNCT a/DET partner/NOUN of/ADP Egypt/PROPN ,/PUNCT has/AUX refused/VERB"
                                + " ./PUNCT",
                        "Qatar",
                        "partner",
                        "Egypt"))
                .isEqualTo(List.of("Qatar<-nsubj-refused", "partner<-appos-Qatar", "Egypt<-nmod-partner"));
    }

    @Test
    void linksABareInfinitiveAfterHelp() {
        assertThat(arcsOf(
                        "Sweden/PROPN sent/VERB arms/NOUN to/PART help/VERB defend/VERB Finland/PROPN ./PUNCT",
                        "help",
                        "defend",
                        "Finland"))
                .isEqualTo(List.of("help<-xcomp-sent", "defend<-xcomp-help", "Finland<-obj-defend"));
    }

    @Test
    void correctsTagsThatWordOrderContradicts() {
        // an adjective after "offered to" is a verb; "-ly" before a verb an adverb
        assertThat(arcsOf(
                        "Modi/PROPN offered/VERB to/ADP negotiate/ADJ with/ADP Pakistan/PROPN ./PUNCT",
                        "negotiate",
                        "Pakistan"))
                .isEqualTo(List.of("negotiate<-xcomp-offered", "Pakistan<-obl-negotiate"));
        assertThat(arcsOf("Greece/PROPN flatly/NOUN rejected/VERB the/DET plan/NOUN ./PUNCT", "Greece", "plan"))
                .isEqualTo(List.of("Greece<-nsubj-rejected", "plan<-obj-rejected"));
        // a bare verb after "a" and names is a noun; an adjective between "the" and a preposition too
        assertThat(arcsOf(
                        "Lebanon/PROPN rejected/VERB a/DET Security/PROPN Council/PROPN appeal/VERB for/ADP"
                                + " talks/NOUN ./PUNCT",
                        "appeal",
                        "talks"))
                .isEqualTo(List.of("appeal<-obj-rejected", "talks<-nmod-appeal"));
        assertThat(arcsOf("Israel/PROPN lifted/VERB the/DET curfew/ADJ on/ADP Gaza/PROPN ./PUNCT", "curfew", "Gaza"))
                .isEqualTo(List.of("curfew<-obj-lifted", "Gaza<-nmod-curfew"));
        // an adverb the tagger called a preposition inside a verb group; an "-s" verb closing a phrase is a noun
        assertThat(arcsOf(
                        "Vietnam/PROPN has/AUX outright/ADP rejected/VERB the/DET plan/NOUN ./PUNCT",
                        "Vietnam",
                        "rejected"))
                .isEqualTo(List.of("Vietnam<-nsubj-rejected", "rejected<-root-ROOT"));
        assertThat(arcsOf(
                        "Hungary/PROPN protected/VERB the/DET rights/NOUN of/ADP Serb/PROPN refugees/VERB ./PUNCT",
                        "Serb",
                        "refugees"))
                .isEqualTo(List.of("Serb<-compound-refugees", "refugees<-nmod-rights"));
        // a capitalised possessive opening the sentence is a name
        assertThat(arcsOf("Kosovo's/PRON minister/NOUN was/AUX indicted/VERB ./PUNCT", "Kosovo's", "minister"))
                .isEqualTo(List.of("Kosovo's<-nmod:poss-minister", "minister<-nsubj:pass-indicted"));
    }

    @Test
    void attachesAParticipleWithAnAgentToTheNounBeforeIt() {
        assertThat(arcsOf(
                        "Cuba/PROPN rejected/VERB the/DET demand/NOUN issued/VERB by/ADP Washington/PROPN ./PUNCT",
                        "demand",
                        "issued",
                        "Washington"))
                .isEqualTo(List.of("demand<-obj-rejected", "issued<-acl-demand", "Washington<-obl-issued"));
    }

    @Test
    void readsANumberAfterMoreThanAAsPartOfItsPhrase() {
        assertThat(arcsOf(
                        "Egypt/PROPN sent/VERB more/ADJ than/ADP a/DET thousand/NUM soldiers/NOUN ./PUNCT",
                        "more",
                        "soldiers"))
                .isEqualTo(List.of("more<-amod-soldiers", "soldiers<-obj-sent"));
    }

    @Test
    void readsANameOpeningTheSentenceOrAfterANameAsSuch() {
        assertThat(arcsOf("Ali/VERB Khan/PROPN held/VERB talks/NOUN ./PUNCT", "Khan", "held"))
                .isEqualTo(List.of("Khan<-nsubj-held", "held<-root-ROOT"));
        assertThat(arcsOf("Lula/PROPN met/NOUN at/ADP a/DET base/NOUN ./PUNCT", "Lula", "met", "base"))
                .isEqualTo(List.of("Lula<-nsubj-met", "met<-root-ROOT", "base<-obl-met"));
    }
}
