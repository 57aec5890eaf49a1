package org.entente.pipeline;

import java.io.Serializable;
import org.entente.model.Document;
import org.entente.model.DocumentRelations;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;
import org.entente.model.Stage;

/** What became of one input file: done with its results, or failed at a stage with a one-line reason. */
public sealed interface Outcome extends Serializable {
    /**
     * A document that went through every stage.
     *
     * @param resolved  the document and its mentions
     * @param relations its co-mention counts and units
     */
    record Done(ResolvedDocument resolved, DocumentRelations relations) implements Outcome {}

    /**
     * A document of an extract-only run, extracted with its language detected.
     *
     * @param document the document
     */
    record Extracted(Document document) implements Outcome {}

    /**
     * A document that failed.
     *
     * @param source   the input file
     * @param metadata what the sidecar says of it, or {@link Metadata#EMPTY}
     * @param stage    the stage that failed
     * @param kind     what kind of failure (it chooses the hint)
     * @param reason   one line
     */
    record Failed(Source source, Metadata metadata, Stage stage, FailureKind kind, String reason) implements Outcome {}
}
