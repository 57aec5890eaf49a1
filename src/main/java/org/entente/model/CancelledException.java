package org.entente.model;

/**
 * The work on a document was cancelled: its thread was interrupted (by {@code --doc-timeout} or by the memory
 * guard) and a stage loop noticed it at the next paragraph or sentence. Whoever cancelled the document records
 * its failure; this exception only unwinds the work so that its memory is freed promptly.
 */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A cancellation noticed in the named stage loop. */
    public CancelledException(String where) {
        super("cancelled in " + where);
    }

    /**
     * Throws when the current thread has been interrupted; a stage loop calls it once per paragraph or sentence
     * (a volatile read, far cheaper than the work of a sentence). The interrupt status is kept, so that an outer
     * loop notices it too.
     *
     * @param where the loop, for the message
     * @throws CancelledException when the current thread is interrupted
     */
    public static void check(String where) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException(where);
        }
    }
}
