package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {
    private static final String KOREAN =
            "북한과 러시아는 포괄적 전략적 동반자 관계에 관한 조약을 체결했다. " + "한미일 3국 안보실장은 서울에서 회동하고 공동성명을 발표했다. 중국 외교부는 이에 대해 우려를 표명했다.";
    private static final String JAPANESE =
            "北朝鮮とロシアは包括的戦略パートナーシップ条約に署名した。" + "日米韓の安全保障担当高官は東京で会談し、共同声明を発表した。中国外務省は懸念を表明した。";
    private static final String CHINESE_SIMPLIFIED = "朝鲜和俄罗斯签署了全面战略伙伴关系条约。" + "美日韩三国安全事务高官在首尔举行会谈并发表联合声明。中国外交部对此表示关切。";
    private static final String CHINESE_TRADITIONAL = "北韓與俄羅斯簽署了全面戰略夥伴關係條約。" + "美日韓三國安全事務高官在首爾舉行會談並發表聯合聲明。中國外交部對此表示關切。";
    private static final String RUSSIAN = "Россия и КНДР подписали договор о всеобъемлющем стратегическом партнёрстве. "
            + "Министр иностранных дел России прибыл в Пхеньян с официальным визитом. Китай выразил обеспокоенность.";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EUC-KR, KOREAN",
        "Shift_JIS, JAPANESE",
        "GB18030, CHINESE_SIMPLIFIED",
        "GBK, CHINESE_SIMPLIFIED",
        "Big5, CHINESE_TRADITIONAL",
        "windows-1251, RUSSIAN",
        "KOI8-R, RUSSIAN"
    })
    void legacyEncodingsAreDetectedAndDecoded(String encoding, String sample) {
        String text = switch (sample) {
            case "KOREAN" -> KOREAN;
            case "JAPANESE" -> JAPANESE;
            case "CHINESE_SIMPLIFIED" -> CHINESE_SIMPLIFIED;
            case "CHINESE_TRADITIONAL" -> CHINESE_TRADITIONAL;
            default -> RUSSIAN;
        };
        byte[] bytes = text.getBytes(Charset.forName(encoding));

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

        String expected = encoding.equals("GBK") ? "GB18030" : encoding; // GB18030 is a superset of GBK
        assertThat(decoded).isEqualTo(new TextDecoder.Decoded(text, expected));
    }

    @Test
    void westernEuropeanTextStaysWindows1252() {
        String text =
                "Les ministres des affaires étrangères se sont réunis à Séoul; the café's façade was “renovated”.";

        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));

        assertThat(decoded).isEqualTo(new TextDecoder.Decoded(text, "windows-1252"));
    }

    @Test
    void utf8IsKeptAsUtf8() {
        assertThat(TextDecoder.decode(KOREAN.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextDecoder.Decoded(KOREAN, "UTF-8"));
    }
}
