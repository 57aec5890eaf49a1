package org.entente.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.LanguageRules;
import org.entente.actors.ResolverOptions;
import org.entente.evaluation.Evaluation;
import org.entente.evaluation.GoldSet;
import org.entente.evaluation.GoldSource;
import org.entente.export.RunTables;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.nlp.NlpEngine;
import org.entente.pipeline.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Korean, Japanese, Chinese and Russian bundles on their gold sets and on hard input. */
class LanguageBundlesTest {
    private static DictionaryResolver resolver(Language language) {
        return LanguageText.resolver(language);
    }

    private static ResolvedDocument analyse(String code, String... paragraphs) throws Exception {
        return LanguageText.analyse(code, paragraphs);
    }

    private static List<String> mentions(ResolvedDocument resolved) {
        List<String> out = new ArrayList<>();
        for (Mention m : resolved.mentions()) {
            out.add(m.text() + "=" + m.actor().id() + "/" + m.kind().label() + "/" + m.nameClass());
        }
        return out;
    }

    @Test
    void buildsALanguagesRulesOnlyWhenASentenceOfItIsFirstResolved() throws Exception {
        ActorDictionary dictionary = LanguageText.dictionary();
        Map<String, AtomicInteger> built = new TreeMap<>();
        Map<String, Supplier<LanguageRules>> rules = new LinkedHashMap<>();
        rules.put("eng", Language.ENGLISH.checkedRules(dictionary));
        for (Language language : List.of(Language.KOREAN, Language.RUSSIAN)) {
            Supplier<LanguageRules> checked = language.checkedRules(dictionary);
            AtomicInteger count = built.computeIfAbsent(language.code(), k -> new AtomicInteger());
            rules.put(language.code(), () -> {
                count.incrementAndGet();
                return checked.get();
            });
        }
        DictionaryResolver resolver = new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS, rules);
        String before = built.toString();

