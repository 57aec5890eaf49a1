package org.entente.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Source;

/**
 * Extracts text, paragraphs and metadata from PDF files with PDFBox.
 *
 * <p>Pipeline: glyphs are grouped into lines and one- or two-column layout is detected per page
 * ({@link PdfPageReader}); running headers, footers and page numbers are dropped ({@link PdfBoilerplate});
 * lines are put in reading order, left column before right, with page-spanning lines in place
 * ({@link PdfReadingOrder}); paragraphs and headings are rebuilt from line geometry and line-end hyphenation
 * is undone ({@link PdfParagraphs}); metadata comes from the info dictionary, XMP or the first page's
 * largest line ({@link PdfMetadata}). Only the first {@code maxPages} pages are read; {@link Document#pages()}
 * is the number of pages read. Files are loaded with a temp-file stream cache, so memory stays bounded.
 *
 * <p>Stateless and thread-safe: one instance serves all worker threads.
 */
public final class PdfExtractor implements Extractor {
    static final String ENCRYPTED = "encrypted PDF: a password is required";
    static final String NO_TEXT = "no text layer: scanned PDF, OCR not supported";
    static final String UNREADABLE = "not a readable PDF: ";
    /** Fewer letters and digits than this per page read, on average, means no usable text layer. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    private final int maxPages;

    /**
     * @param maxPages the number of pages to read at most; further pages are ignored
     */
    public PdfExtractor(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
        }
        this.maxPages = maxPages;
    }

    @Override
    public Document extract(Source source) throws ExtractionException {
        try (PDDocument pdf = Loader.loadPDF(source.path().toFile(), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            return extract(source, pdf);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(UNREADABLE + oneLine(e), e);
        }
    }

    private Document extract(Source source, PDDocument pdf) throws IOException, ExtractionException {
        List<PdfPage> pages = new PdfPageReader(maxPages).read(pdf);
        int pagesRead = Math.min(maxPages, pdf.getNumberOfPages());
        long chars = pages.stream().mapToLong(PdfPage::textChars).sum();
        if (pagesRead == 0) {
            throw new ExtractionException(UNREADABLE + "the document has no pages");
        }
        if (chars < (long) MIN_CHARS_PER_PAGE * pagesRead) {
            throw new ExtractionException(NO_TEXT);
        }
        List<PdfPage> clean = PdfBoilerplate.remove(pages);
        List<PdfReadingOrder.Placed> ordered = PdfReadingOrder.order(clean);
        List<PdfReadingOrder.Placed> firstPage = new ArrayList<>();
        for (PdfReadingOrder.Placed p : ordered) {
            if (p.line().page() == clean.get(0).index()) {
                firstPage.add(p);
            }
        }
        Metadata metadata = PdfMetadata.read(pdf, source.path().getFileName().toString(), firstPage);
        TextAssembler assembler = new TextAssembler();
        for (PdfParagraphs.Block block : new PdfParagraphs(ordered).build()) {
            assembler.add(block.text(), block.heading());
        }
        return assembler.build(source, metadata, pagesRead, "", NO_TEXT);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
