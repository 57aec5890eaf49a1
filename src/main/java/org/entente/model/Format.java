package org.entente.model;

import java.util.Locale;
import java.util.Optional;

/** The input formats Entente reads, recognised by file name extension. */
public enum Format {
    PDF, HTML, TXT;

    /**
     * The format of a file name, if Entente reads it.
     *
     * @param fileName a file name such as {@code brief.pdf}
     * @return the format, or empty for files Entente does not read
     */
    public static Optional<Format> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TXT);
        }
        return Optional.empty();
    }

    /** The lower-case name used in tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
