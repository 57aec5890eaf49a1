package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One unit (sentence, paragraph, document or window) in which two or more counted actors are mentioned:
 * the evidence behind the numbers of the co-mention tables.
 *
 * @param scope    the kind of unit
 * @param index    the unit's index in the document (sentence, paragraph or window index; 0 for the document)
 * @param begin    char offset of the unit's first character, inclusive
 * @param end      char offset after its last character, exclusive
 * @param actorIds the distinct counted actors mentioned in it, sorted
 * @param cues     the relation cue classes found in it
 */
public record CoMentionUnit(Scope scope, int index, int begin, int end, List<String> actorIds, Set<CueClass> cues)
        implements Serializable {
    public CoMentionUnit {
        Objects.requireNonNull(scope, "scope");
        Checks.span(begin, end);
        actorIds = List.copyOf(actorIds);
        cues = Set.copyOf(cues);
    }
}
