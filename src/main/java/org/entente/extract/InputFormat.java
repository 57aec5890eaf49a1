package org.entente.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The registry of input formats: the one place that says which files Entente reads, by their name's
 * extension, and which {@link Extractor} reads them. Adding a format means a constant here plus its own
 * extractor class; the scanner of every runner (local and Spark), {@code extract} and the evaluation tools take
 * formats and extractors from here.
 *
 * <p>Thread-safe.
 */
public enum InputFormat {
    /** PDF with a text layer, read with PDFBox. */
    PDF(List.of(".pdf"), PdfExtractor::new),
    /** HTML pages: the article is found among navigation and boilerplate (jsoup). */
    HTML(List.of(".html", ".htm", ".xhtml"), maxPages -> new HtmlExtractor()),
    /** Plain text in any common encoding. */
    TXT(List.of(".txt", ".text"), maxPages -> new TextExtractor());

    private final List<String> extensions;
    private final IntFunction<Extractor> extractor;

    InputFormat(List<String> extensions, IntFunction<Extractor> extractor) {
        this.extensions = extensions;
        this.extractor = extractor;
    }

    /** The lower-case name written in documents.csv: pdf, html, txt. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The extractor of this format. Extractors are stateless and thread-safe: one serves every worker.
     *
     * @param maxPages pages read per document at most (paged formats)
     * @return a new extractor
     */
    public Extractor extractor(int maxPages) {
        return extractor.apply(maxPages);
    }

    /**
     * The format of a file name, if Entente reads it.
     *
     * @param fileName a file name such as {@code brief.pdf}
     * @return the format, or empty for files Entente does not read
     */
    public static Optional<InputFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extensions.stream().anyMatch(lower::endsWith))
                .findFirst();
    }

    /**
     * @param label a format's label as written in documents.csv
     * @return the format
     * @throws IllegalArgumentException for an unknown label
     */
    public static InputFormat of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
