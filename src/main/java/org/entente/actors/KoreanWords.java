package org.entente.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.Sentence;

/**
 * The Korean word rules of {@link ScriptRules}: when a state form found in the characters of Korean text is part
 * of another word or name, and when a capital is a place. Korean writes particles and suffixes glued to a name
 * (북한과, 중국인, 독일어) but also transliterates foreign names whose syllables contain a state's name
 * (몽고메리 Montgomery, 니우기니 Niugini, 유고브 YouGov) and has common words spelt like one (수단 'means',
 * 변화란 'change is', 십대일 'being a teenager'); these rules tell them apart from the characters around the form.
 *
 * <p>Immutable and thread-safe.
 */
final class KoreanWords {
    /**
     * Syllables that may follow a Korean name in the same word: particles and suffixes (북한군, 중국인, 미국산,
     * 독일어 'German').
     */
    static final String SUFFIXES = "은는이가을를의에과와도만로으서까부보처께군인산제형측계행발식판내외령당적간쪽며라나랑엔조시정대과의괴팀어들";

    /**
     * Syllables that may stand glued before a name of two or more syllables: prefixes (대중국, 반미국, 주한,
     * 재일본, 탈북한, 범아랍, 전미국, 남수단, 북아일랜드, 구소련, 옛소련, 신중국). Any other syllable makes the name
     * part of another word: 몽고메리 is not 몽고, 니우기니 not 기니, 변화란 not 화란, 십대일 not 대일.
     */
    static final String PREFIXES = "대방친반주재탈범전남북동서구옛신";

    /** Particles of two syllables after a capital (평양에서, 모스크바와의). */
    private static final Set<String> TWO_SYLLABLE_PARTICLES = Set.of(
            "에서", "으로", "에게", "과의", "와의", "이다", "이며", "이나", "이라", "까지", "부터", "보다", "처럼", "에는", "에도", "에의", "측은", "측이",
            "측의", "측과", "측에", "측도", "정부", "당국");

    /** Syllables that may follow a compound of short forms (한미일 3국 is spaced): particles and heads. */
    private static final String AFTER_COMPOUND = "은는이가을를의에과와도만로간관정동연협공훈회외국안군합양삼밀대수무경통축진상";

    /** Words of a modifier before a common noun: 모든 수단, 어떤 수단 (the noun is then the common word). */
    private static final Set<String> DETERMINERS = Set.of("모든", "어떤", "다른", "각종", "여러", "온갖", "갖은", "주요", "최후의", "유일한");

    /** Endings of a modifier (관형형) before a common noun: 필요한 수단, 사용할 수단, 외교적 수단, 유력한 수단. */
    private static final List<String> MODIFIER_ENDINGS =
            List.of("적", "한", "된", "던", "할", "될", "하는", "되는", "있는", "없는", "로운", "다운");

    /** Continents and regions that 북미 'North America' is listed with (북미와 중미, 북미·유럽). */
    private static final List<String> REGIONS =
            List.of("중남미", "중미", "남미", "유럽", "아시아", "아프리카", "중동", "오세아니아", "라틴아메리카", "카리브", "대양주", "북유럽", "서유럽");

    /** What joins two parts of a list: 와, 과, 및, a comma, an interpunct, a slash. */
    private static final List<String> LIST_JOINERS = List.of("와 ", "과 ", " 및 ", "·", "・", ", ", ",", "/", "와", "과");

    /** Forms that are also the English loan word 'island' (추욱 아일랜드, 롱 아일랜드, 로드 아일랜드). */
    private static final Set<String> ISLAND_FORMS = Set.of("아일랜드");

    /** Words before a spaced name that are no part of a place name (지난해 아일랜드는, 한편 아일랜드 정부는). */
    private static final Set<String> ADVERBS = Set.of(
            "지난해", "올해", "내년", "작년", "최근", "한편", "현재", "당시", "이번", "특히", "또", "또한", "및", "또는", "그리고", "이후", "이어", "다만",
            "결국", "앞서", "이미", "아직", "다시", "함께", "같은", "전", "후", "현", "신임", "주", "북", "남");

    /** Words after a capital and a space that make it the seat of the government, not a place (워싱턴 정가에서). */
    private static final Set<String> GOVERNMENT_PLACES = Set.of("정가", "관가", "정계", "외교가", "정부", "당국", "행정부", "조야");

