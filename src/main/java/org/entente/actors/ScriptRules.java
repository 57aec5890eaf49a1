package org.entente.actors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * The rules of Korean, Japanese, Chinese and Russian text ({@code models/lang/<code>/}), by the "Other
 * languages" section of the conventions: forms are matched on the characters of the text, so particles and
 * case endings stay outside the mention (북한과 → 북한; Russian case forms are listed by {@link RussianCases});
 * in Chinese and Japanese a form may begin and end anywhere except inside a run of Latin letters or of
 * katakana, in Korean also not right after a Hangul syllable when the form is a one-syllable short form;
 * Russian forms stand at word boundaries. Short forms count only inside a compound of forms written together
 * or with an interpunct (한미일, 中俄, 日米韓, российско-китайский); a capital counts only as the government,
 * not after or before the words that make it a place ({@link PlaceWords}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ScriptRules implements LanguageRules {
    /** What joins the parts of a compound. */
    private static final Set<String> JOINERS = Set.of("", "·", "・", "‧", "-", "‐", "–", "/");

    /** Characters after which 日 is 'day' (曜日, 一日, 毎日, 本日, 翌日, 9日), not the short form of Japan. */
    private static final String JAPANESE_BEFORE_DAY = "曜毎今本昨明翌同当終半連先平休祝期末〇一二三四五六七八九十百0123456789０１２３４５６７８９";

    /** Katakana state names that are also given names (the English given-name-forms.txt: Jordan, Chad, Georgia…). */
    private static final Set<String> JAPANESE_GIVEN_NAME_STATES =
            Set.of("ヨルダン", "チャド", "ジョージア", "ケニア", "イスラエル", "キューバ", "ジャマイカ", "ブラジル", "アイルランド", "パリ", "チャイナ");

    private final String language;
    private final LanguageForms forms;
    private final List<String> placeBefore;
    private final List<String> placeAfter;
    private final String possessive;
    private final KoreanWords korean;

    /**
     * @param forms the language's forms
     */
    public ScriptRules(LanguageForms forms) {
        this.language = forms.language();
        this.forms = forms;
        this.placeBefore = forms.placeWords().before();
        this.placeAfter = forms.placeWords().after();
        this.korean = language.equals("kor") ? new KoreanWords(forms) : null;
        this.possessive = switch (language) {
            case "kor" -> "의";
            case "jpn" -> "の";
            case "zho" -> "的";
            default -> "";
        };
    }

    @Override
    public String language() {
        return language;
    }

    /** The language's own forms. */
    @Override
    public Optional<LanguageForms> ownForms() {
        return Optional.of(forms);
    }

    @Override
    public boolean mayBegin(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        if (LatinRuns.latin(c)) { // Latin names inside other text: LatinRuns
            return LatinRuns.mayBegin(text, i);
        }
        if (language.equals("rus")) {
            return !Character.isLetterOrDigit(before);
        }
        return !(katakana(c) && katakana(before));
    }

    @Override
    public boolean mayEnd(CharSequence text, int j) {
        if (j == text.length()) {
            return true;
        }
        char last = text.charAt(j - 1);
        char after = text.charAt(j);
        if (LatinRuns.latin(last)) { // Latin names inside other text: LatinRuns
            return LatinRuns.mayEnd(text, j);
        }
        if (language.equals("rus")) {
            return !Character.isLetterOrDigit(after);
        }
        return !(katakana(last) && katakana(after));
    }

    @Override
    public boolean laterLongerWins() {
        return language.equals("zho") || language.equals("jpn"); // not Korean: 방북한 is 방북 + 한 'did'
    }

    private static boolean katakana(char c) {
        return c >= 0x30A1 && c <= 0x30FF && c != 0x30FB || c >= 0xFF66 && c <= 0xFF9D;
    }

    private static boolean hangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    @Override
    public boolean insideOtherName(String text, Sentence sentence, Alias alias, int begin, int end) {
        if (LatinRuns.endsOtherName(text, alias, begin, end)) {
            return true; // "Digital Awareness UK", デジタル・アウェアネスUK
        }
        if (language.equals("jpn")) {
            // 日 after a number or a word of time is 'day', not Japan: 日曜日朝 (Sunday morning), 一日中 (all day)
            return alias.kind() == AliasKind.COMBINING_FORM
                            && text.charAt(begin) == '日'
                            && begin > sentence.begin()
                            && JAPANESE_BEFORE_DAY.indexOf(text.charAt(begin - 1)) >= 0
                    || givenNameBeforeSurname(text, sentence, begin, end);
        }
        if (language.equals("zho")) {
            return alias.kind() == AliasKind.COMBINING_FORM && !onWordBoundaries(text, sentence, begin, end)
                    || ChineseRules.insideOtherName(text, sentence, alias, begin, end, c -> short1((char) c));
        }
        return language.equals("kor") && korean.insideOtherName(text, sentence, alias, begin, end);
    }

    /**
     * Japanese writes a foreign person's names in katakana joined by ・: a state's name that is also a given name
     * (as the English {@code given-name-forms.txt}), joined to a katakana word that is no state's form, is the
     * person's first name (ヨルダン・スピース "Jordan Spieth", ジョージア・オキーフ), while ヨルダン・イスラエル stays
     * two states.
     */
    private boolean givenNameBeforeSurname(String text, Sentence sentence, int begin, int end) {
        if (!JAPANESE_GIVEN_NAME_STATES.contains(text.substring(begin, end))
                || end + 1 >= sentence.end()
                || "・･".indexOf(text.charAt(end)) < 0
                || !katakana(text.charAt(end + 1))) {
            return false;
        }
        for (Alias a : forms.aliases()) {
            if (text.startsWith(a.form(), end + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chinese: a run of one-character short forms must begin where the dictionary word breaks of ICU put a
     * boundary; otherwise its first character ends another word (非法越境, 雷蒙德, 威德法案). Its end may run into
     * the head (中美元首, 朝俄军事).
     */
    private boolean onWordBoundaries(String text, Sentence sentence, int begin, int end) {
        int i = begin;
        while (i > sentence.begin() && (short1(text.charAt(i - 1)) || "·・".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        for (Token t : sentence.tokens()) {
            if (t.begin() == i) {
                return true;
            }
        }
        return false;
    }

    private boolean short1(char c) {
        return "short".equals(forms.nameClasses().get(String.valueOf(c)));
    }

    @Override
    public boolean shortFormsOnlyWithShortForms() {
        return !language.equals("rus");
    }

    @Override
    public boolean capitalIsPlace(String text, Sentence sentence, int begin) {
        String before =
                text.substring(Math.max(sentence.begin(), begin - 10), begin).toLowerCase(Locale.ROOT);
        for (String w : placeBefore) {
            if (before.endsWith(w)
                    && (before.length() == w.length()
                            || !Character.isLetter(before.charAt(before.length() - w.length() - 1))
                            || !Character.isLetter(w.charAt(0))
                            || !language.equals("rus"))) {
                return true;
            }
        }
        int end = begin;
        while (end < sentence.end() && !Character.isWhitespace(text.charAt(end)) && !isPunct(text.charAt(end))) {
            end++;
        }
        String word = text.substring(begin, end);
        for (Alias a : forms.aliases()) {
            if (a.kind() == AliasKind.CAPITAL && word.startsWith(a.form())) {
                String after = text.substring(
                        begin + a.form().length(),
                        Math.min(sentence.end(), begin + a.form().length() + 8));
                // Korean spaces a capital from the word after it or not (런던 경찰청, 파리 서남부)
                String spaced = language.equals("kor") ? after.stripLeading() : after;
                if (korean != null
                        && korean.capitalIsPlace(text, sentence, begin, a.form().length())) {
                    return true; // 워싱턴에 가서, 런던 스탬퍼드 브리지에서 (KoreanWords)
                }
                for (String w : placeAfter) {
                    if (after.startsWith(w) || spaced.startsWith(w)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean isPunct(char c) {
        return !Character.isLetterOrDigit(c);
    }

    @Override
    public boolean possessive(String text, int end) {
        return !possessive.isEmpty() && text.startsWith(possessive, end);
    }

    @Override
    public boolean titled(String text, Sentence sentence, int begin, int end, Collection<String> titles) {
        String before = text.substring(sentence.begin(), begin).stripTrailing().toLowerCase(Locale.ROOT);
        String after = text.substring(end, sentence.end()).stripLeading().toLowerCase(Locale.ROOT);
        for (String t : titles) {
            String title = t.toLowerCase(Locale.ROOT);
            if (before.endsWith(title) || after.startsWith(title)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean partOfOtherName(String text, Sentence sentence, LeaderInfo leader, int begin, int end) {
        // a one-character surname (김, 李, 金) is a leader only with a title; otherwise it is a character of a word
        return end - begin == 1 && !titled(text, sentence, begin, end, leader.titles())
                || language.equals("rus") && end < text.length() && Character.isLetter(text.charAt(end))
                || korean != null && korean.surnameInsideWord(text, sentence, begin, end)
                || language.equals("rus") && end - begin > 1 && capitals(text, begin, end);
    }

    /** Russian words in capitals are abbreviations (МИД, ООН), not surnames (Мид). */
    private static boolean capitals(String text, int begin, int end) {
        return text.substring(begin, end).chars().allMatch(Character::isUpperCase);
    }

    @Override
    public boolean joined(String text, int end, int nextBegin) {
        return nextBegin >= end && nextBegin - end <= 1 && JOINERS.contains(text.substring(end, nextBegin));
    }

    @Override
    public String headAfter(Sentence sentence, int end) {
        for (Token t : sentence.tokens()) {
            if (t.begin() >= end && t.text().codePoints().anyMatch(Character::isLetter)) {
                return t.text().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    @Override
    public String listHead(String text, Sentence sentence, int begin) {
        return "";
    }

    @Override
    public boolean listSeparator(String between) {
        return false;
    }

    @Override
    public String entityKey(String entityText) {
        return entityText.strip().toLowerCase(Locale.ROOT);
    }
}
