package org.entente.actors;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Chinese: where a state's form is part of another word or of a transliterated name, beyond what {@link
 * ScriptRules} checks (the ICU word break before a run of short forms). Chinese writes foreign names with a
 * closed set of transliteration characters and no spaces, so short forms turn up inside names: 雷蒙德 (Raymond:
 * 蒙德 = MNG + DEU), 阿提哈德 (Etihad: 哈德 = KAZ + DEU), 欧菲莉亚 (Ophelia), 墨菲·保罗 (Murphy Paul), 埃德南·拉帕罗斯
 * (Ednan-Laperouse). ICU's dictionary does not know such names and cuts them into one-character words, which
 * the rules below use:
 *
 * <ul>
 *   <li>a run of short forms next to a one-character word that is a transliteration character (雷, 提, 莉 …)
 *       is part of a transliterated name;
 *   <li>a run of short forms within three characters of a middle dot that joins it to other characters (墨菲·保罗,
 *       埃德南·拉帕罗斯) is part of a name; a compound written with dots (中·俄·美) is all short forms and still counts;
 *   <li>any form that begins inside one ICU word and ends inside another (沿海|地区 holds 海地 Haiti; 发展中|国家)
 *       straddles two words and is no mention;
 *   <li>日 after a numeral or a word of time (5日, 今日, 周日) is 'day', not Japan;
 *   <li>the last short form of a run that begins a common word (学生中日益 "increasingly among students": 日益)
 *       is part of that word;
 *   <li>a capital followed by a form of address (波恩先生 "Mr Bone", 巴黎女士) is a person's name.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class ChineseRules {
    /**
     * Characters of the Xinhua transliteration tables that are rarely a one-character word of their own in
     * running text; next to a run of short forms, as a one-character ICU word, they mark a foreign name.
     */
    private static final String TRANSLITERATION =
            "阿艾埃爱奥巴拜班邦鲍贝彼毕宾波伯博布查达戴丹迪蒂丁杜厄恩菲费芬弗福盖冈戈格贡古圭哈亥汉豪赫亨胡霍基吉加贾杰捷金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾里利莉丽林琳卢鲁伦罗洛马玛迈麦曼梅蒙米密缪莫默姆穆纳娜奈南尼妮涅努诺欧帕派潘佩彭皮珀普齐奇恰乔切琼丘萨塞桑瑟森沙莎舍什施斯松苏索塔泰坦汤唐特提廷图托瓦旺威韦维魏沃乌西希谢辛休雅亚娅扬耶伊尤约泽扎詹兹佐丝茨黛薇逊琪";

    /** Forms of address after a name: with them a capital's form is a person's name (波恩先生). */
    private static final List<String> ADDRESS = List.of("先生", "女士", "太太", "夫人", "小姐");

    /** The dots that join the parts of a foreign name or of a compound. */
    private static final String DOTS = "·・‧•";

    /** Characters after which 日 is 'day' (5日, 今日, 次日, 周日, 节日), not the short form of Japan. */
    private static final String BEFORE_DAY = "今昨明每同当當本次翌周週节節假生工平末终終整逐前两兩半〇一二三四五六七八九十0123456789０１２３４５６７８９";

    private ChineseRules() {}

    /**
     * Whether a state's form at {@code [begin, end)} is part of another word or name.
     *
     * @param shortForm whether a character is a one-character short form of a state (中, 美, 德 …)
     */
    static boolean insideOtherName(
            String text, Sentence sentence, Alias alias, int begin, int end, IntPredicate shortForm) {
        if (alias.kind() == AliasKind.CAPITAL && followedByAddress(text, sentence, end)) {
            return true;
        }
        if (alias.kind() != AliasKind.COMBINING_FORM && straddlesTwoWords(sentence, begin, end)) {
            return true;
        }
        if (alias.kind() != AliasKind.COMBINING_FORM
                && ASSOCIATION
                        .matcher(text.substring(end, Math.min(sentence.end(), end + 12)))
                        .lookingAt()) {
            return true; // 加拿大注册会计师协会, 中国足球协会: an association's name, no organ of the state
        }
        if (alias.kind() != AliasKind.COMBINING_FORM) {
            Matcher company = COMPANY.matcher(text.substring(end, Math.min(sentence.end(), end + 16)));
            if (company.lookingAt() && !GENERIC.matcher(company.group(1)).lookingAt()) {
                return true; // 美国全国人寿保险公司, 中国石油天然气集团: a company's name (the conventions: Bank of China)
            }
        }
        if (alias.kind() == AliasKind.COMBINING_FORM
                && text.charAt(begin) == '日'
                && begin > sentence.begin()
                && BEFORE_DAY.indexOf(text.charAt(begin - 1)) >= 0) {
            return true; // 11月5日中美: the fifth day, then 中美
        }
        return alias.kind() == AliasKind.COMBINING_FORM
                && insideTransliteratedName(text, sentence, begin, end, shortForm);
    }

    /**
     * The name of an association, society, foundation or club that begins with a state's name: up to eight Han
     * characters (no 的, 和, 与, 及 between) and the word for it. The conventions count a state's organs, not the
     * bodies named after it.
     */
    private static final Pattern ASSOCIATION =
            Pattern.compile("[\\p{IsHan}&&[^的和与與及、]]{1,8}?(协会|協會|学会|學會|基金会|基金會|俱乐部|俱樂部|联合会|聯合會)");

    /** A company's name after a state's name: four to twelve Han characters and the word for company or group. */
    private static final Pattern COMPANY = Pattern.compile("([\\p{IsHan}&&[^的和与與及、]]{4,12}?)(公司|集团|集團)");

    /** Words that make "state + … + 公司" a description of companies (美国大型科技公司 "big US tech firms"), not a name. */
    private static final Pattern GENERIC = Pattern.compile("大型|主要|其他|其它|一些|多家|许多|許多|各大|知名|小型|中小|本土|国有|國有|私营|私營");

    private static boolean followedByAddress(String text, Sentence sentence, int end) {
        for (String a : ADDRESS) {
            if (text.startsWith(a, end) && end + a.length() <= sentence.end()) {
                return true;
            }
        }
        return false;
    }

    /** The form begins inside one ICU word and ends inside another (or the same) one. */
    private static boolean straddlesTwoWords(Sentence sentence, int begin, int end) {
        boolean beginInside = false;
        boolean endInside = false;
        for (Token t : sentence.tokens()) {
            if (t.begin() < begin && begin < t.end()) {
                beginInside = true;
            }
            if (t.begin() < end && end < t.end()) {
                endInside = true;
            }
        }
        return beginInside && endInside;
    }

    private static boolean insideTransliteratedName(
            String text, Sentence sentence, int begin, int end, IntPredicate shortForm) {
        int i = begin;
        while (i > sentence.begin() && (shortForm.test(text.charAt(i - 1)) || dot(text.charAt(i - 1)))) {
            i--;
        }
        int j = end;
        while (j < sentence.end() && (shortForm.test(text.charAt(j)) || dot(text.charAt(j)))) {
            j++;
        }
        while (j > i && dot(text.charAt(j - 1))) {
            j--;
        }
        while (i < j && dot(text.charAt(i))) {
            i++;
        }
        return dotNameAfter(text, sentence, j)
                || dotNameBefore(text, sentence, i)
                || transliterationWordAt(text, sentence, i, j)
                || j - i >= 2 && lastPartBeginsAWord(text, sentence, j);
    }

    /**
     * The last short form of the run begins an ICU word whose other characters do not begin a word that reaches
     * further (学生|中|日益 "increasingly": 日 belongs to 日益), unlike 中|美元|首, where 元首 ("head of state") runs on.
     */
    private static boolean lastPartBeginsAWord(String text, Sentence sentence, int j) {
        for (Token t : sentence.tokens()) {
            if (t.begin() == j - 1 && t.end() - t.begin() >= 2) {
                BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
                words.setText(text.substring(j, sentence.end()));
                int next = words.following(0);
                return next != BreakIterator.DONE && j + next <= t.end();
            }
        }
        return false;
    }

    /** Up to three Chinese characters after the run, then a dot and a Chinese character: 墨菲·保罗, 埃德南·拉帕罗斯. */
    private static boolean dotNameAfter(String text, Sentence sentence, int j) {
        for (int k = j; k < Math.min(sentence.end() - 1, j + 4); k++) {
            char c = text.charAt(k);
            if (dot(c)) {
                return han(text.charAt(k + 1));
            }
            if (!han(c)) {
                return false;
            }
        }
        return false;
    }

    /** A Chinese character and a dot, then up to three Chinese characters before the run: 玛丽·德拉. */
    private static boolean dotNameBefore(String text, Sentence sentence, int i) {
        for (int k = i - 1; k > Math.max(sentence.begin(), i - 5); k--) {
            char c = text.charAt(k);
            if (dot(c)) {
                return han(text.charAt(k - 1));
            }
            if (!han(c)) {
                return false;
            }
        }
        return false;
    }

    /** The ICU word right before or right after the run is one transliteration character: 雷|蒙|德, 欧|菲|莉. */
    private static boolean transliterationWordAt(String text, Sentence sentence, int i, int j) {
        for (Token t : sentence.tokens()) {
            if (t.end() - t.begin() == 1
                    && (t.end() == i || t.begin() == j)
                    && TRANSLITERATION.indexOf(text.charAt(t.begin())) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean dot(char c) {
        return DOTS.indexOf(c) >= 0;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
