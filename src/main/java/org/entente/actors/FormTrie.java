package org.entente.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie of written forms that finds their leftmost-longest occurrences in a text where a form may
 * begin and end ({@link Boundaries}: in English at word boundaries, so "US" never matches inside "USA", while
 * "Korea" matches in "North Korea-Russia"). Curly apostrophes match straight ones, and the dashes
 * U+2010..U+2015 match '-'.
 *
 * <p>Built once, then immutable and thread-safe for lookups.
 *
 * @param <T> the value attached to each form
 */
final class FormTrie<T> {
    /** One occurrence of a form. */
    public record Hit<T>(int begin, int end, T value) {}

    /** Where a form may begin and end in a text: a language's word boundaries. */
    public interface Boundaries {
        /** Whether a form may begin at {@code i}. */
        boolean mayBegin(CharSequence text, int i);

        /** Whether a form may end at {@code j}. */
        boolean mayEnd(CharSequence text, int j);

        /**
         * Whether a form that begins inside a found form and ends after it wins over it (对朝鲜 is 对 + 朝鲜, not
         * the set word 对朝 + 鲜): for scripts without spaces.
         */
        default boolean laterLongerWins() {
            return false;
        }
    }

    /** Word boundaries: no letter or digit just before the form's first character or just after its last. */
    public static final Boundaries WORDS = new Boundaries() {
        @Override
        public boolean mayBegin(CharSequence text, int i) {
            return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        }

        @Override
        public boolean mayEnd(CharSequence text, int j) {
            return j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
        }
    };

    /**
     * A node: its only child inline (most nodes have one), or its children's characters in ascending order with the
     * children at the same index; no map and no boxed characters per node, as a large dictionary has a few hundred
     * thousand. A form's last characters that no other form shares are one tail node rather than a chain of
     * single-child nodes: its {@code keys} hold them, without {@code children}, and its {@code value} is the form's
     * (a tail is split into nodes when another form goes through it).
     */
    private static final class Node<T> {
        private char key;
        private Node<T> only;
        private char[] keys;
        private Node<T>[] children;
        private T value;

        /** Whether this node is a tail: the characters in {@code keys} lead to {@code value}. */
        boolean isTail() {
            return keys != null && children == null;
        }

