package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An explicit relation mention: a hyphen- or slash-joined compound of two or more actors, such as
 * "ROK-U.S.-Japan trilateral cooperation", or a coordinated list after a relation noun, such as
 * "cooperation among North Korea, China and Russia".
 *
 * @param paragraph index of the paragraph
 * @param sentence  index of the sentence
 * @param begin     char offset of the compound's first character, inclusive
 * @param end       char offset after its last part, exclusive
 * @param text      the compound as written ("ROK-U.S.-Japan")
 * @param actorIds  the parts' actor ids, in text order
 * @param form      {@link #HYPHEN} or {@link #LIST}
 * @param head      the head noun ("cooperation"), or empty
 */
public record Compound(
        int paragraph, int sentence, int begin, int end, String text, List<String> actorIds, String form, String head)
        implements Serializable {
    /** Parts joined by '-' or '/'. */
    public static final String HYPHEN = "hyphen";
    /** A coordinated list after a relation noun. */
    public static final String LIST = "list";

    public Compound {
        Checks.span(begin, end);
        Objects.requireNonNull(text, "text");
        actorIds = List.copyOf(actorIds);
        if (actorIds.size() < 2) {
            throw new IllegalArgumentException("a compound has at least two parts: " + actorIds);
        }
        if (!HYPHEN.equals(form) && !LIST.equals(form)) {
            throw new IllegalArgumentException("form must be hyphen or list: " + form);
        }
        head = Objects.requireNonNullElse(head, "");
    }
}
