package org.entente.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.ConfigurationException;
import org.junit.jupiter.api.Test;

class TranslationChoicesTest {
    private static final GoldSource FILE = new GoldSource(
            "choices.tsv",
            List.of(
                    "# doc_id\tside\tstate\treason",
                    "bbc.1\textra\tGBR\ttranslation writes 영국 for \"BST\"",
                    "",
                    "cnn.2\tmissing\tUSA\ttranslation leaves out \"U.S.\""));

    @Test
    void givesTheReasonOfAReviewedDifferenceAndNoneForAnother() {
        TranslationChoices choices = TranslationChoices.parse(FILE);

        assertThat(choices.reason("bbc.1", "extra", "GBR")).isEqualTo("translation writes 영국 for \"BST\"");
        assertThat(choices.reason("bbc.1", "missing", "GBR")).isNull();
        assertThat(choices.reason("cnn.2", "missing", "USA")).isEqualTo("translation leaves out \"U.S.\"");
    }

    @Test
    void reportsAnEntryThatNoDifferenceMatchesAsStale() {
        TranslationChoices choices = TranslationChoices.parse(FILE);

        assertThat(choices.stale(Set.of("bbc.1 extra GBR", "bbc.1 missing FRA")))
                .containsExactly("cnn.2 missing USA");
    }

    @Test
    void namesTheFileAndLineOfAMalformedRow() {
        GoldSource bad = new GoldSource("choices.tsv", List.of("# header", "bbc.1\tadded\tGBR\twhy"));

        assertThatThrownBy(() -> TranslationChoices.parse(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(
                        "choices.tsv:2: 'bbc.1\tadded\tGBR\twhy': expected doc_id<TAB>missing|extra<TAB>state id<TAB>reason");
    }

    @Test
    void shipsNoChoicesForAColumnWithoutAFile() {
        assertThat(TranslationChoices.of("xyz").entries()).isEmpty();
    }
}
