package org.entente.actors;

/**
 * The actor dictionary is invalid. The message names the file and line, the offending value and what
 * was expected, e.g. {@code models/states.tsv:12: alias "Korea" already names PRK (line 8); expected each
 * alias to name one actor}.
 */
public class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the full message, starting with file:line */
    public DictionaryException(String message) {
        super(message);
    }
}