        List<String> korean = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            korean.addAll(mentions(resolver.resolve(LanguageText.annotate("kor", "북한과 러시아는 조약을 맺었다."))));
        }
        String afterKorean = built.toString();
        List<String> russian =
                mentions(resolver.resolve(LanguageText.annotate("rus", "Россией и КНДР подписан договор.")));

        assertThat(List.of(before, afterKorean, built.toString()))
                .containsExactly("{kor=0, rus=0}", "{kor=1, rus=0}", "{kor=1, rus=1}");
        assertThat(korean)
                .containsExactly("북한=PRK/name/other", "러시아=RUS/name/own", "북한=PRK/name/other", "러시아=RUS/name/own");
        assertThat(russian).containsExactly("Россией=RUS/name/own", "КНДР=PRK/abbreviation/own");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kor", "jpn", "zho", "rus"})
    void eachLanguageMeetsTheIssueTargetsOnItsGoldSet(String code) {
        Language language = Language.of(code).orElseThrow();
        GoldSet gold = GoldSet.read(GoldSource.builtIn("gold-" + code + ".tsv"));

        Evaluation.Result result = Evaluation.run(gold, language.annotator(null), resolver(language));

        assertThat(result.score("STATE").f1()).as(result.table()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.score("LEADER").f1()).as(result.table()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void particlesAndCaseEndingsStayOutsideTheMentionAndTheNameClassIsRecorded() throws Exception {
        assertThat(mentions(analyse("kor", "북한과 조선민주주의인민공화국은 같은 나라다.")))
                .containsExactly("북한=PRK/name/other", "조선민주주의인민공화국=PRK/name/own");
        assertThat(mentions(analyse("rus", "Россией и КНДР подписан договор.")))
                .containsExactly("Россией=RUS/name/own", "КНДР=PRK/abbreviation/own");
    }

    @Test
    void compoundsOfShortFormsAreCompoundsAndShortFormsInsideWordsAreNot() throws Exception {
        ResolvedDocument resolved = analyse("kor", "한미일 3국은 협력을 강화했다. 그는 문제를 불러일으켰다.");

        assertThat(mentions(resolved))
                .containsExactly("한=KOR/compound_part/short", "미=USA/compound_part/short", "일=JPN/compound_part/short");
        assertThat(resolved.compounds()).hasSize(1);
        assertThat(mentions(analyse("zho", "中俄关系其中美国")))
                .containsExactly("中=CHN/compound_part/short", "俄=RUS/compound_part/short", "美国=USA/name/own");
    }

    @Test
    void russianPersonNounsCountInThePluralAndInEveryCase() throws Exception {
        assertThat(mentions(analyse("rus", "Американцы и испанцами спорили с сирийцев.")))
                .containsExactly("Американцы=USA/demonym/own", "испанцами=ESP/demonym/own", "сирийцев=SYR/demonym/own");
    }

    @Test
    void aCapitalBeforeADirectionOrItsPoliceIsAPlace() throws Exception {
        assertThat(mentions(analyse("zho", "伦敦东南部发生事故，伦敦警察厅表示。北京表示反对。"))).containsExactly("北京=CHN/capital/own");
        assertThat(mentions(analyse("jpn", "パリ南西のコースで試合があった。"))).isEmpty();
        assertThat(mentions(analyse("kor", "파리 서남부의 날씨가 좋았다. 런던 경찰청이 밝혔다."))).isEmpty();
    }

    @Test
    void sportsClubsAndOpenChampionshipsNamedAfterAStateAreNoMentionsInAnyLanguage() throws Exception {
        assertThat(mentions(analyse("kor", "그는 레알 마드리드로 이적했고 스페인 대표팀에서 뛰었다."))).containsExactly("스페인=ESP/name/own");
        assertThat(mentions(analyse("jpn", "レアル・マドリードの選手が全英オープンを観戦し、スペインに戻った。")))
                .containsExactly("スペイン=ESP/name/own");
        assertThat(mentions(analyse("zho", "皇家马德里队的球员观看了英国公开赛，维也纳快速队也在场。西班牙表示欢迎。")))
                .containsExactly("西班牙=ESP/name/own");
        assertThat(mentions(analyse(
                        "rus", "Он перешёл в «Реал Мадрид», а «Рапид» (Вена) проиграл. Москва заявила протест.")))
                .containsExactly("Москва=RUS/capital/own");
    }

    @Test
    void aChineseCompanyOrAssociationNamedAfterAStateIsNoMentionButADescriptionIs() throws Exception {
        assertThat(mentions(analyse("zho", "美国全国人寿保险公司的副总裁说，加拿大注册会计师协会也同意。"))).isEmpty();
        assertThat(mentions(analyse("zho", "美国大型科技公司表示反对，美国公司也是。")))
                .containsExactly("美国=USA/name/own", "美国=USA/name/own");
    }

    @Test
    void santiagoIsNoCapitalInChineseForItAlsoNamesSanDiego() throws Exception {
        assertThat(mentions(analyse("zho", "圣地亚哥的电视台报道了此事。智利表示欢迎。"))).containsExactly("智利=CHL/name/own");
    }

    @Test
    void aJapaneseGivenNameSpelledLikeAStateIsNoMentionBeforeASurname() throws Exception {
        assertThat(mentions(analyse("jpn", "ヨルダン・スピース選手が優勝した。ヨルダン・イスラエル両国が会談した。")))
                .containsExactly("ヨルダン=JOR/compound_part/own", "イスラエル=ISR/compound_part/own");
    }

    @Test
    void towardsTheUsIsNoSetWordWhen美BeginsAnotherWord() throws Exception {
        assertThat(mentions(analyse("zho", "这是针对美妆市场的投资，对美好生活的向往。中方对美方表示不满。")))
                .containsExactly("中方=CHN/alias/short", "美方=USA/alias/short");
    }

    @Test
    void dayWordsAndCommonWordsAreNoCompoundsOfShortForms() throws Exception {
        assertThat(mentions(analyse("jpn", "日曜日朝に一日中雨が降り、犠牲者が増加中だ。日米首脳が会談した。")))
                .containsExactly("日=JPN/compound_part/short", "米=USA/compound_part/short");
        assertThat(mentions(analyse("kor", "독일 해군은 조선소에 배를 반환했다. 미국팀이 이겼다.")))
                .containsExactly("독일=DEU/name/own", "미국=USA/name/own");
        assertThat(mentions(analyse("zho", "伦敦德里的一所房屋。"))).isEmpty();
    }

    @Test
    void aVeryLongCjkRunWithoutPunctuationIsCutWithExactOffsets() throws Exception {
        String run = "朝鲜".repeat(3_000) + "和俄罗斯";
        ResolvedDocument resolved = analyse("zho", run);

        List<Sentence> sentences = resolved.annotated().sentences();
        assertThat(sentences).hasSizeGreaterThan(2);
        assertThat(sentences).allSatisfy(s -> assertThat(s.end() - s.begin()).isLessThanOrEqualTo(2_000));
        String text = resolved.document().text();
        assertThat(resolved.mentions())
                .allSatisfy(m -> assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text()));
        assertThat(resolved.mentions().get(resolved.mentions().size() - 1).text())
                .isEqualTo("俄罗斯");
    }

    @Test
    void fullWidthPunctuationAndZeroWidthJoinersKeepOffsetsExact() throws Exception {
        ResolvedDocument resolved = analyse("jpn", "北朝鮮\u200Dとロシア　（露）は、日米韓に反発した。");
        String text = resolved.document().text();

        assertThat(resolved.mentions())
                .allSatisfy(m -> assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text()));
        assertThat(resolved.mentions()).extracting(m -> m.actor().id()).contains("PRK", "RUS", "JPN", "USA", "KOR");
    }

    @Test
    void documentsCsvWarnsForExactlyTheLanguagesWithoutABundle() {
        assertThat(RunTables.ANALYSED_LANGUAGES)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Language.values()).map(Language::code).toList());
    }

    @Test
    void everyEngineOfTheLanguagesIsIcu() {
        for (Language l : Language.values()) {
            NlpEngine engine = l.annotator(null);
            if (l != Language.ENGLISH) {
                assertThat(engine.description()).startsWith("icu4j");
            }
        }
    }
}
