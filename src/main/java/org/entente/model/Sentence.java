package org.entente.model;

import java.io.Serializable;
import java.util.List;

/**
 * A sentence with its tokens and named entities.
 *
 * @param index     0-based position in the document
 * @param paragraph index of the paragraph that contains it
 * @param begin     char offset into the document text, inclusive
 * @param end       char offset, exclusive
 * @param tokens    the tokens, in order
 * @param entities  named-entity spans, in order
 */
public record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens, List<NamedEntity> entities)
        implements Serializable {
    public Sentence {
        Checks.span(begin, end);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    /** The same sentence (index, paragraph, offsets) without its tokens and entity spans. */
    public Sentence withoutTokens() {
        return tokens.isEmpty() && entities.isEmpty()
                ? this
                : new Sentence(index, paragraph, begin, end, List.of(), List.of());
    }
}
