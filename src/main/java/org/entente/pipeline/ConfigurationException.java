package org.entente.pipeline;

/**
 * A bad option, input path, dictionary or sidecar, found before the first document is processed. The
 * message names the value, where it is, and what was expected; the command line exits with code 2.
 */
public class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the full message */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message the full message
     * @param cause   the underlying error
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
