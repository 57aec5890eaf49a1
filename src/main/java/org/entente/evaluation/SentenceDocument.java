package org.entente.evaluation;

import java.nio.file.Path;
import java.util.Map;
import org.entente.extract.ExtractionException;
import org.entente.extract.TextAssembler;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Source;

/** A gold sentence as a document of its own, as the evaluations analyse it. Stateless. */
final class SentenceDocument {
    private SentenceDocument() {}

    /**
     * @param id   the sentence's id (also the document's id and path)
     * @param text the sentence
     * @param date the date the gold gives it, or empty
     * @return a one-paragraph text document
     * @throws ExtractionException when the text is empty
     */
    static Document of(String id, String text, String date) throws ExtractionException {
        return new TextAssembler()
                .add(text, false)
                .build(
                        new Source(id, Path.of(id), id, "txt", "", 0),
                        new Metadata("", "", date, "", "", Map.of()),
                        0,
                        "",
                        "empty gold sentence " + id);
    }
}
