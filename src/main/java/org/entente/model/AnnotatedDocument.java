package org.entente.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document with the sentences, tokens and named entities an NLP engine found in it.
 *
 * <p>Tokens are what a document costs most while it is processed (a record and a string per word). Once the
 * stages that read them are done, {@link #withoutTokens()} keeps the sentences' spans and the number of tokens
 * only, which is all the tables read.
 *
 * @param document   the extracted document
 * @param sentences  its sentences, in text order, none crossing a paragraph boundary
 * @param tokenCount number of tokens in all sentences (kept when the tokens themselves are dropped)
 */
public record AnnotatedDocument(Document document, List<Sentence> sentences, int tokenCount) implements Serializable {
    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        int counted = count(sentences);
        if (tokenCount < 0 || (counted > 0 && counted != tokenCount)) {
            throw new IllegalArgumentException("token count " + tokenCount + " of " + document.docId()
                    + " disagrees with its sentences (" + counted + " tokens)");
        }
    }

    /** A document with its sentences' tokens, counted. */
    public AnnotatedDocument(Document document, List<Sentence> sentences) {
        this(document, sentences, count(sentences));
    }

    /**
     * The same document without the tokens and entity spans of its sentences: each sentence keeps its index,
     * paragraph and offsets, and {@link #tokenCount()} stays. For results that outlive the stages that read
     * tokens (resolution, counting, events), so that a document's memory is its text and mentions.
     */
    public AnnotatedDocument withoutTokens() {
        List<Sentence> spans = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            spans.add(s.withoutTokens());
        }
        return new AnnotatedDocument(document, spans, tokenCount);
    }

    private static int count(List<Sentence> sentences) {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
