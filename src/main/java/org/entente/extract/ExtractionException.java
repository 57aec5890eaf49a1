package org.entente.extract;

import java.util.Objects;
import org.entente.model.FailureKind;

/** A document could not be extracted: the kind of failure, and a one-line reason fit for failures tables. */
public class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    /**
     * @param kind   what kind of failure
     * @param reason one-line reason
     */
    public ExtractionException(FailureKind kind, String reason) {
        super(reason);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param kind   what kind of failure
     * @param reason one-line reason
     * @param cause  the underlying error
     */
    public ExtractionException(FailureKind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure. */
    public FailureKind kind() {
        return kind;
    }
}
