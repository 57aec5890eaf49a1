package org.entente.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One input line of a text file with markdown syntax removed.
 *
 * @param text        the line's text, markdown links reduced to their text
 * @param markHeading whether it was a markdown heading ({@code # ...})
 * @param linkShare   share of its characters that were link text
 * @param rule        whether it was a horizontal rule (treated as a blank line)
 */
record TextLine(String text, boolean markHeading, double linkShare, boolean rule) {
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MD_BOLD = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern MD_ITALIC = Pattern.compile("\\*([^*\\s][^*]*?)\\s*\\*");
    private static final Pattern MD_HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*#*\\s*");
    private static final Pattern NUMBERED =
            Pattern.compile("(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.|[A-Z]\\.)\\s+\\p{Lu}.*");
    private static final Pattern SENTENCE_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]*\\p{Ll}");

    /** Parses one raw line. */
    static TextLine parse(String raw) {
        String s = TextAssembler.normalise(raw);
        boolean heading = false;
        Matcher h = MD_HEADING.matcher(s);
        if (h.matches()) {
            s = h.group(1);
            heading = true;
        }
        s = MD_IMAGE.matcher(s).replaceAll("");
        Matcher m = MD_LINK.matcher(s);
        StringBuilder out = new StringBuilder();
        int linkChars = 0;
        while (m.find()) {
            linkChars += m.group(1).strip().length();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(out);
        s = MD_BOLD.matcher(out.toString()).replaceAll("$2");
        s = MD_ITALIC.matcher(s).replaceAll("$1").strip();
        if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new TextLine("", false, 0, true); // "###", "* * *": a separator, not text
        }
        String bare = URL.matcher(s).replaceAll("").strip();
        if (bare.isEmpty() && !s.isEmpty()) {
            linkChars = s.length();
        }
        int letters =
                (int) s.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return new TextLine(s, heading, letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters), false);
    }

    boolean blank() {
        return text.isEmpty();
    }

    List<String> words() {
        return blank() ? List.of() : Arrays.asList(text.split(" "));
    }

    int sentenceWords() {
        int n = 0;
        for (String w : words()) {
            if (SENTENCE_WORD.matcher(stripPunctuation(w)).matches()) {
                n++;
            }
        }
        return n;
    }

    boolean endsSentence() {
        return TextLine.endsSentence(text);
    }

    boolean numbered() {
        return NUMBERED.matcher(text).matches() && words().size() <= 20 && !text.endsWith(".");
    }

    static String stripPunctuation(String word) {
        int b = 0;
        int e = word.length();
        while (b < e && !Character.isLetterOrDigit(word.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(b, e);
    }

    static boolean endsSentence(String s) {
        int e = s.length();
        while (e > 0 && "\"'”’)]»".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > 0 && ".!?…".indexOf(s.charAt(e - 1)) >= 0;
    }

    static boolean startsParagraph(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || "\"'“‘(*•–-#".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** True when most letters of the text are Latin, so short runs of another script stand out. */
    static boolean latinScript(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return letters > 0 && latin * 2 >= letters;
    }
}
