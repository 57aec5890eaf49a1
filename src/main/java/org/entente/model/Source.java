package org.entente.model;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file: its stable id, path and content hash.
 *
 * @param docId        stable id derived from the path relative to its input root
 * @param path         the file on disk
 * @param relativePath the path relative to its input root, with '/' separators (written in tables)
 * @param format       the file format's label (pdf, html, txt: see org.entente.extract.InputFormat)
 * @param sha256       hex SHA-256 of the file's bytes
 * @param bytes        file size in bytes
 */
public record Source(String docId, Path path, String relativePath, String format, String sha256, long bytes)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public Source {
        Checks.text(docId, "docId");
        Objects.requireNonNull(path, "path");
        Checks.text(relativePath, "relativePath");
        Checks.text(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Serialised as {@link SerialForm}, since a {@link Path} is not serialisable. */
    private Object writeReplace() {
        return new SerialForm(docId, path.toString(), relativePath, format, sha256, bytes);
    }

    /** The serial form of a source: the path as a string. */
    private record SerialForm(String docId, String path, String relativePath, String format, String sha256, long bytes)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new Source(docId, Path.of(path), relativePath, format, sha256, bytes);
        }
    }
}
