package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A document with its actor mentions resolved.
 *
 * @param annotated  the annotated document
 * @param mentions   actor mentions, in text order
 * @param compounds  explicit compound relations, in text order
 * @param unresolved PERSON, ORGANIZATION and LOCATION entities that name no dictionary actor, normalised
 */
public record ResolvedDocument(
        AnnotatedDocument annotated, List<Mention> mentions, List<Compound> compounds, List<UnresolvedName> unresolved)
        implements Serializable {
    public ResolvedDocument {
        Objects.requireNonNull(annotated, "annotated");
        mentions = List.copyOf(mentions);
        compounds = List.copyOf(compounds);
        unresolved = List.copyOf(unresolved);
    }

    /**
     * The same result without the tokens and entity spans of its sentences ({@link
     * AnnotatedDocument#withoutTokens()}): what a result keeps once the stages that read tokens are done.
     */
    public ResolvedDocument withoutTokens() {
        return new ResolvedDocument(annotated.withoutTokens(), mentions, compounds, unresolved);
    }

    /** The underlying document. */
    public Document document() {
        return annotated.document();
    }
}
