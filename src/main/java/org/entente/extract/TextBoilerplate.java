package org.entente.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a text file's lines of scraped-page boilerplate (share bars, form labels, attachment names, hashtag
 * lines, truncated related-article titles, navigation menus, navigation in another script) from its content,
 * by their shape, not by a list of phrases.
 *
 * <p>Stateless and thread-safe.
 */
final class TextBoilerplate {
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).*\\S\\.(pdf|docx?|hwpx?|xlsx?|pptx?|zip|rtf|odt|epub|csv)(\\s*[(\\[][^)\\]]*[)\\]])?");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|•·›»>/]\\s");
    /** Names of social networks and sharing actions, as they appear on share bars. */
    private static final Set<String> SHARE_WORDS = Set.of(
            "facebook",
            "twitter",
            "x",
            "kakaotalk",
            "kakao",
            "kakaostory",
            "line",
            "linkedin",
            "whatsapp",
            "telegram",
            "email",
            "e-mail",
            "mail",
            "print",
            "share",
            "reddit",
            "pinterest",
            "instagram",
            "youtube",
            "weibo",
            "wechat",
            "naver",
            "band",
            "blog",
            "tumblr",
            "flipboard",
            "threads",
            "bluesky",
            "mastodon",
            "copy",
            "link",
            "url",
            "rss",
            "sms");

    /** Line classes while deciding what is boilerplate. */
    enum Kind {
        BLANK,
        CONTENT,
        AMBIGUOUS,
        BOILERPLATE
    }

    private TextBoilerplate() {}

    /**
     * The class of every line: blank (or consumed by the header), content, or boilerplate.
     *
     * @param lines         the file's lines
     * @param header        its header
     * @param latinDocument whether most of its letters are Latin
     * @return one class per line
     */
    static Kind[] classify(TextLine[] lines, TextHeader header, boolean latinDocument) {
        Kind[] kinds = new Kind[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].blank() || header.consumed().contains(i)) {
                kinds[i] = Kind.BLANK;
            } else {
                kinds[i] = i == header.titleLine() ? Kind.CONTENT : kindOf(lines[i], latinDocument);
            }
        }
        // A short first line standing alone (followed by a blank line) is the title, not furniture.
        int first = 0;
        while (first < lines.length && kinds[first] == Kind.BLANK) {
            first++;
        }
        if (first < lines.length
                && kinds[first] == Kind.AMBIGUOUS
                && (first + 1 == lines.length || kinds[first + 1] == Kind.BLANK)) {
            kinds[first] = Kind.CONTENT;
        }
        // A run of ambiguous lines between boilerplate lines (or boilerplate and the document's edge) is
        // boilerplate too: "Send Email" between a share bar and a form.
        for (int i = 0; i < lines.length; i++) {
            if (kinds[i] != Kind.AMBIGUOUS) {
                continue;
            }
            int end = i;
            while (end < lines.length && (kinds[end] == Kind.AMBIGUOUS || kinds[end] == Kind.BLANK)) {
                end++;
            }
            Kind before = neighbour(kinds, i, -1);
            Kind after = end < lines.length ? kinds[end] : null;
            boolean boiler = (before == null || before == Kind.BOILERPLATE)
                    && (after == null || after == Kind.BOILERPLATE)
                    && (before == Kind.BOILERPLATE || after == Kind.BOILERPLATE);
            for (int j = i; j < end; j++) {
                if (kinds[j] == Kind.AMBIGUOUS) {
                    kinds[j] = boiler ? Kind.BOILERPLATE : Kind.CONTENT;
                }
            }
            i = end - 1;
        }
        return kinds;
    }

    private static Kind neighbour(Kind[] kinds, int from, int step) {
        for (int j = from + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.BLANK) {
                return kinds[j];
            }
        }
        return null;
    }

    private static Kind kindOf(TextLine line, boolean latinDocument) {
        String s = line.text();
        List<String> words = line.words();
        if (line.linkShare() >= 0.7 && !Character.isLowerCase(s.codePointAt(0)) || menuLike(s)) {
            return Kind.BOILERPLATE;
        }
        if (line.markHeading() || line.numbered()) {
            return Kind.CONTENT;
        }
        int sentenceWords = line.sentenceWords();
        boolean shortLine = words.size() <= 12;
        boolean fewSentenceWords = sentenceWords <= 4 || sentenceWords * 2 < words.size();
        if (shortLine && fewSentenceWords && boilerplateShape(s, words, latinDocument)) {
            return Kind.BOILERPLATE;
        }
        if (words.size() <= 6 && sentenceWords <= 2 && !line.endsSentence()) {
            return Kind.AMBIGUOUS;
        }
        return Kind.CONTENT;
    }

    /** Shapes of page furniture: form labels, share bars, hashtags, file names, cut-off titles, foreign nav. */
    private static boolean boilerplateShape(String s, List<String> words, boolean latinDocument) {
        if (s.startsWith("* ")) {
            return true; // a required-field marker
        }
        long share = words.stream()
                .filter(w -> SHARE_WORDS.contains(TextLine.stripPunctuation(w).toLowerCase(Locale.ROOT)))
                .count();
        if (words.size() >= 2 && share * 3 >= words.size() * 2) {
            return true;
        }
        long hashtags = words.stream()
                .filter(w -> w.length() > 1 && w.charAt(0) == '#' && Character.isLetter(w.codePointAt(1)))
                .count();
        if (hashtags >= 2 && hashtags * 5 >= words.size() * 2) {
            return true;
        }
        if (FILE_NAME.matcher(s).matches()) {
            return true;
        }
        if ((s.endsWith("...") || s.endsWith("…")) && !s.endsWith(" ...") && !s.endsWith(" …")) {
            long capitalised = words.stream()
                    .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                    .count();
            if (capitalised * 5 >= words.size() * 2 && words.size() >= 3) {
                return true; // a headline cut to fit a box
            }
        }
        if (latinDocument && words.size() <= 5 && !TextLine.endsSentence(s)) {
            long letters = s.codePoints().filter(Character::isLetter).count();
            long latin = s.codePoints()
                    .filter(c ->
                            Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                    .count();
            return letters > 0 && latin * 2 < letters;
        }
        return false;
    }

    /** "Home | News | World" or "Home > News > World": three or more short items between separators. */
    private static boolean menuLike(String s) {
        Matcher m = MENU_SEPARATOR.matcher(s);
        int separators = 0;
        while (m.find()) {
            separators++;
        }
        if (separators < 3) {
            return false;
        }
        String[] items = s.split("\\s[|•·›»>/]\\s");
        int words = 0;
        for (String item : items) {
            words += item.isBlank() ? 0 : item.strip().split(" ").length;
        }
        return words <= items.length * 3 && !TextLine.endsSentence(s);
    }
}
