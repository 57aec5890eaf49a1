package org.entente.pipeline;

/**
 * Receives a run's progress: called from the one thread that writes the results, in doc_id order.
 * Implementations need not be thread-safe.
 */
public interface Progress {
    /** Nothing is reported. */
    Progress NONE = new Progress() {};

    /**
     * The run is about to process its documents.
     *
     * @param documents number of input documents
     */
    default void started(int documents) {}

    /**
     * One document was written.
     *
     * @param outcome what became of it
     * @param tokens  tokens annotated in it (0 when it failed)
     */
    default void document(Outcome outcome, int tokens) {}

    /** Every document was written. */
    default void finished() {}
}
