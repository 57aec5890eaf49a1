package org.entente.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.entente.model.FailureKind;

/**
 * Reads input files for the extractors, turning I/O errors into one-line reasons.
 *
 * <p>Stateless and thread-safe.
 */
final class InputFiles {
    /** The reason given for a file of zero bytes, whatever its format. */
    static final String EMPTY = "no text: the file is empty (0 bytes)";

    private InputFiles() {}

    /**
     * Reads a whole file.
     *
     * @param path the file
     * @return its bytes, never empty
     * @throws ExtractionException "cannot read file: ..." or {@link #EMPTY}
     */
    static byte[] read(Path path) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw cannotRead(e);
        } catch (OutOfMemoryError e) {
            throw new ExtractionException(FailureKind.CANNOT_READ_FILE, "cannot read file: too large for memory", e);
        }
        if (bytes.length == 0) {
            throw new ExtractionException(FailureKind.NO_TEXT, EMPTY);
        }
        return bytes;
    }

    /**
     * Checks that a file can be opened and is not empty, without reading it.
     *
     * @param path the file
     * @return its size in bytes, at least 1
     * @throws ExtractionException "cannot read file: ..." or {@link #EMPTY}
     */
    static long requireNonEmpty(Path path) throws ExtractionException {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw cannotRead(e);
        }
        if (size == 0) {
            throw new ExtractionException(FailureKind.NO_TEXT, EMPTY);
        }
        return size;
    }

    /** "cannot read file: permission denied", "... no such file", or the error's own message. */
    static ExtractionException cannotRead(IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else {
            why = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().replaceAll("\\s+", " ").strip();
        }
        return new ExtractionException(FailureKind.CANNOT_READ_FILE, "cannot read file: " + why, e);
    }
}
