package org.entente.report;

/**
 * A report that cannot be made because of the user's input: a missing run folder, a folder that is not the
 * output of {@code entente analyze}, or a bad option. The message is one line naming the value, where it is,
 * and what was expected; the command line exits with code 2. Immutable once thrown.
 */
public class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the full message */
    public ReportException(String message) {
        super(message);
    }
}
