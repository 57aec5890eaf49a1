package org.entente.model;

/**
 * Why a document failed, as a kind a user can act on (the hint of failures.csv is chosen by it); the one-line
 * reason says the rest.
 */
public enum FailureKind {
    /** The file cannot be read: missing, unreadable, too large for memory. */
    CANNOT_READ_FILE,
    /** A .pdf file that is another format. */
    NOT_A_PDF,
    /** A PDF that PDFBox cannot parse: truncated, damaged or without pages. */
    NOT_A_READABLE_PDF,
    /** A PDF that needs a password. */
    ENCRYPTED,
    /** A PDF of scanned pages without a text layer. */
    NO_TEXT_LAYER,
    /** A file that holds no text Entente can read (empty, only whitespace, only boilerplate). */
    NO_TEXT,
    /** More characters of text than {@code --max-chars}. */
    TOO_LARGE,
    /** Still running after {@code --doc-timeout}. */
    TIMEOUT,
    /** The document needed more memory than the worker had. */
    OUT_OF_MEMORY,
    /** An error Entente did not expect: a bug to report. */
    UNEXPECTED
}
