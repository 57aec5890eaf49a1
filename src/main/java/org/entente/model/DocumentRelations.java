package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What the relations stage found in one document.
 *
 * @param coMentions   counts per scope and actor set
 * @param units        the co-mention units (evidence), by scope and index
 * @param sentenceCues the cue classes of each sentence, by sentence index
 */
public record DocumentRelations(
        List<DocCoMention> coMentions, List<CoMentionUnit> units, List<Set<CueClass>> sentenceCues)
        implements Serializable {
    public DocumentRelations {
        coMentions = List.copyOf(coMentions);
        units = List.copyOf(units);
        sentenceCues = sentenceCues.stream().map(Set::copyOf).toList();
    }
}
