package org.entente.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One mention of an actor in a document.
 *
 * @param paragraph index of the paragraph
 * @param sentence  index of the sentence in the document
 * @param begin     char offset into the document text, inclusive
 * @param end       char offset, exclusive
 * @param text      the covered text ({@code text.substring(begin, end)} of the document)
 * @param actor     the resolved actor
 * @param kind      how the text names the actor
 * @param nerLabel  the label of the NER span that overlaps the mention, or empty
 * @param source    which layer found it
 * @param ambiguous true where the conventions flag the form as ambiguous ("Korea" → KOR)
 * @param nameClass for a state named in another language than English, the class of the form used: own (the
 *                  state's own name: 조선, КНДР), other (another state's usual name: 북한, 北朝鮮), short
 *                  (short forms and set words: 北, 대북); else empty
 */
public record Mention(
        int paragraph,
        int sentence,
        int begin,
        int end,
        String text,
        Actor actor,
        MatchKind kind,
        String nerLabel,
        MentionSource source,
        boolean ambiguous,
        String nameClass)
        implements Serializable {
    public Mention {
        nameClass = Objects.requireNonNullElse(nameClass, "");
        Checks.span(begin, end);
        Checks.text(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        nerLabel = Objects.requireNonNullElse(nerLabel, "");
        Objects.requireNonNull(source, "source");
    }
}
