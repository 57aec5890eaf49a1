package org.entente.pipeline;

import java.io.Serializable;
import java.util.Map;

/**
 * What one document may cost: pages read of a PDF, characters of text, seconds of work. A document over a
 * limit fails alone, with the reason, and the run goes on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxPages   pages read per PDF at most
 * @param maxChars   documents with more characters of text fail as "too large"
 * @param docTimeout seconds a document may take before it fails as "timeout"
 */
public record Limits(int maxPages, long maxChars, int docTimeout) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Default of --max-chars: about 3,000 pages of text. */
    public static final long DEFAULT_MAX_CHARS = 10_000_000;
    /** Default of --doc-timeout, in seconds. */
    public static final int DEFAULT_DOC_TIMEOUT = 600;
    /** Default of --max-pages. */
    public static final int DEFAULT_MAX_PAGES = 2000;
    /** The defaults. */
    public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_PAGES, DEFAULT_MAX_CHARS, DEFAULT_DOC_TIMEOUT);

    public Limits {
        if (maxPages < 1) {
            throw new ConfigurationException("--max-pages " + maxPages + ": expected a whole number of at least 1");
        }
        if (maxChars < 1) {
            throw new ConfigurationException("--max-chars " + maxChars + ": expected a whole number of at least 1");
        }
        if (docTimeout < 1) {
            throw new ConfigurationException(
                    "--doc-timeout " + docTimeout + ": expected a whole number of seconds, at least 1");
        }
    }

    /** Adds the limits as run.json names them: max_pages, max_chars, doc_timeout. */
    public void describe(Map<String, Object> out) {
        out.put("max_pages", maxPages);
        out.put("max_chars", maxChars);
        out.put("doc_timeout", docTimeout);
    }
}
