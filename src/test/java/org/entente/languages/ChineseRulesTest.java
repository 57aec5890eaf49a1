package org.entente.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Mention;
import org.junit.jupiter.api.Test;

/** Chinese forms inside transliterated names and other words, language names and nationality words. */
class ChineseRulesTest {
    private static List<String> mentions(String sentence) throws Exception {
        List<String> out = new ArrayList<>();
        for (Mention m : LanguageText.analyse("zho", sentence).mentions()) {
            out.add(m.text() + "@" + m.begin() + "=" + m.actor().id());
        }
        return out;
    }

    @Test
    void shortFormsNextToATransliterationCharacterArePartOfAForeignName() throws Exception {
        assertThat(mentions("工程师雷蒙德说，中俄合作进展顺利。")).containsExactly("中@8=CHN", "俄@9=RUS");
        assertThat(mentions("他们在阿提哈德球场观看了比赛。")).isEmpty();
    }

    @Test
    void shortFormsJoinedByAMiddleDotToOtherCharactersArePartOfAForeignName() throws Exception {
        assertThat(mentions("发言人墨菲·保罗拒绝置评。")).isEmpty();
        assertThat(mentions("埃德南·拉帕罗斯先生表示感谢。")).isEmpty();
        assertThat(mentions("中·俄·蒙三国举行会谈。")).containsExactly("中@0=CHN", "俄@2=RUS", "蒙@4=MNG");
    }

    @Test
    void aFormAcrossTwoWordsIsNoMention() throws Exception {
        assertThat(mentions("沿海地区遭受台风袭击。")).isEmpty();
        assertThat(mentions("海地总统发表讲话。")).containsExactly("海地@0=HTI");
    }

    @Test
    void aShortFormThatBeginsACommonWordOrFollowsANumeralIsNoPartOfACompound() throws Exception {
        assertThat(mentions("年轻人中日益流行骑自行车。")).isEmpty();
        assertThat(mentions("3月8日中美举行会谈。")).containsExactly("中@4=CHN", "美@5=USA");
        assertThat(mentions("中日两国外长会晤。")).containsExactly("中@0=CHN", "日@1=JPN");
    }

    @Test
    void aCapitalBeforeAFormOfAddressIsAPersonsName() throws Exception {
        assertThat(mentions("波恩先生在会上发言。")).isEmpty();
        assertThat(mentions("柏林表示反对。")).containsExactly("柏林@0=DEU");
    }

    @Test
    void languageNamesAndNationalitiesCountLikeEnglishDemonyms() throws Exception {
        assertThat(mentions("她会说德语和日語，是一名法籍工程师。")).containsExactly("德语@3=DEU", "日語@6=JPN", "法籍@12=FRA");
        assertThat(mentions("他住在德文郡，喜欢喝巴黎水。")).isEmpty();
    }
}
