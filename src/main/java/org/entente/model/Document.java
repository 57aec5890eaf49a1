package org.entente.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A document after extraction: its clean text, paragraph structure and metadata.
 *
 * @param source     where the document came from
 * @param metadata   bibliographic metadata (from the file and any sidecar)
 * @param text       the extracted text; paragraphs are separated by a blank line
 * @param paragraphs the paragraphs, in order, with offsets into {@code text}
 * @param pages      number of pages (PDF), otherwise 0
 * @param encoding   the character encoding the text was decoded from, or empty
 * @param language   ISO 639-3 code of the detected language, or empty
 */
public record Document(
        Source source,
        Metadata metadata,
        String text,
        List<Paragraph> paragraphs,
        int pages,
        String encoding,
        String language)
        implements Serializable {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        encoding = Objects.requireNonNullElse(encoding, "");
        language = Objects.requireNonNullElse(language, "");
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.index() != i || p.end() > text.length()) {
                throw new IllegalArgumentException(
                        "paragraph " + i + " of " + source.docId() + " is out of order or beyond the text (" + p + ")");
            }
        }
    }

    /** The document's stable id. */
    public String docId() {
        return source.docId();
    }

    /** The text of paragraph {@code index}. */
    public String paragraphText(int index) {
        Paragraph p = paragraphs.get(index);
        return text.substring(p.begin(), p.end());
    }

    /** The language of paragraph {@code index}: its own, else the document's. */
    public String languageOf(int index) {
        String own = paragraphs.get(index).language();
        return own.isEmpty() ? language : own;
    }

    /** Returns a copy with other metadata. */
    public Document withMetadata(Metadata other) {
        return new Document(source, other, text, paragraphs, pages, encoding, language);
    }

    /** Returns a copy with the detected language set. */
    public Document withLanguage(String code) {
        return new Document(source, metadata, text, paragraphs, pages, encoding, code);
    }
}
