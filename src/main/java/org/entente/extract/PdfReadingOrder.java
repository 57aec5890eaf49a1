package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the lines of a page in reading order. On a two-column page, lines that cross the gutter (a title or
 * heading spanning both columns) split the page into horizontal bands; each band is read left column top to
 * bottom, then right column, and the spanning lines stay where they are between the bands. A one-column
 * page is read top to bottom.
 *
 * <p>Each line is returned with the left edge of its column flow (the most common line start of that
 * column on the page), which the paragraph builder uses to detect indented first lines.
 *
 * <p>Stateless and thread-safe.
 */
final class PdfReadingOrder {
    private PdfReadingOrder() {}

    /**
     * A line in reading order.
     *
     * @param line     the line
     * @param flow     id of the text flow (page and column); a change of flow is a column or page break
     * @param flowLeft left edge of the flow's body lines
     */
    record Placed(PdfLine line, int flow, double flowLeft) {}

    static List<Placed> order(List<PdfPage> pages) {
        List<Placed> out = new ArrayList<>();
        int flowBase = 0;
        for (PdfPage page : pages) {
            List<PdfLine> lines = page.lines();
            Map<Integer, Double> lefts = new HashMap<>();
            for (int column = -1; column <= 1; column++) {
                lefts.put(column, commonLeft(lines, column));
            }
            if (!page.twoColumns()) {
                for (PdfLine line : lines) {
                    out.add(new Placed(line, flowBase, lefts.get(line.column())));
                }
                flowBase += 3;
                continue;
            }
            List<PdfLine> left = new ArrayList<>();
            List<PdfLine> right = new ArrayList<>();
            for (PdfLine line : lines) {
                if (line.column() == -1) {
                    flush(out, left, right, flowBase, lefts);
                    out.add(new Placed(line, flowBase + 2, line.x0()));
                    flowBase += 3;
                } else if (line.column() == 0) {
                    left.add(line);
                } else {
                    right.add(line);
                }
            }
            flush(out, left, right, flowBase, lefts);
            flowBase += 3;
        }
        return out;
    }

    private static void flush(
            List<Placed> out, List<PdfLine> left, List<PdfLine> right, int flowBase, Map<Integer, Double> lefts) {
        Comparator<PdfLine> byY = Comparator.comparingDouble(PdfLine::baseline).thenComparingDouble(PdfLine::x0);
        left.sort(byY);
        right.sort(byY);
        for (PdfLine l : left) {
            out.add(new Placed(l, flowBase, lefts.get(0)));
        }
        for (PdfLine l : right) {
            out.add(new Placed(l, flowBase + 1, lefts.get(1)));
        }
        left.clear();
        right.clear();
    }

    /** The most common rounded line start of a column (ties: leftmost), or NaN if it has no lines. */
    private static double commonLeft(List<PdfLine> lines, int column) {
        Map<Long, Integer> counts = new HashMap<>();
        for (PdfLine l : lines) {
            if (l.column() == column) {
                counts.merge(Math.round(l.x0()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> (double) e.getKey())
                .orElse(Double.NaN);
    }
}
