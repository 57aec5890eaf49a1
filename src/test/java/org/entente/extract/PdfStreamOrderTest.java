package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;

class PdfStreamOrderTest {
    /** Two runs the content stream draws one after the other, on nearly the same baseline. */
    private static final String FIRST = "naval patrols resumed.";

    private static final String SECOND = "Both coast guards agreed";
    private static final PdfStreamOrder PAGE =
            new PdfStreamOrder("Earlier text. " + FIRST + " " + SECOND + " on a hotline. Later text.");

    /** What pooling the glyphs of both runs and sorting them by x gives when they start at the same x. */
    private static String interleave(String a, String b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(a.length(), b.length()); i++) {
            if (i < a.length()) {
                out.append(a.charAt(i));
            }
            if (i < b.length()) {
                out.append(b.charAt(i));
            }
        }
        return out.toString();
    }

    @Test
    void flagsTheWordsOfALineMixedLetterByLetterFromTwoRuns() {
        String line = interleave(FIRST, SECOND);

        assertThat(line).isEqualTo("nBaovtahl  cpoaatsrto lgsu arredssu maegdr.eed");
        assertThat(PAGE.misplacedWords(line))
                .containsExactly("nBaovtahl", "cpoaatsrto", "lgsu", "arredssu", "maegdr.eed");
    }

    @Test
    void passesCleanLinesIncludingOnesJoinedFromSeparateRuns() {
        assertThat(PAGE.misplacedWords(FIRST)).isEmpty();
        assertThat(PAGE.misplacedWords("  " + SECOND + " on a hotline. ")).isEmpty();
        // two runs side by side on one line, in an order other than the stream's: the words are still whole
        assertThat(PAGE.misplacedWords("Later text. Earlier text.")).isEmpty();
    }

    @Test
    void flagsAWordMadeOfTwoPiecesThatAreNotConsecutiveInTheStream() {
        assertThat(PAGE.misplacedWords("Both patrols agreedcoast")).containsExactly("agreedcoast");
    }

    @Test
    void ignoresPunctuationAtTheEdgesOfAWord() {
        assertThat(PAGE.misplacedWords("“Both (coast guards), “patrols”")).isEmpty();
    }

    /**
     * Every line the page reader builds from the shared evaluation PDFs, checked against its page's content
     * stream as PDFBox reads it.
     */
    @Test
    void noLineOfAnyEvalPdfIsInterleaved() throws IOException {
        Path dir = Cli.sharedFolder("eval/pdf", "eval PDFs");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assumeThat(pdfs).as("no PDF in %s", dir).isNotEmpty();
        List<String> interleaved = new ArrayList<>();
        int lines = 0;
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<PdfPage> pages = new PdfPageReader(1000).read(doc);
                List<PdfStreamOrder> streams = PdfStreamOrder.read(doc, 1000);
                assertThat(streams).as(pdf.getFileName().toString()).hasSameSizeAs(pages);
                for (PdfPage page : pages) {
                    for (PdfLine line : page.lines()) {
                        lines++;
                        List<String> words = streams.get(page.index()).misplacedWords(line.text());
                        if (!words.isEmpty()) {
                            interleaved.add(String.format(
                                    Locale.ROOT,
                                    "%s p.%d: %s %s",
                                    pdf.getFileName(),
                                    page.index() + 1,
                                    words,
                                    line.text()));
                        }
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT, "%d lines of %d PDFs checked against their content streams%n", lines, pdfs.size());
        assertThat(interleaved).isEmpty();
    }
}
