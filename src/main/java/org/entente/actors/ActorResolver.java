package org.entente.actors;

import org.entente.model.AnnotatedDocument;
import org.entente.model.ResolvedDocument;

/**
 * Resolves the actor mentions of an annotated document by the rules of the counting conventions.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ActorResolver {
    /**
     * @param document an annotated document
     * @return its mentions, compounds and unresolved entities
     */
    ResolvedDocument resolve(AnnotatedDocument document);
}
