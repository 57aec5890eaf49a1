package org.entente.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the glyphs of each page through PDFBox's {@link PDFTextStripper} machinery (which already drops
 * duplicated fake-bold glyphs and merges diacritics) and turns them into {@link PdfLine}s: glyphs are
 * grouped by baseline, a column gutter is looked for, and each baseline group is split into lines at the
 * gutter and at very wide gaps.
 *
 * <p>Gutter rule: over the lines of the page body (outside the top and bottom margin bands), count for each
 * x (1 pt bins, between 20% and 80% of the page width) how many lines have ink there. The widest run of
 * bins with ink in at most 15% of the lines (title and headings that span the page may cross it) is the
 * gutter, if it is at least 4 pt wide and at least 3 lines lie wholly on each side of it.
 *
 * <p>Not thread-safe: one instance per document, used by one thread.
 */
final class PdfPageReader extends PDFTextStripper {
    /** Fraction of the page height treated as top or bottom margin band. */
    static final double MARGIN_BAND = 0.08;

    private final List<PdfPage> pages = new ArrayList<>();

    PdfPageReader(int maxPages) {
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
        setStartPage(1);
        setEndPage(maxPages);
    }

    /**
     * Reads the pages of the document up to the page limit.
     *
     * @param document an open document
     * @return one entry per page read, in page order
     */
    List<PdfPage> read(PDDocument document) throws IOException {
        pages.clear();
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void writePage() {
        PDPage page = getCurrentPage();
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        double width = rotation == 90 || rotation == 270 ? box.getHeight() : box.getWidth();
        double height = rotation == 90 || rotation == 270 ? box.getWidth() : box.getHeight();
        List<Glyph> glyphs = new ArrayList<>();
        Map<Float, Integer> dirs = new HashMap<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                dirs.merge(t.getDir(), u.length(), Integer::sum);
            }
        }
        float mainDir = dirs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(0f);
        int textChars = 0;
        Map<PDFont, Boolean> boldCache = new HashMap<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty() || t.getDir() != mainDir) {
                    continue;
                }
                double size = t.getFontSizeInPt();
                if (!(size > 0.5) || size > 400) {
                    size = Math.max(1, t.getHeightDir());
                }
                boolean bold = boldCache.computeIfAbsent(t.getFont(), PdfPageReader::isBold);
                glyphs.add(new Glyph(t.getXDirAdj(), t.getXDirAdj() + Math.max(0, t.getWidthDirAdj()),
                        t.getYDirAdj(), size, bold, u, t.getWidthOfSpace()));
                for (int i = 0; i < u.length(); i++) {
                    if (Character.isLetterOrDigit(u.charAt(i))) {
                        textChars++;
                    }
                }
            }
        }
        pages.add(layout(getCurrentPageNo() - 1, width, height, glyphs, textChars));
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")
                || name.contains("semibold") || name.contains("demi")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /** One glyph (or ligature) with its box. */
    record Glyph(double x0, double x1, double baseline, double size, boolean bold, String text,
                 double spaceWidth) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** Turns the glyphs of one page into lines, detecting a two-column gutter. */
    static PdfPage layout(int index, double width, double height, List<Glyph> glyphs, int textChars) {
        List<List<Glyph>> rows = baselineGroups(glyphs);
        double[] gutter = findGutter(rows, width, height);
        List<PdfLine> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x0));
            List<Glyph> current = new ArrayList<>();
            double lastEnd = Double.NaN;
            for (Glyph g : row) {
                if (!current.isEmpty() && !g.blank()) {
                    double gap = g.x0() - lastEnd;
                    double em = Math.max(g.size(), current.get(0).size());
                    double mid = gutter == null ? 0 : (gutter[0] + gutter[1]) / 2;
                    boolean acrossGutter = gutter != null && lastEnd < mid && g.x0() > mid
                            && gap >= Math.min(em, 0.5 * (gutter[1] - gutter[0]));
                    if (acrossGutter || gap > 3 * em) {
                        addLine(lines, index, current, gutter);
                        current = new ArrayList<>();
                    }
                }
                if (current.isEmpty() && g.blank()) {
                    continue;
                }
                current.add(g);
                if (!g.blank()) {
                    lastEnd = g.x1();
                }
            }
            addLine(lines, index, current, gutter);
        }
        lines.sort(Comparator.comparingDouble(PdfLine::baseline).thenComparingDouble(PdfLine::x0));
        return new PdfPage(index, width, height, lines, gutter == null ? Double.NaN : gutter[0],
                gutter == null ? Double.NaN : gutter[1], textChars);
    }

    /**
     * Groups glyphs by baseline: within 0.3 em of the group's main baseline for glyphs of about the same size,
     * within 0.5 em for glyphs of another size (superscripts, footnote markers).
     */
    private static List<List<Glyph>> baselineGroups(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        double refBaseline = 0;
        double refSize = 0;
        for (Glyph g : sorted) {
            // same-size glyphs must share the baseline closely; smaller or larger ones (superscripts, a drop
            // of size within a line) may sit up to half an em off it
            double tolerance = Math.abs(g.size() - refSize) < 1.5 ? 0.3 * Math.max(refSize, g.size())
                    : 0.5 * Math.max(refSize, g.size());
            if (row != null && Math.abs(g.baseline() - refBaseline) <= tolerance) {
                row.add(g);
                if (g.size() > refSize + 0.1 && !g.blank()) {
                    refBaseline = g.baseline();
                    refSize = g.size();
                }
                continue;
            }
            row = new ArrayList<>();
            row.add(g);
            rows.add(row);
            refBaseline = g.baseline();
            refSize = g.size();
        }
        return rows;
    }

    private static double[] findGutter(List<List<Glyph>> rows, double width, double height) {
        int bins = (int) Math.ceil(width) + 1;
        List<double[]> extents = new ArrayList<>();
        int[] ink = new int[bins];
        int bodyRows = 0;
        for (List<Glyph> row : rows) {
            double y = row.get(0).baseline();
            if (y < height * MARGIN_BAND || y > height * (1 - MARGIN_BAND)) {
                continue;
            }
            boolean[] covered = new boolean[bins];
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (Glyph g : row) {
                if (g.blank()) {
                    continue;
                }
                int from = Math.max(0, (int) Math.floor(g.x0()));
                int to = Math.min(bins - 1, (int) Math.ceil(g.x1()));
                for (int x = from; x < to; x++) {
                    covered[x] = true;
                }
                min = Math.min(min, g.x0());
                max = Math.max(max, g.x1());
            }
            if (min > max) {
                continue;
            }
            bodyRows++;
            extents.add(new double[] {min, max});
            for (int x = 0; x < bins; x++) {
                if (covered[x]) {
                    ink[x]++;
                }
            }
        }
        if (bodyRows < 6) {
            return null;
        }
        int allowed = (int) Math.floor(bodyRows * 0.15);
        int bestFrom = -1;
        int bestLen = 0;
        int from = (int) (width * 0.2);
        int to = (int) (width * 0.8);
        for (int x = from; x < to; x++) {
            if (ink[x] <= allowed) {
                int start = x;
                while (x < to && ink[x] <= allowed) {
                    x++;
                }
                if (x - start > bestLen) {
                    bestLen = x - start;
                    bestFrom = start;
                }
            }
        }
        if (bestLen < 4) {
            return null;
        }
        double left = bestFrom;
        double right = bestFrom + bestLen;
        int leftRows = 0;
        int rightRows = 0;
        for (double[] e : extents) {
            if (e[1] <= right && e[0] < left) {
                leftRows++;
            }
            if (e[0] >= left && e[1] > right) {
                rightRows++;
            }
        }
        // rows with text on both sides count for both columns
        for (List<Glyph> row : rows) {
            boolean l = false;
            boolean r = false;
            for (Glyph g : row) {
                if (!g.blank() && g.x1() <= left + 1) {
                    l = true;
                }
                if (!g.blank() && g.x0() >= right - 1) {
                    r = true;
                }
            }
            if (l && r) {
                leftRows++;
                rightRows++;
            }
        }
        if (leftRows < 3 || rightRows < 3) {
            return null;
        }
        return new double[] {left, right};
    }

    private static void addLine(List<PdfLine> lines, int page, List<Glyph> glyphs, double[] gutter) {
        while (!glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).blank()) {
            glyphs.remove(glyphs.size() - 1);
        }
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Map<Double, Integer> sizes = new HashMap<>();
        int boldChars = 0;
        int chars = 0;
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        Map<Double, Integer> baselines = new HashMap<>();
        Glyph prev = null;
        boolean pendingSpace = false;
        for (Glyph g : glyphs) {
            if (g.blank()) {
                pendingSpace = true;
                continue;
            }
            if (prev != null) {
                double gap = g.x0() - prev.x1();
                double prevWidth = (prev.x1() - prev.x0()) / prev.text().length();
                double curWidth = (g.x1() - g.x0()) / g.text().length();
                double charTolerance = 0.3 * (prevWidth + curWidth) / 2;
                double spaceTolerance = prev.spaceWidth() > 0 ? 0.5 * prev.spaceWidth() : Double.MAX_VALUE;
                double threshold = Math.max(0.08 * prev.size(), Math.min(charTolerance, spaceTolerance));
                if (pendingSpace || gap > threshold) {
                    text.append(' ');
                }
            }
            pendingSpace = false;
            text.append(g.text());
            int n = g.text().length();
            chars += n;
            if (g.bold()) {
                boldChars += n;
            }
            sizes.merge(Math.round(g.size() * 2) / 2.0, n, Integer::sum);
            baselines.merge(Math.round(g.baseline() * 2) / 2.0, n, Integer::sum);
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            prev = g;
        }
        double size = sizes.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        double baseline = baselines.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
        int column = -1;
        if (gutter != null) {
            double mid = (gutter[0] + gutter[1]) / 2;
            if (x1 <= mid) {
                column = 0;
            } else if (x0 >= mid) {
                column = 1;
            }
        }
        lines.add(new PdfLine(page, x0, x1, baseline, size, boldChars * 2 > chars, column, text.toString()));
    }
}
