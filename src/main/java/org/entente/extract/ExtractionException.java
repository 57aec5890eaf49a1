package org.entente.extract;

/** A document could not be extracted; the message is a one-line reason fit for failures tables. */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason one-line reason */
    public ExtractionException(String reason) {
        super(reason);
    }

    /**
     * @param reason one-line reason
     * @param cause  the underlying error
     */
    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
