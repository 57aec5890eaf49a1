package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from lines in reading order and joins their lines, undoing line-end hyphenation.
 *
 * <p>Paragraph rule. Within one column flow a line starts a new paragraph when its baseline is further below
 * the previous line than 1.3 times the document's typical line spacing (measured as a multiple of the font
 * size), when it steps right of the previous line by more than half an em while being indented from the
 * column's left edge (a first-line indent), when it starts with a list marker, or when the font size or
 * boldness changes. At a column or page break the gap says nothing, so there a line starts a new paragraph
 * when it is indented, changes style or starts a list item, or, in documents that do not mark paragraphs
 * by indentation, when the previous line ends a sentence and the next does not start in lower case.
 *
 * <p>Headings: a paragraph whose font is at least 1 pt larger than the body font (the most common size by
 * character count), or that is wholly bold in a non-bold body and shorter than 150 characters.
 *
 * <p>Hyphenation rule for a line ending in "-" after a letter. The hyphen is kept (and the lines joined
 * without a space) when the next line starts with anything but a lower-case letter ("North Korea-" +
 * "Russia"), when the same pair of hyphenated parts occurs within a single line elsewhere in the document,
 * or when the part before the hyphen is a common compound-forming word ({@link #COMPOUND_LEFT}), the part
 * after it is not a suffix-like fragment ("-ment", "-ing", ...) and the closed form never occurs in the
 * document. Otherwise the hyphen is dropped ("cooper-" + "ation" → "cooperation"). Short prefixes that are
 * as often plain syllables at a line break ("pro-gram", "pre-vious", "so-cial", "post-pone",
 * "ten-dency", "war-rant", "mid-dle") are deliberately not in the list: their real compounds are kept only through the second rule. A soft hyphen (U+00AD) at line end
 * always joins. A line ending in an en or em dash joins without a space.
 *
 * <p>Not thread-safe: one instance per document.
 */
final class PdfParagraphs {
    /** Left parts of hyphenated compounds whose hyphen is kept at a line break. */
    static final Set<String> COMPOUND_LEFT = Set.of(
            "nuclear",
            "long",
            "short",
            "high",
            "low",
            "well",
            "self",
            "non",
            "anti",
            "multi",
            "cross",
            "state",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "full",
            "half",
            "middle",
            "large",
            "small",
            "world",
            "near",
            "year",
            "one",
            "two",
            "three",
            "four",
            "five",
            "peace",
            "ballistic",
            "missile",
            "decision",
            "policy");

    private static final Set<String> SUFFIXES = Set.of(
            "ment", "ments", "ful", "fully", "ing", "ings", "ed", "er", "ers", "est", "ly", "ness", "sion", "sions",
            "tion", "tions", "ity", "ities", "ic", "ical", "al", "ally", "ous", "ive", "ives", "ism", "isms", "ist",
            "ists", "ure", "ures", "ship", "ships", "less", "able", "ible", "ance", "ence", "ant", "ent", "ize", "ise",
            "ized", "ised", "ation", "ations", "ary", "ory", "ward", "wards", "dom", "hood", "some", "like", "ern",
            "en", "ens", "ered", "ering", "ened", "ening");
    private static final Pattern LIST_MARKER =
            Pattern.compile("([•◦▪▫■□●○‣⁃∙·➢►▶✓–-]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]{1,4}\\))\\s.*");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final List<PdfReadingOrder.Placed> lines;
    private final Set<String> hyphenPairs = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final double bodySize;
    private final boolean bodyBold;
    private final double spacing;
    private final boolean indentStyle;

    /** A rebuilt paragraph. */
    record Block(String text, boolean heading) {}

    PdfParagraphs(List<PdfReadingOrder.Placed> lines) {
        this.lines = lines;
        Map<Double, Integer> sizes = new HashMap<>();
        int boldChars = 0;
        int chars = 0;
        for (PdfReadingOrder.Placed p : lines) {
            String text = p.line().text();
            sizes.merge(p.line().size(), text.length(), Integer::sum);
            chars += text.length();
            if (p.line().bold()) {
                boldChars += text.length();
            }
            Matcher m = HYPHENATED.matcher(text);
            while (m.find()) {
                String[] parts = m.group().toLowerCase(Locale.ROOT).split("-");
                for (int i = 0; i + 1 < parts.length; i++) {
                    hyphenPairs.add(parts[i] + "-" + parts[i + 1]);
                }
            }
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        bodySize = sizes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(10.0);
        bodyBold = boldChars * 2 > chars;
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1).line();
            PdfLine b = lines.get(i).line();
            if (lines.get(i - 1).flow() == lines.get(i).flow()
                    && Math.abs(a.size() - bodySize) < 0.6
                    && Math.abs(b.size() - bodySize) < 0.6) {
                double delta = (b.baseline() - a.baseline()) / bodySize;
                if (delta > 0.5 && delta < 3) {
                    ratios.add(delta);
                }
            }
        }
        double[] sorted =
                ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // the lower quartile: paragraph gaps are rarer than line gaps
        spacing = sorted.length == 0 ? 1.2 : sorted[sorted.length / 4];
        indentStyle = countIndents() >= 3;
    }

    private int countIndents() {
        int indents = 0;
        int gaps = 0;
        for (int i = 1; i < lines.size(); i++) {
            PdfReadingOrder.Placed a = lines.get(i - 1);
            PdfReadingOrder.Placed b = lines.get(i);
            if (a.flow() != b.flow() || !sameStyle(a.line(), b.line())) {
                continue;
            }
            if (stepsIn(a, b)) {
                indents++;
            } else if (bigGap(a.line(), b.line())) {
                gaps++;
            }
        }
        return indents >= gaps ? indents : 0;
    }

    /** Builds the paragraphs. */
    List<Block> build() {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean allBold = true;
        double maxSize = 0;
        PdfReadingOrder.Placed prev = null;
        for (PdfReadingOrder.Placed cur : lines) {
            if (prev != null && startsParagraph(prev, cur)) {
                blocks.add(block(text.toString(), allBold, maxSize));
                text.setLength(0);
                allBold = true;
                maxSize = 0;
            }
            if (text.length() > 0) {
                join(text, cur.line().text());
            } else {
                text.append(cur.line().text().strip());
            }
            allBold &= cur.line().bold();
            maxSize = Math.max(maxSize, cur.line().size());
            prev = cur;
        }
        if (text.length() > 0) {
            blocks.add(block(text.toString(), allBold, maxSize));
        }
        return blocks;
    }

    private Block block(String text, boolean allBold, double size) {
        boolean heading = size >= bodySize + 1.0 || (allBold && !bodyBold && text.length() < 150);
        return new Block(text, heading);
    }

    boolean startsParagraph(PdfReadingOrder.Placed prev, PdfReadingOrder.Placed cur) {
        PdfLine a = prev.line();
        PdfLine b = cur.line();
        if (!sameStyle(a, b) || LIST_MARKER.matcher(b.text()).matches()) {
            return true;
        }
        if (prev.flow() == cur.flow()) {
            return bigGap(a, b) || b.baseline() < a.baseline() - 0.3 * b.size() || stepsIn(prev, cur);
        }
        if (indented(cur)) {
            return true;
        }
        if (indentStyle) {
            return false;
        }
        String t = a.text().strip();
        boolean sentenceEnd = t.matches(".*[.!?:;][\"'”’)\\]]*");
        boolean lower = !b.text().isEmpty() && Character.isLowerCase(b.text().codePointAt(0));
        return sentenceEnd && !lower;
    }

    private boolean sameStyle(PdfLine a, PdfLine b) {
        return Math.abs(a.size() - b.size()) < 0.8 && a.bold() == b.bold();
    }

    private boolean bigGap(PdfLine a, PdfLine b) {
        double delta = b.baseline() - a.baseline();
        return delta > 1.3 * spacing * Math.max(a.size(), b.size());
    }

    private static boolean indented(PdfReadingOrder.Placed p) {
        return !Double.isNaN(p.flowLeft())
                && p.line().x0() > p.flowLeft() + 0.5 * p.line().size();
    }

    private static boolean stepsIn(PdfReadingOrder.Placed a, PdfReadingOrder.Placed b) {
        return indented(b)
                && b.line().x0() > a.line().x0() + 0.5 * b.line().size()
                && !LIST_MARKER.matcher(a.line().text()).matches();
    }

    /** Appends a line to a paragraph, undoing line-end hyphenation. */
    void join(StringBuilder text, String next) {
        String line = next.strip();
        if (line.isEmpty()) {
            return;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        char last = end == 0 ? ' ' : text.charAt(end - 1);
        if (last == '\u00AD') {
            text.setLength(end - 1);
            text.append(line);
            return;
        }
        if (last == '–' || last == '—') {
            text.append(line);
            return;
        }
        boolean hyphen = last == '-' || last == '\u2010' || last == '\u2011';
        if (hyphen
                && end >= 2
                && !Character.isLetter(text.charAt(end - 2))
                && !Character.isWhitespace(text.charAt(end - 2))) {
            // "ROK-U.S.-" + "Japan": a compound after an abbreviation or number, never a broken word
            text.append(line);
            return;
        }
        if (hyphen && end >= 2 && Character.isLetter(text.charAt(end - 2))) {
            if (keepHyphen(text, line)) {
                text.append(line);
            } else {
                text.setLength(end - 1);
                text.append(line);
            }
            return;
        }
        text.append(' ').append(line);
    }

    private boolean keepHyphen(StringBuilder text, String line) {
        int cp = line.codePointAt(0);
        if (!Character.isLowerCase(cp)) {
            return true;
        }
        int i = text.length() - 1;
        int start = i;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String left = text.substring(start, i).toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(line);
        String right = m.lookingAt() ? m.group().toLowerCase(Locale.ROOT) : "";
        if (hyphenPairs.contains(left + "-" + right)) {
            return true;
        }
        return COMPOUND_LEFT.contains(left)
                && !SUFFIXES.contains(right)
                && right.length() >= 3
                && !words.contains(left + right);
    }
}
