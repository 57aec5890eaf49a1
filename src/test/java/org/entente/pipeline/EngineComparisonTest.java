package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineComparisonTest {
    @Test
    void readsGoldItemsWhoseSurfacesHoldSpaces(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "sentence_id\ttext\tstates\tleaders\tcompounds\n"
                + "s1\tNorth Korea and Moscow met Kim Jong Un.\tNorth Korea=PRK Moscow=RUS\tKim Jong Un=KIM_JONG_UN\t\n"
                + "s2\tNothing here.\t\t\t\n");

        assertThat(EngineComparison.readGold(gold)).containsExactly(
                new EngineComparison.GoldRow("s1", "North Korea and Moscow met Kim Jong Un.",
                        List.of("North Korea=PRK", "Moscow=RUS"), List.of("Kim Jong Un=KIM_JONG_UN")),
                new EngineComparison.GoldRow("s2", "Nothing here.", List.of(), List.of()));
    }

    @Test
    void namesTheLineOfAMalformedGoldItem(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.tsv");
        Files.writeString(gold, "sentence_id\ttext\tstates\tleaders\tcompounds\ns1\tx\tNorth Korea\t\t\n");

        assertThatThrownBy(() -> EngineComparison.readGold(gold)).isInstanceOf(ConfigurationException.class)
                .hasMessage("--gold " + gold + " line 2: 'North Korea' is not a surface=ID item; expected "
                        + "space-separated items such as North Korea=PRK");
    }

    @Test
    void scoresItemsAsMultisets() {
        EngineComparison.Score score = EngineComparison.compare(List.of("China=CHN", "China=CHN", "Russia=RUS"),
                List.of("China=CHN", "Japan=JPN"));

        assertThat(score).isEqualTo(new EngineComparison.Score(1, 1, 2));
        assertThat(score.f1()).isEqualTo(2 * 0.5 * (1 / 3.0) / (0.5 + 1 / 3.0));
    }

    @Test
    void measuresAgreementOfDyadCounts() {
        Map<List<String>, Long> a = Map.of(List.of("CHN", "RUS"), 4L, List.of("PRK", "RUS"), 2L);
        Map<List<String>, Long> b = Map.of(List.of("CHN", "RUS"), 4L, List.of("JPN", "KOR"), 1L);

        EngineComparison.Agreement g = EngineComparison.agreement(a, b);

        assertThat(g).usingRecursiveComparison().ignoringFields("pearson")
                .isEqualTo(new EngineComparison.Agreement(2, 2, 1, 6, 5, 1, 4 / 7.0, 0));
        assertThat(g.pearson()).isBetween(0.7, 0.8);
    }
}
