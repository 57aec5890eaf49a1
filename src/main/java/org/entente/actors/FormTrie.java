package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie of written forms that finds their leftmost-longest occurrences in a text at word
 * boundaries: a form matches only where the characters just before and just after it are not letters or
 * digits (so "US" never matches inside "USA", while "Korea" matches in "North Korea-Russia"). Curly
 * apostrophes match straight ones, and the dashes U+2010..U+2015 match '-'.
 *
 * <p>Built once, then immutable and thread-safe for lookups.
 *
 * @param <T> the value attached to each form
 */
public final class FormTrie<T> {
    /** One occurrence of a form. */
    public record Hit<T>(int begin, int end, T value) {
    }

    private static final class Node<T> {
        private final Map<Character, Node<T>> children = new HashMap<>(4);
        private T value;
    }

    private final Node<T> root = new Node<>();

    /**
     * Adds a form; a form added twice keeps its first value.
     *
     * @param form  the text to find
     * @param value the value returned with each occurrence
     */
    public void add(String form, T value) {
        Node<T> node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.children.computeIfAbsent(fold(form.charAt(i)), c -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /**
     * Finds the leftmost-longest, non-overlapping occurrences in {@code text[from, to)}.
     *
     * @param text the text
     * @param from first index to search, inclusive
     * @param to   last index, exclusive
     * @return the occurrences in text order
     */
    public List<Hit<T>> find(CharSequence text, int from, int to) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Node<T> node = root;
            int bestEnd = -1;
            T best = null;
            for (int j = i; j < to; j++) {
                node = node.children.get(fold(text.charAt(j)));
                if (node == null) {
                    break;
                }
                if (node.value != null && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    bestEnd = j + 1;
                    best = node.value;
                }
            }
            if (best != null) {
                hits.add(new Hit<>(i, bestEnd, best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** Maps characters that print alike to one form: curly apostrophes, dashes, no-break space. */
    static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> '-';
            case '\u00A0' -> ' ';
            default -> c;
        };
    }
}
