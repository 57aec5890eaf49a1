package org.entente.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A directed, typed act of one actor on another, coded from one sentence (docs/conventions.md, "Events: who does
 * what to whom"). A compound source or target gives one event per pair.
 *
 * @param paragraph   index of the paragraph
 * @param sentence    index of the sentence in the document
 * @param begin       char offset of the first trigger word, inclusive
 * @param end         char offset after the last trigger word, exclusive
 * @param trigger     the trigger words in text order, separated by a space ("agreed to provide aid")
 * @param source      the source actor
 * @param sourceState the state the source stands for: a state's own id, the id a leader served on the document's
 *                    date (a state, or an organisation such as UN), an organisation's own id
 * @param sourceBegin char offset of the source mention, inclusive
 * @param sourceEnd   char offset after the source mention, exclusive
 * @param target      the target actor, different from the source
 * @param targetState the state the target stands for, as for the source
 * @param targetBegin char offset of the target mention, inclusive
 * @param targetEnd   char offset after the target mention, exclusive
 * @param type        the PLOVER event type
 * @param mode        asserted, negated, hypothetical or reported
 * @param nested      true when the act is the object of another act ("condemned the U.S. sanctions on Russia":
 *                    the sanctions) or the act asked for in a demand or request
 */
public record Event(
        int paragraph,
        int sentence,
        int begin,
        int end,
        String trigger,
        Actor source,
        String sourceState,
        int sourceBegin,
        int sourceEnd,
        Actor target,
        String targetState,
        int targetBegin,
        int targetEnd,
        EventType type,
        EventMode mode,
        boolean nested)
        implements Serializable {
    public Event {
        if (paragraph < 0 || sentence < 0) {
            throw new IllegalArgumentException("paragraph and sentence must be >= 0: " + paragraph + ", " + sentence);
        }
        Checks.span(begin, end);
        Checks.span(sourceBegin, sourceEnd);
        Checks.span(targetBegin, targetEnd);
        Checks.text(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Checks.text(sourceState, "sourceState");
        Checks.text(targetState, "targetState");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        if (source.id().equals(target.id())) {
            throw new IllegalArgumentException("an event's source and target must differ: " + source.id());
        }
    }

    /** The PLOVER quad class of the type. */
    public CueClass quad() {
        return type.quad();
    }
}
