package org.entente.extract;

import org.entente.model.Document;
import org.entente.model.Source;

/**
 * Turns one input file into a {@link Document}: clean text, paragraphs and metadata.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves all worker threads.
 */
public interface Extractor {
    /**
     * Extracts a document.
     *
     * @param source the input file
     * @return the document, never with empty text
     * @throws ExtractionException when the file cannot be read or holds no text; the message is one line
     *                             that says why (e.g. "no text layer: scanned PDF, OCR not supported")
     */
    Document extract(Source source) throws ExtractionException;
}
