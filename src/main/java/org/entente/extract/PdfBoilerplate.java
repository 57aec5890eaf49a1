package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers.
 *
 * <p>Only lines in the top or bottom margin band ({@link PdfPageReader#MARGIN_BAND} of the page height)
 * are candidates. A candidate is removed when it is a bare page number ("3", "- 3 -", "Page 3",
 * "Page 3 of 9", "3 | Title", "Title | 3", roman "iv"), or when its text with digits normalised (every run
 * of digits becomes "#", case and spacing folded) occurs in the margin bands of at least half of the pages
 * read (rounded down, and at least 2 pages) at about the same height (within 2% of the page height).
 *
 * <p>Stateless and thread-safe.
 */
final class PdfBoilerplate {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—(\\[]?\\s*(page|p\\.|pg\\.)?\\s*(\\d{1,4}|(?=[ivxlc])(xc|xl|l?x{0,3})(ix|iv|v?i{0,3}))"
                    + "(\\s*(of|/)\\s*\\d{1,4})?\\s*[-–—)\\]]?");
    private static final Pattern NUMBER_BAR = Pattern.compile("(\\d{1,4}\\s*\\|.*)|(.*\\|\\s*\\d{1,4})");

    private PdfBoilerplate() {}

    /**
     * Returns the pages with running headers, footers and page numbers removed.
     *
     * @param pages the pages read
     * @return new pages without those lines
     */
    static List<PdfPage> remove(List<PdfPage> pages) {
        Map<String, List<double[]>> seen = new HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (inBand(page, line)) {
                    seen.computeIfAbsent(key(line.text()), k -> new ArrayList<>())
                            .add(new double[] {page.index(), line.baseline() / page.height()});
                }
            }
        }
        int needed = Math.max(2, pages.size() / 2);
        List<PdfPage> result = new ArrayList<>(pages.size());
        for (PdfPage page : pages) {
            List<PdfLine> kept = new ArrayList<>();
            for (PdfLine line : page.lines()) {
                if (inBand(page, line)
                        && (isPageNumber(line.text())
                                || repeats(seen.get(key(line.text())), line.baseline() / page.height(), needed))) {
                    continue;
                }
                kept.add(line);
            }
            result.add(page.withLines(kept));
        }
        return result;
    }

    static boolean isPageNumber(String text) {
        String t = text.strip();
        return PAGE_NUMBER.matcher(t).matches() || NUMBER_BAR.matcher(t).matches();
    }

    private static boolean inBand(PdfPage page, PdfLine line) {
        return line.baseline() < page.height() * PdfPageReader.MARGIN_BAND
                || line.top() > page.height() * (1 - PdfPageReader.MARGIN_BAND);
    }

    private static boolean repeats(List<double[]> occurrences, double relativeY, int needed) {
        if (occurrences == null || occurrences.size() < needed) {
            return false;
        }
        Set<Double> pagesNear = new HashSet<>();
        for (double[] o : occurrences) {
            if (Math.abs(o[1] - relativeY) <= 0.02) {
                pagesNear.add(o[0]);
            }
        }
        return pagesNear.size() >= needed;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("\\d+", "#")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
