package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianCasesTest {
    @Test
    void nounsInIyaTakeEveryCase() {
        assertThat(RussianCases.forms("Россия", false))
                .contains("Россия", "России", "Россию", "Россией")
                .doesNotContain("Россиям");
    }

    @Test
    void adjectiveAndNounDeclineTogether() {
        assertThat(RussianCases.forms("Северная Корея", false))
                .contains("Северная Корея", "Северной Кореи", "Северной Корее", "Северную Корею", "Северной Кореей");
    }

    @Test
    void aNameInAppositionStaysInTheNominative() {
        assertThat(RussianCases.forms("Республика Корея", false)).contains("Республики Корея", "Республикой Корея");
    }

    @Test
    void hyphenatedAdjectivesDeclineTheirLastPart() {
        assertThat(RussianCases.forms("Корейская Народно-Демократическая Республика", false))
                .contains("Корейской Народно-Демократической Республики");
    }

    @Test
    void capitalsAndSurnamesTakeTheMasculineEndings() {
        assertThat(RussianCases.forms("Пхеньян", false)).contains("Пхеньяна", "Пхеньяну", "Пхеньяном", "Пхеньяне");
        assertThat(RussianCases.forms("Путин", false)).contains("Путина", "Путиным");
    }

    @Test
    void pluralNamesAndNeuterNounsDecline() {
        assertThat(RussianCases.forms("Соединённые Штаты", false))
                .contains("Соединённых Штатов", "Соединённым Штатам", "Соединёнными Штатами");
        assertThat(RussianCases.forms("Японское море", false)).contains("Японского моря", "Японском море");
    }

    @Test
    void abbreviationsAndIndeclinableNamesStayAsWritten() {
        assertThat(RussianCases.forms("КНДР", true)).containsExactly("КНДР");
        assertThat(RussianCases.forms("США", false)).containsExactly("США");
        assertThat(RussianCases.forms("Конго", false)).containsExactly("Конго");
    }

    @Test
    void aLoneAdjectiveTakesEveryGenderAndNumber() {
        assertThat(RussianCases.forms("российский", false))
                .contains("российского", "российская", "российской", "российское", "российские", "российских");
    }

    @Test
    void personNounsTakeEveryCaseInBothNumbersAndTheRegularFeminine() {
        assertThat(RussianCases.forms("американец", false))
                .contains(
                        "американца",
                        "американцем",
                        "американцы",
                        "американцев",
                        "американцами",
                        "американка",
                        "американки")
                .doesNotContain("американеца");
        assertThat(RussianCases.forms("китаец", false))
                .contains("китайца", "китайцы", "китайцев")
                .doesNotContain("китайка");
        assertThat(RussianCases.forms("россиянин", false)).contains("россиянина", "россияне", "россиян", "россиянка");
        assertThat(RussianCases.forms("француз", false)).contains("француза", "французы", "французов");
    }
}
