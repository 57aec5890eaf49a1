package org.entente.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Latin-script names inside Korean, Japanese, Chinese and Russian text ({@code actors.LatinRuns}). */
class LatinRunsTest {
    private static ResolvedDocument analyse(String code, String paragraph) throws Exception {
        return LanguageText.analyse(code, paragraph);
    }

    /** Each mention as text=id, after checking that its offsets give its text. */
    private static List<String> mentions(String code, String paragraph) throws Exception {
        ResolvedDocument resolved = analyse(code, paragraph);
        String text = resolved.document().text();
        List<String> out = new ArrayList<>();
        for (Mention m : resolved.mentions()) {
            assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
            out.add(m.text() + "=" + m.actor().id());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kor|PNG 등록 항공사가 운항을 재개했다.|PNG=PNG",
                "kor|USA와 DPRK는 회담했다.|USA=USA;DPRK=PRK",
                "jpn|DPRKとUSAが協議した。|DPRK=PRK;USA=USA",
                "jpn|PNG船籍の貨物船が入港した。|PNG=PNG",
                "zho|USA和DPRK举行了会谈。|USA=USA;DPRK=PRK",
                "zho|PNG注册的航空公司恢复运营。|PNG=PNG",
                "rus|Делегации USA и DPRK провели встречу.|USA=USA;DPRK=PRK",
                "rus|Авиакомпания, зарегистрированная в PNG, возобновила рейсы.|PNG=PNG",
            })
    void aLatinAbbreviationOrNameInsideOtherTextIsAMention(String code, String sentence, String expected)
            throws Exception {
        assertThat(mentions(code, sentence)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kor|Russia와 China는 Japan과 달랐다.",
                "jpn|RussiaとChinaはJapanと違った。",
                "zho|Russia和China不同于Japan。",
                "rus|Russia и China не похожи на Japan.",
            })
    void aLatinCountryNameCountsInEveryLanguage(String code, String sentence) throws Exception {
        assertThat(mentions(code, sentence)).containsExactly("Russia=RUS", "China=CHN", "Japan=JPN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kor|USB 단자와 BUSAN 항구, 그리고 us 모두와 Peng 씨.",
                "jpn|USBの端子とBUSAN港、そしてusとPengさん。",
                "zho|USB接口和BUSAN港，以及us和Peng先生。",
                "rus|Порт USB и BUSAN, а также us и господин Peng.",
                "rus|Исследование провели Digital Awareness UK и учителя.",
                "jpn|研究はデジタル・アウェアネスUKが行った。",
                "kor|연구는 Amnesty International USA가 발표했다.",
            })
    void aFormInsideALongerLatinWordOrInLowerCaseIsNoMention(String code, String sentence) throws Exception {
        assertThat(mentions(code, sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kor|NATO와 EU, UN이 모였다.",
                "jpn|NATOとEU、UNが集まった。",
                "zho|NATO和EU、UN聚会。",
                "rus|NATO, EU и UN собрались.",
            })
    void anOrganisationWrittenInLatinIsCountedOnce(String code, String sentence) throws Exception {
        assertThat(mentions(code, sentence)).containsExactly("NATO=NATO", "EU=EU", "UN=UN");
    }

    @Test
    void theLongestLatinFormWinsAndTheDictionaryExclusionsApply() throws Exception {
        assertThat(mentions("kor", "U.S.A. 대표와 Democratic People's Republic of Korea 대표가 만났다."))
                .containsExactly("U.S.A.=USA", "Democratic People's Republic of Korea=PRK");
        assertThat(mentions("jpn", "South China Seaで演習が行われた。")).isEmpty();
    }

    @Test
    void theLanguagesOwnFormsAreUnchanged() throws Exception {
        assertThat(mentions("jpn", "北朝鮮とロシアは日米韓に反発した。"))
                .containsExactly("北朝鮮=PRK", "ロシア=RUS", "日=JPN", "米=USA", "韓=KOR");
        assertThat(mentions("rus", "США и КНДР провели встречу.")).containsExactly("США=USA", "КНДР=PRK");
    }
}
