package org.entente.nlp;

/** An engine's models could not be loaded; the message names the model and where it was looked for. */
public class EngineLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed to load and from where
     * @param cause   the underlying error
     */
    public EngineLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
