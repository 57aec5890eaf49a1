package org.entente.pipeline;

import org.entente.model.DocumentRelations;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;

/** What became of one input file: done with its results, or failed at a stage with a one-line reason. */
public sealed interface Outcome extends java.io.Serializable {
    /**
     * A document that went through every stage.
     *
     * @param resolved  the document and its mentions
     * @param relations its co-mention counts and units
     */
    record Done(ResolvedDocument resolved, DocumentRelations relations) implements Outcome {
    }

    /**
     * A document of an extract-only run, extracted with its language detected.
     *
     * @param document the document
     */
    record Extracted(org.entente.model.Document document) implements Outcome {
    }

    /**
     * A document that failed.
     *
     * @param source   the input file
     * @param metadata what the sidecar says of it, or {@link Metadata#EMPTY}
     * @param stage    read, extract, annotate or resolve
     * @param reason   one line
     */
    record Failed(Source source, Metadata metadata, String stage, String reason) implements Outcome {
    }
}
