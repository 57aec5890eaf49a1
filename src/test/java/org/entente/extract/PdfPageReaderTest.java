package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line building from text runs on pages written here, where two runs share a baseline band. */
class PdfPageReaderTest {
    private static final PDFont TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont TIMES_BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private static final float LEFT = 57.6f;
    private static final float RIGHT = 313.2f;
    private static final float TOP = 145;
    private static final float LEADING = 11;

    private static final List<String> LEFT_COLUMN = List.of(
            "The ministers met in the spring and again in the",
            "autumn, each time with a longer agenda than the",
            "last, and their officials kept a working group on",
            "shipping routes, port access and customs checks.",
            "By the end of the year the group had drafted three",
            "annexes and agreed on a timetable for the fourth,",
            "which covers inspections of vessels in transit and",
            "the sharing of manifests between the customs",
            "services of both governments within ten days.",
            "Observers called the progress slow but steady.");
    private static final List<String> RIGHT_COLUMN = List.of(
            "Parliaments on both sides still have to approve",
            "the annexes, and the opposition in one of them has",
            "asked for hearings on the inspection regime before",
            "any vote takes place this session.");

    @TempDir
    Path dir;

    /**
     * A right-column heading, two points larger than the body, whose baseline lies between two left-column
     * baselines: pooling glyphs by baseline pulls both left lines into one band through the heading and
     * mixes them letter by letter; built from runs, each line stays whole.
     */
    @Test
    void keepsTwoLeftColumnLinesWholeBesideALargerHeadingBetweenTheirBaselines() throws IOException {
        PdfPage page = drawnPage("heading.pdf", out -> {
            showLines(out, LEFT, TOP, LEFT_COLUMN);
            showLines(out, RIGHT, TOP, RIGHT_COLUMN);
            // between the baselines of left lines 5 and 6 (0-based), 5 pt below the first
            float heading = TOP + 5 * LEADING + 5.04f;
            show(out, TIMES_BOLD, 12, RIGHT, heading, "Inspection Regime");
            for (int i = 0; i < RIGHT_COLUMN.size(); i++) {
                show(out, TIMES, 10, RIGHT, heading + LEADING * (i + 1), RIGHT_COLUMN.get(i));
            }
        });

        assertThat(page.twoColumns()).isTrue();
        assertThat(texts(page, 0)).containsExactlyElementsOf(LEFT_COLUMN);
        List<String> right = new ArrayList<>(RIGHT_COLUMN);
        right.add("Inspection Regime");
        right.addAll(RIGHT_COLUMN);
        assertThat(texts(page, 1)).containsExactlyElementsOf(right);
    }

    /**
     * A figure label drawn after the body text, half a point below a body line and over its middle, becomes a
     * line of its own; the body line keeps its words.
     */
    @Test
    void keepsALabelDrawnOverABodyLineApartFromIt() throws IOException {
        PdfPage page = drawnPage("label.pdf", out -> {
            showLines(out, LEFT, TOP, LEFT_COLUMN);
            show(out, TIMES, 8, LEFT + 60, TOP + 3 * LEADING + 0.5f, "Figure 2. Port calls");
        });

        List<String> expected = new ArrayList<>(LEFT_COLUMN);
        expected.add(4, "Figure 2. Port calls");
        assertThat(page.lines()).extracting(PdfLine::text).containsExactlyElementsOf(expected);
    }

    /**
     * Text printed twice, the second copy shifted by 3 pt (a shadow; too far apart for PDFBox's own
     * suppression of overlapping duplicate glyphs), is read once.
     */
    @Test
    void readsTextPrintedTwiceForAShadowEffectOnce() throws IOException {
        PdfPage page = drawnPage("overprint.pdf", out -> {
            show(out, TIMES, 12, LEFT, TOP, "Customs Cooperation");
            show(out, TIMES, 12, LEFT + 3, TOP, "Customs Cooperation");
            showLines(out, LEFT, TOP + 2 * LEADING, LEFT_COLUMN.subList(0, 3));
        });

        assertThat(page.lines())
                .extracting(PdfLine::text)
                .containsExactly("Customs Cooperation", LEFT_COLUMN.get(0), LEFT_COLUMN.get(1), LEFT_COLUMN.get(2));
    }

    /** What a test draws on its page. */
    private interface Drawing {
        void draw(PDPageContentStream out) throws IOException;
    }

    /** A one-page letter-size PDF of what the drawing shows, saved under the name and read back. */
    private PdfPage drawnPage(String name, Drawing drawing) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                drawing.draw(out);
            }
            doc.save(pdf.toFile());
        }
        return read(pdf).get(0);
    }

    /** Body lines in 10 pt Times, one leading apart, the first at the given distance from the top. */
    private static void showLines(PDPageContentStream out, float x, float fromTop, List<String> lines)
            throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            show(out, TIMES, 10, x, fromTop + i * LEADING, lines.get(i));
        }
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float fromTop, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, HEIGHT - fromTop);
        out.showText(text);
        out.endText();
    }

    private static List<PdfPage> read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PdfPageReader(10).read(doc);
        }
    }

    /** The texts of a page's lines in one column, top to bottom. */
    private static List<String> texts(PdfPage page, int column) {
        return page.lines().stream()
                .filter(l -> l.column() == column)
                .map(PdfLine::text)
                .toList();
    }
}
