package org.entente.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A paragraph (or heading) of a document's extracted text.
 *
 * @param index   0-based position in the document
 * @param begin   char offset of the first character, inclusive
 * @param end     char offset after the last character, exclusive
 * @param heading  true when the paragraph is a title or section heading
 * @param language ISO 639-3 code of the paragraph's language when it differs from the document's (a Korean
 *                 page quoting an English statement), else empty
 */
public record Paragraph(int index, int begin, int end, boolean heading, String language) implements Serializable {
    public Paragraph {
        Checks.span(begin, end);
        if (index < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0, was " + index);
        }
        language = Objects.requireNonNullElse(language, "");
    }

    /** A paragraph in the document's language. */
    public Paragraph(int index, int begin, int end, boolean heading) {
        this(index, begin, end, heading, "");
    }

    /** The same paragraph in another language (empty: the document's). */
    public Paragraph withLanguage(String code) {
        return new Paragraph(index, begin, end, heading, code);
    }
}
