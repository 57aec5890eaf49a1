package org.entente.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Bibliographic metadata of a document. Missing values are empty strings, never null.
 *
 * @param title   the document's title
 * @param authors authors, separated by "; "
 * @param date    publication date, ISO 8601 (yyyy, yyyy-MM or yyyy-MM-dd)
 * @param series  the series or publication venue
 * @param url     the source address
 * @param extra   further columns from a metadata sidecar, sorted by name
 */
public record Metadata(String title, String authors, String date, String series, String url, Map<String, String> extra)
        implements Serializable {
    /** Metadata with every field empty. */
    public static final Metadata EMPTY = new Metadata("", "", "", "", "", Map.of());

    public Metadata {
        title = Objects.requireNonNullElse(title, "");
        authors = Objects.requireNonNullElse(authors, "");
        date = Objects.requireNonNullElse(date, "");
        series = Objects.requireNonNullElse(series, "");
        url = Objects.requireNonNullElse(url, "");
        extra = Collections.unmodifiableSortedMap(new TreeMap<>(extra == null ? Map.of() : extra));
    }

    /**
     * Returns this metadata with every non-empty field of {@code other} taking precedence.
     *
     * @param other the overriding values (a sidecar row)
     * @return the merged metadata
     */
    public Metadata overriddenBy(Metadata other) {
        Map<String, String> merged = new TreeMap<>(extra);
        merged.putAll(other.extra);
        return new Metadata(
                pick(other.title, title),
                pick(other.authors, authors),
                pick(other.date, date),
                pick(other.series, series),
                pick(other.url, url),
                merged);
    }

    private static String pick(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }
}
