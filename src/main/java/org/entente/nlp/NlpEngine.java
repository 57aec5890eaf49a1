package org.entente.nlp;

import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;

/**
 * Splits a document into sentences and tokens and finds named entities. Engines copy their results into
 * Entente's records at once; no engine type leaves this package.
 *
 * <p>Implementations are thread-safe: one instance, with its models loaded once, serves all workers.
 */
public interface NlpEngine {
    /**
     * Annotates each paragraph of the document; no sentence crosses a paragraph boundary.
     *
     * @param document an extracted document
     * @return the document with sentences, tokens and entities, offsets into its text
     */
    AnnotatedDocument annotate(Document document);

    /** A short name of the engine and its configuration, for the run manifest. */
    String description();

    /**
     * The files the engine's code and models are loaded from (jar file names such as
     * stanford-corenlp-4.5.10-models.jar, which carry their versions), for the run manifest.
     *
     * @return file names, or empty when unknown
     */
    default java.util.List<String> artifacts() {
        return java.util.List.of();
    }
}
