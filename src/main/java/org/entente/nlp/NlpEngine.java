package org.entente.nlp;

import java.util.List;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Paragraph;
import org.entente.model.Sentence;

/**
 * Splits the paragraphs of a document into sentences and tokens and finds named entities, for one language.
 * Engines copy their results into Entente's records at once; no engine type leaves this package.
 *
 * <p>Implementations are thread-safe: one instance, with its models loaded once, serves all workers.
 */
public interface NlpEngine {
    /**
     * Annotates some paragraphs of a document (those of the engine's language, in document order); no sentence
     * crosses a paragraph boundary. A call does not depend on the calls before it.
     *
     * @param document   an extracted document
     * @param paragraphs paragraphs of the document, in order
     * @param firstIndex the index in the document of the first sentence returned
     * @return the sentences, with tokens and entities, offsets into the document's text, indices from
     *         {@code firstIndex}
     */
    List<Sentence> annotate(Document document, List<Paragraph> paragraphs, int firstIndex);

    /**
     * Annotates every paragraph of the document.
     *
     * @param document an extracted document
     * @return the document with sentences, tokens and entities, offsets into its text
     */
    default AnnotatedDocument annotate(Document document) {
        return new AnnotatedDocument(document, annotate(document, document.paragraphs(), 0));
    }

    /** A short name of the engine and its configuration, for the run manifest. */
    String description();

    /**
     * The files the engine's code and models are loaded from (jar file names such as
     * stanford-corenlp-4.5.10-models.jar, which carry their versions), for the run manifest.
     *
     * @return file names, or empty when unknown
     */
    default List<String> artifacts() {
        return List.of();
    }
}
