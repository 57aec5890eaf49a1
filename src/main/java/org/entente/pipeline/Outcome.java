package org.entente.pipeline;

import java.util.List;
import org.entente.model.DocCoMention;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;

/** What became of one input file: done with its results, or failed at a stage with a one-line reason. */
public sealed interface Outcome {
    /**
     * A document that went through every stage.
     *
     * @param resolved   the document and its mentions
     * @param coMentions its co-mention counts
     */
    record Done(ResolvedDocument resolved, List<DocCoMention> coMentions) implements Outcome {
        public Done {
            coMentions = List.copyOf(coMentions);
        }
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
