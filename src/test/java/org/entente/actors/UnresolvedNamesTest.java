package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.entente.model.UnresolvedName;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rows of unresolved.csv: normalised names, non-names left out, suggestions from the dictionary. */
class UnresolvedNamesTest {
    private static UnresolvedNames names;

    @BeforeAll
    static void loadDictionary() {
        ActorDictionary dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
        names = new UnresolvedNames(dictionary, dictionary.wordLists("eng"));
    }

    private static String name(String text, String label) {
        return names.of(text, label).map(UnresolvedName::name).orElse("(dropped)");
    }

    @ParameterizedTest(name = "{0} is left out")
    @ValueSource(strings = {"He", "His", "he", "They", "Q", "MR.", "Applause", "The President", "—", "'s", "x"})
    void leavesOutPronounsAndNonNames(String text) {
        assertThat(names.of(text, "PERSON")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MS. PSAKI|Psaki",
                "MR. KIRBY:|Kirby",
                "PRESIDENT TRUMP:|Trump",
                "Biden’s|Biden",
                "Mr. Kirby's|Kirby",
                "the Pope Francis|Francis",
                "His Majesty King Mohammed VI|Mohammed VI",
                "JEAN-PIERRE|Jean-Pierre",
                "Sheikh Tamim bin Hamad Al Thani|Tamim bin Hamad Al Thani",
                "Harris'|Harris"
            })
    void normalisesTitlesCapitalsPossessivesAndSpeakerColons(String text, String expected) {
        assertThat(name(text, "PERSON")).isEqualTo(expected);
    }

    @Test
    void keepsTheCapitalsOfAnOrganisationsAcronym() {
        assertThat(name("KCNA", "ORGANIZATION")).isEqualTo("KCNA");
    }

    @ParameterizedTest(name = "{0} suggests {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Recep Tayyip Erdogan|PERSON|ERDOGAN_RECEP_TAYYIP",
                "ErdoÄŸan|PERSON|ERDOGAN_RECEP_TAYYIP",
                "Andres Manuel LOPEZ OBRADOR|PERSON|LOPEZ_OBRADOR_ANDRES_MANUEL",
                "President Biden's|PERSON|BIDEN_JOE",
                "Senator Biden|PERSON|BIDEN_JOE",
                "Psaki|PERSON|",
                "Pope Francis|PERSON|FRANCIS_POPE",
                "Dennis Francis|PERSON|",
                "Trump Accounts|ORGANIZATION|",
                "Karine Jean-Pierre|PERSON|"
            })
    void suggestsTheDictionaryActorsWhoseFormSurnameOrTitleMatches(String text, String label, String expected) {
        Optional<UnresolvedName> row = names.of(text, label);

        assertThat(row).isPresent();
        assertThat(String.join(";", row.get().suggestion())).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void narrowsASharedSurnameToTheLeadersWhoCarryTheTitleWritten() {
        ActorDictionary dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
        List<String> premiers = names.of("Premier Kim", "PERSON").orElseThrow().suggestion();
        List<String> dearLeaders =
                names.of("Dear Leader Kim", "PERSON").orElseThrow().suggestion();

        assertThat(premiers)
                .isNotEmpty()
                .allSatisfy(id ->
                        assertThat(dictionary.leader(id).orElseThrow().titles()).contains("Premier"));
        assertThat(dearLeaders).containsExactly("KIM_JONG_IL");
    }

    @Test
    void listsAtMostAFewSuggestionsForACommonSurname() {
        assertThat(names.of("Kim", "PERSON").orElseThrow().suggestion())
                .hasSize(UnresolvedNames.MAX_SUGGESTIONS)
                .isSorted();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"ErdoÄŸan|erdogan", "Erdoğan|erdogan", "López Obrador|lopez obrador", "D.P.R.K.|d p r k"})
    void comparesFormsWithoutDiacriticsCaseOrMisdecodedLetters(String form, String key) {
        assertThat(UnresolvedNames.key(form)).isEqualTo(key);
    }

    @Test
    void keysAPlainFormAsItsLowerCaseAndOtherFormsWithSeparatorsAndRunsOfSpacesAsOneSpace() {
        assertThat(List.of("Bill Clinton", "Kim  Jong-un", " Moon\tJae\u2010in ", "U.S.", "Xi Jinping "))
                .map(UnresolvedNames::key)
                .containsExactly("bill clinton", "kim jong un", "moon jae in", "u s", "xi jinping");
    }
}
