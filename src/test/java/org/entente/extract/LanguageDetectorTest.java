package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void loadModel() {
        detector = new LanguageDetector();
    }

    @Test
    void detectsEnglishGermanAndFrench() {
        List<String> codes = List.of(
                detector.detect("The foreign ministers met in Seoul on Tuesday and agreed to strengthen cooperation "
                        + "on maritime security, export controls and the supply of energy to the region."),
                detector.detect("Die Außenminister trafen sich am Dienstag in Seoul und vereinbarten, die "
                        + "Zusammenarbeit bei der Sicherheit auf See und bei der Energieversorgung zu verstärken."),
                detector.detect(
                        "Les ministres des affaires étrangères se sont réunis mardi à Séoul et ont convenu de "
                                + "renforcer leur coopération en matière de sécurité maritime et d'approvisionnement en énergie."));
        assertThat(codes).containsExactly("eng", "deu", "fra");
    }

    @Test
    void returnsEmptyForTextWithoutLetters() {
        assertThat(detector.detect("2024 - 03 - 05 ... 42")).isEmpty();
    }
}
