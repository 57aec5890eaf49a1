package org.entente.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineComparisonTest {
    @Test
    void scoresItemsAsMultisets() {
        EngineComparison.Score score = EngineComparison.compare(
                List.of("China=CHN", "China=CHN", "Russia=RUS"), List.of("China=CHN", "Japan=JPN"));

        assertThat(score).isEqualTo(new EngineComparison.Score(1, 1, 2));
        assertThat(score.f1()).isEqualTo(2 * 0.5 * (1 / 3.0) / (0.5 + 1 / 3.0));
    }

    @Test
    void measuresAgreementOfDyadCounts() {
        Map<List<String>, Long> a = Map.of(List.of("CHN", "RUS"), 4L, List.of("PRK", "RUS"), 2L);
        Map<List<String>, Long> b = Map.of(List.of("CHN", "RUS"), 4L, List.of("JPN", "KOR"), 1L);

        EngineComparison.Agreement g = EngineComparison.agreement(a, b);

        assertThat(g)
                .usingRecursiveComparison()
                .ignoringFields("pearson")
                .isEqualTo(new EngineComparison.Agreement(2, 2, 1, 6, 5, 1, 4 / 7.0, 0));
        assertThat(g.pearson()).isBetween(0.7, 0.8);
    }
}
