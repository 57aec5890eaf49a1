package org.entente.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Document;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.Paragraph;
import org.entente.model.Source;

/**
 * Builds a document's text from paragraphs: each paragraph is normalised (NFKC, whitespace folded to
 * single spaces) and paragraphs are joined by a blank line, so offsets stay exact.
 *
 * <p>Not thread-safe: one instance per document.
 */
public final class TextAssembler {
    private final StringBuilder text = new StringBuilder();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    /**
     * Appends a paragraph; blank paragraphs are skipped.
     *
     * @param raw     the paragraph's text, any whitespace
     * @param heading whether it is a title or heading
     * @return this assembler
     */
    public TextAssembler add(String raw, boolean heading) {
        String clean = normalise(raw);
        if (clean.isEmpty()) {
            return this;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int begin = text.length();
        text.append(clean);
        paragraphs.add(new Paragraph(paragraphs.size(), begin, text.length(), heading));
        return this;
    }

    /** Number of paragraphs added so far. */
    public int size() {
        return paragraphs.size();
    }

    /**
     * Builds the document.
     *
     * @throws ExtractionException when no paragraph has any text
     */
    public Document build(Source source, Metadata metadata, int pages, String encoding, String emptyReason)
            throws ExtractionException {
        if (paragraphs.isEmpty()) {
            throw new ExtractionException(FailureKind.NO_TEXT, emptyReason);
        }
        return new Document(source, metadata, text.toString(), paragraphs, pages, encoding, "");
    }

    /**
     * Unicode NFKC (ligatures, full-width forms) and whitespace folding: every run of whitespace, including
     * no-break and zero-width spaces, becomes one space; control characters are dropped.
     *
     * @param raw any text
     * @return the normalised text, trimmed
     */
    public static String normalise(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                space = true;
            } else if (Character.isISOControl(c) || c == '\u00AD') {
                // drop control characters and soft hyphens
                continue;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
