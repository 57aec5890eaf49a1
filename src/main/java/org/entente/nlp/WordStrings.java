package org.entente.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * One string per distinct word of a document: the tokens' text, tags and lemmas repeat ("the", "and", "PROPN"),
 * and a string per token is most of what tokens cost while a document is annotated (issue 19:
 * docs/performance.md, "A document of many short paragraphs"). Lives for one {@code annotate} call.
 *
 * <p>Not thread-safe: one per call.
 */
final class WordStrings {
    private final Map<String, String> seen = new HashMap<>();

    /** The first string equal to {@code s} seen by this instance (s itself the first time); null for null. */
    String of(String s) {
        if (s == null) {
            return null;
        }
        String first = seen.putIfAbsent(s, s);
        return first == null ? s : first;
    }
}
