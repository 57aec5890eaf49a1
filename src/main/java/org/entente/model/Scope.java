package org.entente.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The unit within which co-mentions are counted: a sentence, a paragraph, the whole document, or a window of
 * {@code size} tokens. Windows are consecutive and do not overlap: tokens 0..size-1 of the document form the
 * first window, size..2·size-1 the second, and so on, across sentence and paragraph boundaries.
 *
 * @param unit the kind of unit
 * @param size the window size in tokens (only for {@link Unit#WINDOW}, otherwise 0)
 */
public record Scope(Unit unit, int size) implements Serializable, Comparable<Scope> {
    /** The kinds of unit. */
    public enum Unit {
        SENTENCE,
        PARAGRAPH,
        DOCUMENT,
        WINDOW
    }

    /** Sentence scope, the default. */
    public static final Scope SENTENCE = new Scope(Unit.SENTENCE, 0);
    /** Paragraph scope. */
    public static final Scope PARAGRAPH = new Scope(Unit.PARAGRAPH, 0);
    /** Document scope. */
    public static final Scope DOCUMENT = new Scope(Unit.DOCUMENT, 0);

    public Scope {
        Objects.requireNonNull(unit, "unit");
        if ((unit == Unit.WINDOW) != (size > 0)) {
            throw new IllegalArgumentException(
                    "a window needs a size of at least 1 token, other scopes none: " + unit + " " + size);
        }
    }

    /** A window of {@code size} tokens. */
    public static Scope window(int size) {
        return new Scope(Unit.WINDOW, size);
    }

    /**
     * Parses a label as written on the command line and in tables: sentence, paragraph, document, window:N.
     *
     * @param label the label
     * @return the scope
     * @throws IllegalArgumentException naming the label and what was expected
     */
    public static Scope parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("window:")) {
            try {
                int n = Integer.parseInt(l.substring("window:".length()));
                if (n >= 2) {
                    return window(n);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("scope " + label + ": expected window:N with N a whole number >= 2");
        }
        return switch (l) {
            case "sentence" -> SENTENCE;
            case "paragraph" -> PARAGRAPH;
            case "document" -> DOCUMENT;
            default ->
                throw new IllegalArgumentException(
                        "scope " + label + ": expected sentence, paragraph, document or window:N");
        };
    }

    /** The label written in tables: sentence, paragraph, document or window:N. */
    public String label() {
        return unit == Unit.WINDOW ? "window:" + size : unit.name().toLowerCase(Locale.ROOT);
    }

    /** Orders scopes sentence, paragraph, document, then windows by size. */
    @Override
    public int compareTo(Scope o) {
        int c = unit.compareTo(o.unit);
        return c != 0 ? c : Integer.compare(size, o.size);
    }
}
