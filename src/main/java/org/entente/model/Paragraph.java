package org.entente.model;

/**
 * A paragraph (or heading) of a document's extracted text.
 *
 * @param index   0-based position in the document
 * @param begin   char offset of the first character, inclusive
 * @param end     char offset after the last character, exclusive
 * @param heading true when the paragraph is a title or section heading
 */
public record Paragraph(int index, int begin, int end, boolean heading) implements java.io.Serializable {
    public Paragraph {
        Checks.span(begin, end);
        if (index < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0, was " + index);
        }
    }
}
