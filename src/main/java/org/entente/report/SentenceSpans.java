package org.entente.report;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the sentence around a run of mentions in a document's text when the run has no evidence.csv: the span
 * from the first to the last mention, extended to the sentence punctuation (. ! ? followed by a space) or a
 * line break on either side. A period that ends an abbreviation ("U.S.", "Mr.") or the number that opens a
 * line ("2. Context") does not end a sentence.
 * The search never crosses the given bounds (the neighbouring sentences' mentions) and goes at most
 * {@link #REACH} characters either way; a span cut there is marked with an ellipsis by the page.
 *
 * <p>Stateless; safe to use from any thread.
 */
final class SentenceSpans {
    /** How far the search goes on either side of the mentions. */
    static final int REACH = 400;

    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "amb", "prof", "no", "jr", "sr",
            "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "pres", "adm", "gov't", "dept", "approx", "fig", "vol", "pp", "p", "cf",
            "al");

    private SentenceSpans() {}

    /**
     * @param text  the document's text
     * @param begin the first mention's begin
     * @param end   the last mention's end
     * @param lower the search goes no further back than this offset
     * @param upper the search goes no further on than this offset
     * @return {begin, end} of the sentence, within [lower, upper]
     */
    static int[] around(String text, int begin, int end, int lower, int upper) {
        int low = Math.max(Math.max(0, lower), begin - REACH);
        int high = Math.min(Math.min(text.length(), upper), end + REACH);
        int start = low;
        for (int i = begin - 1; i >= low; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                start = i + 1;
                break;
            }
            if (Character.isWhitespace(c) && i > low && endsSentence(text, i - 1)) {
                start = i + 1;
                break;
            }
        }
        int stop = high;
        for (int i = end; i < high; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                stop = i;
                break;
            }
            if ((i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) && endsSentence(text, i)) {
                stop = i + 1;
                break;
            }
        }
        while (start < begin && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (stop > end && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        return new int[] {start, stop};
    }

    /** Whether the character at {@code i} (followed by white space) closes a sentence. */
    private static boolean endsSentence(String text, int i) {
        int j = i;
        while (j >= 0 && "\"'”’)]".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char c = text.charAt(j);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int w = j;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, j).replaceAll("^[\"'“‘(\\[]+", "");
        if (word.isEmpty()) {
            return true;
        }
        if (INITIALISM.matcher(word).matches() && word.contains(".")) {
            return false;
        }
        if (word.chars().allMatch(Character::isDigit) && (w == 0 || text.charAt(w - 1) == '\n')) {
            return false; // the number of a numbered heading or list item: "2. Context and Assessment"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
