package org.entente.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Detects interleaved lines: a line built by pooling the glyphs of two runs of text that share a baseline
 * band and sorting them by x ("sUtrnaitteegdi" from "strategic" and "United") has words whose characters are
 * not consecutive in the page's content stream. The page's glyph text in content-stream order comes from
 * PDFBox's own {@link PDFTextStripper} (unsorted, duplicate glyphs suppressed as the extractor does),
 * independently of the extractor's line building.
 *
 * <p>Rule: a word of a line (a whitespace-separated token) is misplaced when its core, from its first to its
 * last letter or digit, is at least two characters long and does not occur, as is, in the page's glyph text
 * with all whitespace removed. Punctuation at a word's edges is left out because a clean line may take it
 * from a run drawn elsewhere (a large decorative quotation mark before a pull quote). Line-end
 * de-hyphenation happens later, on paragraphs, so lines still carry their hyphens.
 *
 * <p>Immutable and thread-safe.
 */
final class PdfStreamOrder {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private final String glyphs;

    /**
     * @param streamText the page's glyph text in content-stream order (whitespace is ignored)
     */
    PdfStreamOrder(String streamText) {
        glyphs = WHITESPACE.matcher(streamText).replaceAll("");
    }

    /**
     * Reads the glyph text of each page in content-stream order.
     *
     * @param document an open document
     * @param maxPages the number of pages to read at most
     * @return one entry per page read, in page order
     */
    static List<PdfStreamOrder> read(PDDocument document, int maxPages) throws IOException {
        List<PdfStreamOrder> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder page = new StringBuilder();

            @Override
            protected void writePage() throws IOException {
                page.setLength(0);
                super.writePage();
                pages.add(new PdfStreamOrder(page.toString()));
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                // the positions' own text, not the normalised word, so that it matches the extractor's glyphs
                for (TextPosition t : positions) {
                    page.append(t.getUnicode());
                }
                page.append(' ');
            }
        };
        stripper.setSortByPosition(false);
        stripper.setShouldSeparateByBeads(false);
        stripper.setSuppressDuplicateOverlappingText(true);
        stripper.setStartPage(1);
        stripper.setEndPage(maxPages);
        stripper.writeText(document, Writer.nullWriter());
        return pages;
    }

    /** The words of a line that are not consecutive in the page's content stream, in line order. */
    List<String> misplacedWords(String line) {
        List<String> misplaced = new ArrayList<>();
        for (String word : WHITESPACE.split(line.strip())) {
            String core = EDGES.matcher(word).replaceAll("");
            if (core.codePointCount(0, core.length()) >= 2 && !glyphs.contains(core)) {
                misplaced.add(word);
            }
        }
        return misplaced;
    }
}