        /** The child of a character, or null (always null for a tail). */
        Node<T> child(char c) {
            if (only != null) {
                return key == c ? only : null;
            }
            Node<T>[] ch = children;
            if (ch == null) {
                return null;
            }
            char[] k = keys;
            if (k.length < 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return ch[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i < 0 ? null : ch[i];
        }

        /** Makes this new, empty node the tail of {@code form[from..]} (at least one character) and value. */
        void tail(String form, int from, T tailValue) {
            char[] t = new char[form.length() - from];
            for (int i = 0; i < t.length; i++) {
                t[i] = fold(form.charAt(from + i));
            }
            keys = t;
            value = tailValue;
        }

        /** Whether this tail holds exactly {@code form[from..]}. */
        boolean tailIs(String form, int from) {
            char[] t = keys;
            if (t.length != form.length() - from) {
                return false;
            }
            for (int i = 0; i < t.length; i++) {
                if (t[i] != fold(form.charAt(from + i))) {
                    return false;
                }
            }
            return true;
        }

        /** Turns this tail into a plain node: its first character a child, holding the rest as a tail or value. */
        void split() {
            char[] t = keys;
            T v = value;
            Node<T> next = new Node<>();
            if (t.length == 1) {
                next.value = v;
            } else {
                next.keys = Arrays.copyOfRange(t, 1, t.length);
                next.value = v;
            }
            keys = null;
            value = null;
            key = t[0];
            only = next;
        }

        /** Adds a new, empty child of a character this node has none of (it is no tail). */
        @SuppressWarnings("unchecked")
        Node<T> newChild(char c) {
            Node<T> added = new Node<>();
            if (only == null && keys == null) {
                key = c;
                only = added;
                return added;
            }
            if (only != null) {
                keys = new char[] {key};
                children = (Node<T>[]) new Node<?>[] {only};
                only = null;
            }
            int at = -Arrays.binarySearch(keys, c) - 1;
            int n = keys.length;
            char[] k = Arrays.copyOf(keys, n + 1);
            Node<T>[] ch = Arrays.copyOf(children, n + 1);
            System.arraycopy(keys, at, k, at + 1, n - at);
            System.arraycopy(children, at, ch, at + 1, n - at);
            k[at] = c;
            ch[at] = added;
            keys = k;
            children = ch;
            return added;
        }
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
        int n = form.length();
        for (int i = 0; i < n; i++) {
            if (node.isTail()) {
                if (node.tailIs(form, i)) {
                    return; // added before: the first value stays
                }
                node.split();
            }
            char c = fold(form.charAt(i));
            Node<T> child = node.child(c);
            if (child == null) {
                child = node.newChild(c);
                if (i + 1 < n) {
                    child.tail(form, i + 1, value);
                } else {
                    child.value = value;
                }
                return;
            }
            node = child;
        }
        if (node.isTail()) {
            node.split();
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /**
     * Finds the leftmost-longest, non-overlapping occurrences in {@code text[from, to)} at word boundaries.
     *
     * @param text the text
     * @param from first index to search, inclusive
     * @param to   last index, exclusive
     * @return the occurrences in text order
     */
    public List<Hit<T>> find(CharSequence text, int from, int to) {
        return find(text, from, to, WORDS);
    }

    /**
     * Finds the leftmost-longest, non-overlapping occurrences in {@code text[from, to)}.
     *
     * @param text       the text
     * @param from       first index to search, inclusive
     * @param to         last index, exclusive
     * @param boundaries where a form may begin and end
     * @return the occurrences in text order
     */
    public List<Hit<T>> find(CharSequence text, int from, int to, Boundaries boundaries) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!boundaries.mayBegin(text, i)) {
                i++;
                continue;
            }
            int bestEnd = longest(text, i, to, boundaries);
            T best = bestEnd < 0 ? null : valueAt(text, i, bestEnd);
            if (best != null && boundaries.laterLongerWins()) {
                int later = -1;
                for (int k = i + 1; k < bestEnd && later < 0; k++) {
                    if (boundaries.mayBegin(text, k) && longest(text, k, to, boundaries) > bestEnd) {
                        later = k;
                    }
                }
                if (later > 0) {
                    i = later;
                    continue;
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

    /**
     * The longest form that begins at {@code i} and ends by {@code to}, if any.
     *
     * @param text       the text
     * @param i          where the form begins
     * @param to         last index, exclusive
     * @param boundaries where a form may begin and end
     * @return the occurrence, or null
     */
    public Hit<T> longestAt(CharSequence text, int i, int to, Boundaries boundaries) {
        if (!boundaries.mayBegin(text, i)) {
            return null;
        }
        int end = longest(text, i, to, boundaries);
        return end < 0 ? null : new Hit<>(i, end, valueAt(text, i, end));
    }

    /** The end of the longest form beginning at {@code i}, or -1. */
    private int longest(CharSequence text, int i, int to, Boundaries boundaries) {
        Node<T> node = root;
        int bestEnd = -1;
        for (int j = i; j < to; j++) {
            if (node.isTail()) {
                char[] t = node.keys;
                int end = j + t.length;
                if (end > to) {
                    return bestEnd;
                }
                for (int k = 0; k < t.length; k++) {
                    if (fold(text.charAt(j + k)) != t[k]) {
                        return bestEnd;
                    }
                }
                return boundaries.mayEnd(text, end) ? end : bestEnd;
            }
            node = node.child(fold(text.charAt(j)));
            if (node == null) {
                break;
            }
            if (node.value != null && !node.isTail() && boundaries.mayEnd(text, j + 1)) {
                bestEnd = j + 1;
            }
        }
        return bestEnd;
    }

    /** The value of the form at {@code text[begin, end)}, an end that {@link #longest} found. */
    private T valueAt(CharSequence text, int begin, int end) {
        Node<T> node = root;
        for (int j = begin; j < end; j++) {
            if (node.isTail()) {
                return node.value; // the tail ends at end
            }
            node = node.child(fold(text.charAt(j)));
        }
        return node.isTail() ? null : node.value;
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
