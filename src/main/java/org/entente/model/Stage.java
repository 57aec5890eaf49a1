package org.entente.model;

import java.util.Locale;

/** The stages a document goes through, in order; a failed document names the one that failed. */
public enum Stage {
    /** Reading the file (or fetching it from a remote file system). */
    READ,
    /** Extracting text, paragraphs and metadata. */
    EXTRACT,
    /** Sentences, tokens, tags and named entities. */
    ANNOTATE,
    /** Resolving mentions to actors. */
    RESOLVE,
    /** Counting co-mentions and relations. */
    COUNT;

    /** The lower-case name written in documents.csv and failures.csv. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
