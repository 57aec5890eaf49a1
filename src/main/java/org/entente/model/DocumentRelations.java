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
 * @param events       the coded events, by sentence and trigger (empty when events are off)
 */
public record DocumentRelations(
        List<DocCoMention> coMentions, List<CoMentionUnit> units, List<Set<CueClass>> sentenceCues, List<Event> events)
        implements Serializable {
    public DocumentRelations {
        coMentions = List.copyOf(coMentions);
        units = List.copyOf(units);
        sentenceCues = sentenceCues.stream().map(Set::copyOf).toList();
        events = List.copyOf(events);
    }

    /** Relations without events. */
    public DocumentRelations(
            List<DocCoMention> coMentions, List<CoMentionUnit> units, List<Set<CueClass>> sentenceCues) {
        this(coMentions, units, sentenceCues, List.of());
    }

    /** The same relations with the given events. */
    public DocumentRelations withEvents(List<Event> coded) {
        return new DocumentRelations(coMentions, units, sentenceCues, coded);
    }
}