    /** Verbs of going, coming and staying after 에 (워싱턴에 가서, 평양에 머물며, 런던에 있는) and visits (평양을 다시 방문): the city. */
    private static final List<String> MOTION_AFTER_E = List.of(
            "에 가", "에 갔", "에 간", "에 갈", "에 와", "에 왔", "에 온", "에 올", "에 머물", "에 머무", "에 체류", "에 거주", "에 살", "에 있는",
            "에 위치", "에 도착", "에 들어", "에 들렀", "에 들러", "에 들른", "을 방문", "를 방문", "을 다시 방문", "를 다시 방문", "을 직접 방문", "를 직접 방문",
            "을 공식 방문", "를 공식 방문");

    private final Map<String, String> nameClasses;
    private final Set<String> forms = new HashSet<>();

    KoreanWords(LanguageForms forms) {
        this.nameClasses = forms.nameClasses();
        for (Alias a : forms.aliases()) {
            this.forms.add(a.form());
        }
    }

    private static boolean hangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    private boolean short1(char c) {
        return "short".equals(nameClasses.get(String.valueOf(c)));
    }

    /**
     * A set word: a short form of several syllables made with a one-syllable short form (대북, 방북, 미군, 북핵,
     * 일측, 방남). Sino-Korean heads glue to it freely (대북지원, 미군기지, 방북한), so it is no transliteration; a clipped
     * name (유고, 사우디) is.
     */
    private boolean setWord(String form) {
        return form.length() > 1
                && "short".equals(nameClasses.get(form))
                && form.chars().anyMatch(c -> short1((char) c) || c == '남' || c == '북');
    }

    /**
     * A leader's surname of two or more syllables glued after a syllable that is no prefix is part of another word
     * (리드 in 마드리드 "Madrid"), while 친푸틴, 반트럼프 keep it.
     */
    boolean surnameInsideWord(String text, Sentence sentence, int begin, int end) {
        return end - begin >= 2
                && begin > sentence.begin()
                && hangul(text.charAt(begin))
                && hangul(text.charAt(begin - 1))
                && PREFIXES.indexOf(text.charAt(begin - 1)) < 0;
    }

    /** True where the form found at {@code begin..end} is part of another word or name, not a mention. */
    boolean insideOtherName(String text, Sentence sentence, Alias alias, int begin, int end) {
        if (alias.personLike() && begin > sentence.begin() && hangul(text.charAt(begin - 1))) {
            return true; // a form that is also a common word counts as a whole word only (타이 in 넥타이)
        }
        if (alias.personLike() && afterModifier(text, sentence, begin)) {
            return true; // 필요한 모든 수단 'every means necessary', 외교적 수단
        }
        if (ISLAND_FORMS.contains(alias.form()) && island(text, sentence, begin)) {
            return true; // 추욱 아일랜드 공항 (Chuuk Island airport)
        }
        if (alias.kind() == AliasKind.COMBINING_FORM && end - begin == 1) {
            return insideCompound(text, sentence, begin, end);
        }
        if (end - begin >= 2
                && hangul(text.charAt(begin))
                && begin > sentence.begin()
                && hangul(text.charAt(begin - 1))
                && PREFIXES.indexOf(text.charAt(begin - 1)) < 0
                && !short1(text.charAt(begin - 1))) {
            return true; // glued after a syllable that is no prefix: 몽고메리's 고메, 니우기니, 변화란, 십대일
        }
        if (alias.kind() == AliasKind.COMBINING_FORM) {
            return false;
        }
        // a name glued to a syllable that is no particle or suffix is part of another word:
        // 런던데리 (Londonderry), 파리쉬 (parish), 타이업 (tie-up), 몽고메리, 유고브
        if (end >= sentence.end() || !hangul(text.charAt(end)) || !hangul(text.charAt(end - 1))) {
            return false;
        }
        if (setWord(alias.form())) {
            return false;
        }
        if (SUFFIXES.indexOf(text.charAt(end)) < 0) {
            return true;
        }
        // a capital or common-word form followed by a particle and more syllables is a longer name: 다카이치
        return (alias.kind() == AliasKind.CAPITAL || alias.personLike())
                && end + 1 < sentence.end()
                && hangul(text.charAt(end + 1))
                && !TWO_SYLLABLE_PARTICLES.contains(text.substring(end, end + 2));
    }

