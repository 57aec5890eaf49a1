package org.entente.nlp;

import java.util.List;
import org.entente.model.Dependency;
import org.entente.model.Sentence;

/**
 * Gives the dependency structure of a sentence that an engine has already split, tokenized and POS-tagged: the
 * tokens are never re-tokenized, so the result indexes {@link Sentence#tokens()}. Relations are Universal
 * Dependencies labels (nsubj, nsubj:pass, obj, iobj, obl, nmod, nmod:poss, case, compound, amod, conj, xcomp,
 * ccomp, acl:relcl…), as the event coder reads them.
 *
 * <p>Implementations are thread-safe: one instance serves all workers.
 */
public interface DependencyParser {
    /**
     * @param sentence a tokenized, tagged sentence
     * @return one dependency per token, in token order; the root's governor is {@link Dependency#ROOT}
     */
    List<Dependency> parse(Sentence sentence);
}
