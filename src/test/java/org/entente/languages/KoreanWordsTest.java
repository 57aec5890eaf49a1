package org.entente.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Mention;
import org.junit.jupiter.api.Test;

/** The Korean word rules (actors/KoreanWords): a state form inside another word or name, capitals as places. */
class KoreanWordsTest {
    /** The mentions of one Korean sentence, as {@code text=ID@begin}. */
    private static List<String> states(String sentence) throws Exception {
        List<String> out = new ArrayList<>();
        for (Mention m : LanguageText.analyse("kor", sentence).mentions()) {
            if (m.actor().type().name().equals("STATE")) {
                out.add(m.text() + "=" + m.actor().id() + "@" + m.begin());
            }
        }
        return out;
    }

    @Test
    void aNameGluedAfterASyllableThatIsNoPrefixIsPartOfAnotherWord() throws Exception {
        assertThat(states("배우 몽고메리가 무대에 올랐고 에어 니우기니 여객기가 착륙했다.")).isEmpty();
        assertThat(states("그는 변화란 쉽지 않다고 말했다.")).isEmpty();
        assertThat(states("그들이 십대일 때의 일이다.")).isEmpty();
        // a prefix or a short form before the name keeps it
        assertThat(states("정부는 대중국 수출을 줄이고 남수단에 지원했다.")).containsExactly("중국=CHN@5", "남수단=SSD@16");
        assertThat(states("주한미국대사관이 성명을 냈다.")).containsExactly("미국=USA@2");
    }

    @Test
    void anAliasFollowedBySyllablesThatAreNoParticleIsAnotherName() throws Exception {
        assertThat(states("유고브 조사에서 응답자 절반이 반대했다.")).isEmpty();
        assertThat(states("몽고와 유고는 옛 이름이다.")).containsExactly("몽고=MNG@0", "유고=YUG@4");
    }

    @Test
    void setWordsKeepTheirHeadsAndVerbEndings() throws Exception {
        assertThat(states("대북지원과 미군기지 이전, 탈북민 정착이 논의됐다.")).containsExactly("대북=PRK@0", "미군=USA@6", "탈북=PRK@15");
        assertThat(states("남은 미군들이 철수했고 그는 방남했다.")).containsExactly("미군=USA@3", "방남=KOR@16");
    }

    @Test
    void languageNamesCountForTheirStateButKoreanDoesNot() throws Exception {
        assertThat(states("학생들은 독일어와 프랑스어, 한국어를 배운다.")).containsExactly("독일=DEU@5", "프랑스=FRA@10");
    }

    @Test
    void commonWordsSpeltLikeAStateAreNoMention() throws Exception {
        assertThat(states("그는 필요한 모든 수단을 쓰겠다고 했다.")).isEmpty();
        assertThat(states("외교적 수단과 방법을 가리지 않았다.")).isEmpty();
        assertThat(states("애플에서 일한 그는 자금을 늘려야 한다고 말했다.")).isEmpty();
        assertThat(states("수단 정부는 휴전을 선언했다.")).containsExactly("수단=SDN@0");
    }

    @Test
    void islandInAPlaceNameIsNotIreland() throws Exception {
        assertThat(states("여객기가 추욱 아일랜드 공항에 내렸고 롱 아일랜드에서 출발했다.")).isEmpty();
        assertThat(states("영국과 아일랜드는 합의했다. 지난해 아일랜드는 성장했다.")).containsExactly("영국=GBR@0", "아일랜드=IRL@4", "아일랜드=IRL@20");
    }

    @Test
    void northAmericaListedWithAnotherContinentIsNoCompound() throws Exception {
        assertThat(states("북미와 중미의 관리들이 만났다.")).isEmpty();
        assertThat(states("북미 정상회담이 열렸다.")).containsExactly("북=PRK@0", "미=USA@1");
    }

    @Test
    void aForeignNameGlossedInBracketsIsNoCompound() throws Exception {
        assertThat(states("외무상 이 영호(Ri Yong Ho)가 말했다.")).isEmpty();
        // the Latin names in the brackets are mentions of their own (LatinRuns)
        assertThat(states("한미(ROK-US) 동맹은 굳건하다.")).containsExactly("한=KOR@0", "미=USA@1", "ROK=KOR@3", "US=USA@7");
    }

    @Test
    void aCapitalIsAPlaceAfterVerbsOfGoingAndBeforeAPlaceInIt() throws Exception {
        assertThat(states("여성들이 워싱턴에 가서 정부를 바로잡을 때다.")).isEmpty();
        assertThat(states("경기는 런던 스탬퍼드 브리지에서 열렸다.")).isEmpty();
        assertThat(states("장관은 리 외무상을 만난 뒤 다음 달 평양을 다시 방문해 회담을 준비하겠다고 밝혔다.")).isEmpty();
        assertThat(states("워싱턴은 제재를 발표했고 워싱턴 정가에서도 반발이 나왔다.")).containsExactly("워싱턴=USA@0", "워싱턴=USA@14");
    }

    @Test
    void theKoreanWarIsAnEventAlsoWhenSpaced() throws Exception {
        assertThat(states("한국 전쟁 종전 선언이 논의됐다.")).isEmpty();
    }
}
