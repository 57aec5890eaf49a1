package org.entente.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The per-document results of earlier runs into the same output folder ({@code out/.entente/cache/}), so that
 * a run started again — after a crash, kill -9, Ctrl-C, or with a few documents added — only processes the
 * documents it has not done yet and rebuilds every table from the stored results. A result is reused only when
 * the document's content (SHA-256), its sidecar metadata and the run's settings (tool version, engine,
 * dictionary and cue files, resolution and counting options) are the same; otherwise it is recomputed. Each
 * result is written to a temporary file and renamed, so a killed run never leaves half a result. Failed
 * documents are not stored: they are tried again.
 *
 * <p>Thread-safe: workers read and write different files.
 */
final class ResultCache {
    private final Path dir;
    private final String settings;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger unstored = new AtomicInteger();
    private volatile String firstProblem = "";

    /**
     * @param dir      the cache folder
     * @param settings a fingerprint of everything besides the document that decides its result
     */
    ResultCache(Path dir, String settings) {
        this.dir = dir;
        this.settings = settings;
    }

    /**
     * The stored result of a document, if its content, sidecar and the settings are unchanged.
     *
     * @param docId   the document id
     * @param content SHA-256 of the document's bytes and a fingerprint of its sidecar row
     * @return the stored result
     */
    Optional<Outcome.Done> load(String docId, String content) {
        Path file = dir.resolve(docId + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
                ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(raw))) {
            if (!settings.equals(in.readUTF()) || !content.equals(in.readUTF())) {
                return Optional.empty();
            }
            Outcome.Done done = (Outcome.Done) in.readObject();
            reused.incrementAndGet();
            return Optional.of(done);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty(); // an unreadable or older entry is recomputed and replaced
        }
    }

    /**
     * Stores a document's result. A result that cannot be stored (disk full) is counted, not thrown: the run
     * goes on, and only a later run loses the saving.
     *
     * @param docId   the document id
     * @param content SHA-256 of the document's bytes and a fingerprint of its sidecar row
     * @param done    the result
     */
    void store(String docId, String content, Outcome.Done done) {
        Path file = dir.resolve(docId + ".bin");
        Path temp = dir.resolve(docId + ".bin." + Thread.currentThread().getId() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream raw = Files.newOutputStream(temp);
                    ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(raw))) {
                out.writeUTF(settings);
                out.writeUTF(content);
                out.writeObject(done);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (unstored.getAndIncrement() == 0) {
                firstProblem = "cannot write " + file + ": " + e.getMessage();
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is replaced by the next run
            }
        }
    }

    /** Results that could not be stored, and why the first one could not ("" when all were stored). */
    String problems() {
        return unstored.get() == 0
                ? ""
                : unstored.get() + " results could not be stored for later runs (first: " + firstProblem + ")";
    }

    /** Documents whose stored result was reused in this run. */
    int reused() {
        return reused.get();
    }
}
