package org.entente.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file: its stable id, path and content hash.
 *
 * @param docId        stable id derived from the path relative to its input root
 * @param path         the file on disk
 * @param relativePath the path relative to its input root, with '/' separators (written in tables)
 * @param format       the file format
 * @param sha256       hex SHA-256 of the file's bytes
 * @param bytes        file size in bytes
 */
public record Source(String docId, Path path, String relativePath, Format format, String sha256, long bytes) {
    public Source {
        Checks.text(docId, "docId");
        Objects.requireNonNull(path, "path");
        Checks.text(relativePath, "relativePath");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }
}
