package org.entente.testing;

import java.nio.file.Path;
import org.entente.extract.ExtractionException;
import org.entente.extract.TextAssembler;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Source;

/** Builds small documents for tests, one paragraph per argument. */
public final class Docs {
    private Docs() {}

    /**
     * @param docId      the document id
     * @param paragraphs paragraph texts
     * @return the document
     */
    public static Document of(String docId, String... paragraphs) {
        TextAssembler text = new TextAssembler();
        for (String p : paragraphs) {
            text.add(p, false);
        }
        try {
            return text.build(
                    new Source(docId, Path.of(docId + ".txt"), docId + ".txt", "txt", "", 0),
                    Metadata.EMPTY,
                    0,
                    "UTF-8",
                    "empty test document");
        } catch (ExtractionException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