    /**
     * A run of one-syllable short forms glued to a syllable before it is part of another word (방북한), and so is
     * one followed by a syllable that is no particle or head of a compound (불러일으킨다); 북미 listed with another
     * continent is North America (북미와 중미).
     */
    private boolean insideCompound(String text, Sentence sentence, int begin, int end) {
        int i = begin;
        while (i > sentence.begin() && (short1(text.charAt(i - 1)) || "·・".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        int j = end;
        while (j < sentence.end() && (short1(text.charAt(j)) || "·・".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        if (i > sentence.begin() && Character.isLetter(text.charAt(i - 1))
                || j < sentence.end() && hangul(text.charAt(j)) && AFTER_COMPOUND.indexOf(text.charAt(j)) < 0) {
            return true;
        }
        if (text.substring(i, j).equals("북미") && listedWithRegion(text, sentence, i, j)) {
            return true;
        }
        return transliterated(text, sentence, j);
    }

    private static boolean listedWithRegion(String text, Sentence sentence, int begin, int end) {
        String after = text.substring(end, Math.min(sentence.end(), end + 12));
        String before = text.substring(Math.max(sentence.begin(), begin - 12), begin);
        for (String joiner : LIST_JOINERS) {
            for (String region : REGIONS) {
                if (after.startsWith(joiner + region) || before.endsWith(region + joiner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word that ends at {@code end} is followed by its foreign spelling in brackets, a word of Latin letters
     * that is no upper-case abbreviation: 이 영호(Ri Yong Ho), 유고브(YouGov). Korean glosses transliterated names
     * so; a state's name is glossed only by its abbreviation (미국(US), 북한(DPRK)).
     */
    private static boolean transliterated(String text, Sentence sentence, int end) {
        if (end + 2 >= sentence.end() || text.charAt(end) != '(') {
            return false;
        }
        int close = text.indexOf(')', end);
        if (close < 0 || close > sentence.end()) {
            return false;
        }
        String inside = text.substring(end + 1, close).strip();
        if (inside.isEmpty() || !(inside.charAt(0) < 0x250 && Character.isLetter(inside.charAt(0)))) {
            return false;
        }
        return inside.chars().anyMatch(Character::isLowerCase);
    }

    /** The word before is a modifier: 필요한 수단, 모든 수단, 외교적 수단 (and not itself a form: 이란 수단). */
    private boolean afterModifier(String text, Sentence sentence, int begin) {
        String word = wordBefore(text, sentence, begin);
        if (word.isEmpty() || forms.contains(word)) {
            return false;
        }
        if (DETERMINERS.contains(word)) {
            return true;
        }
        for (String ending : MODIFIER_ENDINGS) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The Hangul word right before {@code begin} and one space, or "" when there is none. */
    private static String wordBefore(String text, Sentence sentence, int begin) {
        if (begin - 2 < sentence.begin() || text.charAt(begin - 1) != ' ' || !hangul(text.charAt(begin - 2))) {
            return "";
        }
        int i = begin - 1;
        while (i > sentence.begin() && hangul(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, begin - 1);
    }

    /**
     * 아일랜드 after a spaced word that is neither a particle-ended word, a form, nor an adverb of time or
     * sequence is the loan word 'island' in a place name: 추욱 아일랜드, 롱 아일랜드.
     */
    private boolean island(String text, Sentence sentence, int begin) {
        String word = wordBefore(text, sentence, begin);
        if (word.isEmpty() || forms.contains(word) || ADVERBS.contains(word)) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        return SUFFIXES.indexOf(last) < 0 && "고며서면데지요다".indexOf(last) < 0;
    }

    /**
     * A capital is the city where a verb of going, coming or staying follows its 에 (워싱턴에 가서, 평양에
     * 머물며, 런던에 있는), or where the next spaced word is a place in it followed by 에서 (런던 스탬퍼드
     * 브리지에서), unless that word is the political world (워싱턴 정가에서).
     */
    boolean capitalIsPlace(String text, Sentence sentence, int begin, int length) {
        int end = begin + length;
        String after = text.substring(end, Math.min(sentence.end(), end + 24));
        for (String m : MOTION_AFTER_E) {
            if (after.startsWith(m)) {
                return true;
            }
        }
        if (after.isEmpty() || after.charAt(0) != ' ') {
            return false;
        }
        String[] words = after.strip().split(" ", -1);
        for (int w = 0; w < Math.min(2, words.length); w++) {
            String word = words[w];
            if (word.isEmpty() || !hangul(word.charAt(0)) || forms.contains(word)) {
                return false;
            }
            if (word.endsWith("에서") && word.length() > 2) {
                return !GOVERNMENT_PLACES.contains(word.substring(0, word.length() - 2));
            }
        }
        return false;
    }
}
