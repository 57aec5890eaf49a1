package org.entente.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A token with its part of speech, lemma and coarse named-entity label.
 *
 * @param begin char offset into the document text, inclusive
 * @param end   char offset, exclusive
 * @param text  the token as it appears in the text
 * @param pos   part-of-speech tag (Penn Treebank for CoreNLP, UD for OpenNLP)
 * @param lemma the lemma, or the text when the engine gives none
 * @param ner   the named-entity label, "O" outside any entity
 */
public record Token(int begin, int end, String text, String pos, String lemma, String ner) implements Serializable {
    public Token {
        Checks.span(begin, end);
        Objects.requireNonNull(text, "text");
        pos = Objects.requireNonNullElse(pos, "");
        lemma = Objects.requireNonNullElse(lemma, text);
        ner = Objects.requireNonNullElse(ner, "O");
    }
}
