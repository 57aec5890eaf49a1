package org.entente.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the glyphs of each page through PDFBox's {@link PDFTextStripper} machinery (which already drops
 * duplicated fake-bold glyphs and merges diacritics) and turns them into {@link PdfLine}s.
 *
 * <p>Lines are built from text runs, never from glyphs pooled by position. A run is a stretch of glyphs
 * consecutive in the content stream (PDFBox's unsorted {@link TextPosition}s) on one baseline, going left
 * to right without a wide gap. Runs are grouped into rows by baseline (a superscript or a smaller word may
 * sit up to half an em off), but a run never joins a row holding a run it overlaps horizontally: two runs
 * over the same stretch of x on nearly the same baseline (a figure label on body text, a table cell beside a
 * paragraph, two body lines drawn together by a larger heading between their baselines) become separate
 * rows, so their letters are never interleaved. A run repeating an overlapped one on the same baseline (text
 * printed twice, shifted) is read once; a single glyph drawn over a run (a circle round a letter) follows
 * that run. Each row's runs are read left to right, each run in stream order; a column gutter is looked for,
 * and each row is split into lines at the gutter and at very wide gaps.
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
    /** A horizontal gap wider than this many ems ends a run and splits a row into two lines. */
    private static final double WIDE_GAP = 3;

    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        float mainDir = dirs.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0f);
        int textChars = 0;
        Map<PDFont, Boolean> boldCache = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph last = null;
        // without sorting, each article's positions are in content-stream order
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
                Glyph g = new Glyph(
                        t.getXDirAdj(),
                        t.getXDirAdj() + Math.max(0, t.getWidthDirAdj()),
                        t.getYDirAdj(),
                        size,
                        bold,
                        u,
                        t.getWidthOfSpace());
                if (last != null && !continuesRun(last, g)) {
                    runs.add(new Run(run));
                    run = new ArrayList<>();
                    last = null;
                }
                run.add(g);
                if (!g.blank() || last == null) {
                    last = g;
                }
                for (int i = 0; i < u.length(); i++) {
                    if (Character.isLetterOrDigit(u.charAt(i))) {
                        textChars++;
                    }
                }
            }
            if (!run.isEmpty()) {
                runs.add(new Run(run));
                run = new ArrayList<>();
                last = null;
            }
        }
        pages.add(layout(getCurrentPageNo() - 1, width, height, runs, textChars));
    }

    /**
     * Whether a glyph continues the run whose last glyph (the last non-blank one, if any) is {@code prev}:
     * it sits on the same baseline (within a tenth of an em), starts after the middle of {@code prev} (so
     * text that goes back, a new line or text drawn over text, starts a new run) and not more than
     * {@link #WIDE_GAP} ems after its end.
     */
    private static boolean continuesRun(Glyph prev, Glyph g) {
        double em = Math.max(prev.size(), g.size());
        if (Math.abs(g.baseline() - prev.baseline()) > 0.1 * em) {
            return false;
        }
        if (g.blank()) {
            return true;
        }
        return g.x0() >= (prev.x0() + prev.x1()) / 2 && g.x0() - prev.x1() <= WIDE_GAP * em;
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold")
                || name.contains("black")
                || name.contains("heavy")
                || name.contains("semibold")
                || name.contains("demi")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /** One glyph (or ligature) with its box. */
    record Glyph(double x0, double x1, double baseline, double size, boolean bold, String text, double spaceWidth) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /**
     * A text run: glyphs consecutive in the content stream on one baseline, left to right, in stream order.
     * Its extent and size are those of its non-blank glyphs; a run of blanks only has no extent.
     */
    record Run(List<Glyph> glyphs, double x0, double x1, double baseline, double size, String text) {
        Run(List<Glyph> glyphs) {
            this(
                    List.copyOf(glyphs),
                    extent(glyphs, true),
                    extent(glyphs, false),
                    glyphs.get(0).baseline(),
                    glyphs.stream()
                            .filter(g -> !g.blank())
                            .mapToDouble(Glyph::size)
                            .max()
                            .orElse(0),
                    glyphs.stream()
                            .map(Glyph::text)
                            .collect(Collectors.joining())
                            .strip());
        }

        private static double extent(List<Glyph> glyphs, boolean left) {
            double v = left ? Double.MAX_VALUE : -Double.MAX_VALUE;
            for (Glyph g : glyphs) {
                if (!g.blank()) {
                    v = left ? Math.min(v, g.x0()) : Math.max(v, g.x1());
                }
            }
            return v;
        }

        boolean blank() {
            return size == 0;
        }

        /**
         * Whether this run repeats another printed on the same baseline (within a tenth of an em): the
         * letters of the shorter, spaces left out, are those of the longer in order, save for a few that
         * PDFBox dropped as overlapping duplicates (up to a third).
         */
        boolean repeats(Run other) {
            if (Math.abs(baseline - other.baseline) > 0.1 * Math.max(size, other.size)) {
                return false;
            }
            String a = SPACES.matcher(text).replaceAll("");
            String b = SPACES.matcher(other.text).replaceAll("");
            String shorter = a.length() <= b.length() ? a : b;
            String longer = a.length() <= b.length() ? b : a;
            if (shorter.isEmpty() || 3 * shorter.length() < 2 * longer.length()) {
                return false;
            }
            int j = 0;
            for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
                if (longer.charAt(i) == shorter.charAt(j)) {
                    j++;
                }
            }
            return j == shorter.length();
        }

        /** How far this run and another overlap horizontally, in points (negative when apart). */
        double overlap(Run other) {
            return Math.min(x1, other.x1) - Math.max(x0, other.x0);
        }
    }

    /** Runs sharing a baseline band, none overlapping another horizontally: a row of the page. */
    private static final class Row {
        final List<Run> runs = new ArrayList<>();
        double baseline;
        double size;
        private final Map<Run, List<Run>> marks = new IdentityHashMap<>();
        private List<Glyph> glyphs;

        Row(Run first) {
            runs.add(first);
            baseline = first.baseline();
            size = first.size();
        }

        /**
         * Whether a run can join: its baseline is within 0.3 em of the row's for about the same size, within
         * 0.5 em for another size (superscripts, footnote markers, a drop of size within a line).
         */
        boolean accepts(Run r) {
            double tolerance =
                    Math.abs(r.size() - size) < 1.5 ? 0.3 * Math.max(size, r.size()) : 0.5 * Math.max(size, r.size());
            return Math.abs(r.baseline() - baseline) <= tolerance;
        }

        /**
         * The run of this row that the given run overlaps horizontally, or null. Runs that touch are not
         * overlapping: they may overlap by a quarter em (kerning), or by a fifth of the narrower run's width
         * (a letter drawn inside a circle at the end of one run and the circle starting the next).
         */
        Run overlapping(Run r) {
            if (r.blank()) {
                return null;
            }
            for (Run o : runs) {
                double overlap = o.overlap(r);
                if (!o.blank()
                        && overlap > 0.25 * Math.min(o.size(), r.size())
                        && overlap > 0.2 * Math.min(o.x1() - o.x0(), r.x1() - r.x0())) {
                    return o;
                }
            }
            return null;
        }

        /** Puts a run in the place of one of this row's runs (keeping the glyphs attached to it). */
        void replace(Run old, Run r) {
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i) == old) {
                    runs.set(i, r);
                }
            }
            List<Run> attached = marks.remove(old);
            if (attached != null) {
                marks.put(r, attached);
            }
        }

        void add(Run r) {
            runs.add(r);
            if (r.size() > size + 0.1) {
                baseline = r.baseline();
                size = r.size();
            }
        }

        /** Attaches a one-glyph run drawn over a run of this row (a circle round a letter): it follows that run. */
        void attach(Run hostRun, Run mark) {
            marks.computeIfAbsent(hostRun, k -> new ArrayList<>()).add(mark);
        }

        /**
         * The row's glyphs: runs left to right, each run's glyphs in stream order, followed by the one-glyph
         * runs attached to it. Call once all runs are in.
         */
        List<Glyph> glyphs() {
            if (glyphs == null) {
                List<Run> sorted = new ArrayList<>(runs);
                sorted.sort(Comparator.comparingDouble(
                        r -> r.blank() ? r.glyphs().get(0).x0() : r.x0()));
                glyphs = new ArrayList<>();
                for (Run r : sorted) {
                    glyphs.addAll(r.glyphs());
                    for (Run m : marks.getOrDefault(r, List.of())) {
                        glyphs.addAll(m.glyphs());
                    }
                }
            }
            return glyphs;
        }

        /** The highest baseline of the row's runs. */
        double top() {
            return runs.get(0).baseline();
        }
    }

    /** Turns the text runs of one page into lines, detecting a two-column gutter. */
    static PdfPage layout(int index, double width, double height, List<Run> runs, int textChars) {
        List<Row> rows = rows(runs);
        double[] gutter = findGutter(rows, width, height);
        List<PdfLine> lines = new ArrayList<>();
        for (Row r : rows) {
            List<Glyph> current = new ArrayList<>();
            double lastEnd = Double.NaN;
            for (Glyph g : r.glyphs()) {
                if (!current.isEmpty() && !g.blank()) {
                    double gap = g.x0() - lastEnd;
                    double em = Math.max(g.size(), current.get(0).size());
                    double mid = gutter == null ? 0 : (gutter[0] + gutter[1]) / 2;
                    boolean acrossGutter = gutter != null
                            && lastEnd < mid
                            && g.x0() > mid
                            && gap >= Math.min(em, 0.5 * (gutter[1] - gutter[0]));
                    if (acrossGutter || gap > WIDE_GAP * em) {
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
        return new PdfPage(
                index,
                width,
                height,
                lines,
                gutter == null ? Double.NaN : gutter[0],
                gutter == null ? Double.NaN : gutter[1],
                textChars);
    }

    /**
     * Groups runs into rows, top to bottom: a run joins the row with the nearest baseline that accepts it
     * ({@link Row#accepts}) and holds no run it overlaps horizontally; otherwise it starts a row of its own.
     * So two runs over the same stretch of x (a figure label on body text, two lines pulled together by a
     * larger heading between them) are never mixed. A run repeating a run it overlaps on the same baseline
     * (text printed twice, shifted, for a bold or shadow effect) is dropped, the longer copy kept; a single
     * glyph that overlaps a run and fits no row follows the run it overlaps.
     */
    private static List<Row> rows(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::x0));
        double maxSize = sorted.stream().mapToDouble(Run::size).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        // rows that may still accept a run: runs come top to bottom, and a row more than half the largest em
        // above the current run can accept no further run
        List<Row> open = new ArrayList<>();
        for (Run r : sorted) {
            open.removeIf(row -> row.baseline < r.baseline() - 0.5 * maxSize - 1);
            Row best = null;
            Row markRow = null;
            Run host = null;
            boolean duplicate = false;
            for (int i = open.size() - 1; i >= 0 && !duplicate; i--) {
                Row row = open.get(i);
                if (!row.accepts(r)) {
                    continue;
                }
                Run over = row.overlapping(r);
                if (over == null) {
                    if (best == null
                            || Math.abs(row.baseline - r.baseline()) < Math.abs(best.baseline - r.baseline())) {
                        best = row;
                    }
                } else if (r.repeats(over)) {
                    if (r.text().length() > over.text().length()) {
                        row.replace(over, r);
                    }
                    duplicate = true;
                } else if (markRow == null
                        && r.text().codePointCount(0, r.text().length()) == 1) {
                    markRow = row;
                    host = over;
                }
            }
            if (duplicate) {
                continue;
            }
            if (best != null) {
                best.add(r);
            } else if (markRow != null) {
                markRow.attach(host, r);
            } else {
                Row row = new Row(r);
                rows.add(row);
                open.add(row);
            }
        }
        return rows;
    }

    private static double[] findGutter(List<Row> rows, double width, double height) {
        int bins = (int) Math.ceil(width) + 1;
        List<double[]> extents = new ArrayList<>();
        int[] ink = new int[bins];
        int bodyRows = 0;
        for (Row row : rows) {
            double y = row.top();
            if (y < height * MARGIN_BAND || y > height * (1 - MARGIN_BAND)) {
                continue;
            }
            boolean[] covered = new boolean[bins];
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (Glyph g : row.glyphs()) {
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
        for (Row row : rows) {
            boolean l = false;
            boolean r = false;
            for (Glyph g : row.glyphs()) {
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
        double size = sizes.entrySet().stream()
                .max(Map.Entry.<Double, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        double baseline = baselines.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
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
