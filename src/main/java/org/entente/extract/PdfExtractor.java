package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.entente.model.Document;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.Source;

/**
 * Extracts text, paragraphs and metadata from PDF files with PDFBox.
 *
 * <p>Pipeline: glyphs are read in content-stream order as text runs, runs are grouped into lines (runs that
 * overlap horizontally never share a line) and one- or two-column layout is detected per page
 * ({@link PdfPageReader}); running headers, footers and page numbers are dropped ({@link PdfBoilerplate});
 * lines are put in reading order, left column before right, with page-spanning lines in place
 * ({@link PdfReadingOrder}); paragraphs and headings are rebuilt from line geometry and line-end hyphenation
 * is undone ({@link PdfParagraphs}); metadata comes from the info dictionary, XMP or the first page's
 * largest line ({@link PdfMetadata}). Only the first {@code maxPages} pages are read; {@link Document#pages()}
 * is the number of pages read. Files are loaded with a temp-file stream cache, so memory stays bounded.
 *
 * <p>Stateless and thread-safe: one instance serves all worker threads.
 */
final class PdfExtractor implements Extractor {
    static final String ENCRYPTED = "encrypted PDF: a password is required";
    static final String NO_TEXT = "no text layer: scanned PDF, OCR not supported";
    static final String UNREADABLE = "not a readable PDF: ";
    static final String NOT_PDF = "not a PDF: the file is ";
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
        InputFiles.requireNonEmpty(source.path());
        requirePdfHeader(source.path());
        try (PDDocument pdf =
                Loader.loadPDF(source.path().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return extract(source, pdf);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(FailureKind.ENCRYPTED, ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(FailureKind.NOT_A_READABLE_PDF, UNREADABLE + oneLine(e), e);
        }
    }

    private Document extract(Source source, PDDocument pdf) throws IOException, ExtractionException {
        List<PdfPage> pages = new PdfPageReader(maxPages).read(pdf);
        int pagesRead = Math.min(maxPages, pdf.getNumberOfPages());
        long chars = pages.stream().mapToLong(PdfPage::textChars).sum();
        if (pagesRead == 0) {
            throw new ExtractionException(FailureKind.NOT_A_READABLE_PDF, UNREADABLE + "the document has no pages");
        }
        if (chars < (long) MIN_CHARS_PER_PAGE * pagesRead) {
            throw new ExtractionException(FailureKind.NO_TEXT_LAYER, NO_TEXT);
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

    /**
     * Fails a file that does not start with {@code %PDF-} (within its first 1024 bytes, as readers allow),
     * saying what it looks like instead: an HTML page, a ZIP archive, text...
     */
    private static void requirePdfHeader(Path path) throws ExtractionException {
        byte[] head = new byte[1024];
        int n = 0;
        try (InputStream in = Files.newInputStream(path)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            throw InputFiles.cannotRead(e);
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.contains("%PDF-")) {
            return;
        }
        throw new ExtractionException(FailureKind.NOT_A_PDF, NOT_PDF + looksLike(head, n) + " at its start)");
    }

    /** What a file's first bytes look like, for "not a PDF: the file is ...". */
    static String looksLike(byte[] head, int n) {
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        String lower =
                start.stripLeading().replaceFirst("^\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return "a ZIP archive (.docx, .epub, .zip; expected %PDF-";
        }
        if (n >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return "an old Microsoft Office file (.doc, .xls, .ppt; expected %PDF-";
        }
        if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return "a gzip archive (expected %PDF-";
        }
        if (lower.startsWith("{\\rtf")) {
            return "an RTF document (expected %PDF-";
        }
        if (lower.startsWith("<!doctype html")
                || lower.startsWith("<html")
                || lower.contains("<html")
                || lower.contains("<body")
                || lower.contains("<head")) {
            return "an HTML page (expected %PDF-";
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<")) {
            return "XML or markup (expected %PDF-";
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8
                || start.startsWith("\u0089PNG")
                || start.startsWith("GIF8")
                || start.startsWith("II*\u0000")
                || start.startsWith("MM\u0000*")) {
            return "an image (expected %PDF-";
        }
        boolean text = n > 0;
        for (int i = 0; i < n && text; i++) {
            int b = head[i] & 0xFF;
            text = b >= 0x20 || b == '\n' || b == '\r' || b == '\t' || b == '\f';
        }
        return text ? "text (expected %PDF-" : "of unknown content (expected %PDF-";
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
