package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Source;
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

    @Test
    void theModelReadsFromTheFirstLetterWhenATextOpensWithATableOfFigures() {
        String figures = "2019 2020 2021 2022 2023 | 4.1 3.9 -0.7 2.6 1.4 | ".repeat(80); // 4,000 characters
        String french = "Les ministres des affaires étrangères se sont réunis mardi à Séoul et ont convenu de "
                + "renforcer leur coopération en matière de sécurité maritime et d'approvisionnement en énergie.";
        assertThat(figures.length()).isGreaterThan(LanguageDetector.MODEL_CHARS);
        assertThat(detector.detect(figures + french)).isEqualTo("fra");
    }

    @Test
    void cjkTextIsToldApartByItsScriptEvenWhenShort() {
        assertThat(List.of(
                        detector.detect("북한과 러시아"),
                        detector.detect("北朝鮮とロシア"),
                        detector.detect("朝鲜和俄罗斯"),
                        detector.detect("北韓與俄羅斯"),
                        detector.detect("Россия и КНДР подписали договор о стратегическом партнёрстве.")))
                .containsExactly("kor", "jpn", "zho", "zho", "rus");
    }

    @Test
    void eachParagraphOfAMixedPageGetsItsOwnLanguage() throws Exception {
        Document mixed = new TextAssembler()
                .add("북한과 러시아는 포괄적 전략적 동반자 관계에 관한 조약을 체결했으며 한미일은 이를 비난했다.", false)
                .add(
                        "\"We will never accept a nuclear-armed North Korea,\" the Secretary of State told reporters in Seoul.",
                        false)
                .add("중국 외교부는 이에 대해 각국이 자제해야 한다고 밝혔다. 러시아 외무부도 같은 입장을 냈다.", false)
                .build(new Source("m", Path.of("m.txt"), "m", "txt", "", 0), Metadata.EMPTY, 0, "", "empty");

        Document detected = detector.detect(mixed, "");

        assertThat(detected.language()).isEqualTo("kor");
        assertThat(List.of(detected.languageOf(0), detected.languageOf(1), detected.languageOf(2)))
                .containsExactly("kor", "eng", "kor");
    }

    @Test
    void aSidecarLanguageIsKept() throws Exception {
        Document doc = new TextAssembler()
                .add(
                        "Die Außenminister trafen sich am Dienstag in Seoul und vereinbarten eine engere Zusammenarbeit.",
                        false)
                .build(new Source("d", Path.of("d.txt"), "d", "txt", "", 0), Metadata.EMPTY, 0, "", "empty");

        assertThat(detector.detect(doc, "deu").language()).isEqualTo("deu");
        assertThat(detector.detect(doc, "").language()).isEqualTo("deu");
    }
}
