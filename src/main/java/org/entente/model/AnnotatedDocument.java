package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A document with the sentences, tokens and named entities an NLP engine found in it.
 *
 * @param document  the extracted document
 * @param sentences its sentences, in text order, none crossing a paragraph boundary
 */
public record AnnotatedDocument(Document document, List<Sentence> sentences) implements Serializable {
    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
