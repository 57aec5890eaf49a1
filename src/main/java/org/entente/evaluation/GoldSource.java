package org.entente.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.pipeline.ConfigurationException;

/**
 * The lines of an annotation file: one the user names, or one shipped inside Entente's jar (the gold sets of
 * {@code entente eval}, format in {@code src/main/resources/org/entente/evaluation/gold/README.md}), so that
 * evaluation runs from the jar alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the file's path, or {@code builtin:<name>} for a shipped file; messages name it
 * @param lines its lines
 */
public record GoldSource(String name, List<String> lines) {
    /** Classpath folder of the shipped annotation files. */
    static final String FOLDER = "/org/entente/evaluation/gold/";

    public GoldSource {
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }

    /**
     * @param file a UTF-8 annotation file
     * @return its lines
     * @throws ConfigurationException naming the file when it cannot be read
     */
    public static GoldSource of(Path file) {
        try {
            return new GoldSource(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage()
                    + "; expected a UTF-8 annotation file (format: entente eval --help)");
        }
    }

    /**
     * @param name a file shipped with Entente: gold.tsv (English gold sentences), eval-refs.tsv (references
     *             into the shared evaluation corpus)
     * @return its lines
     * @throws ConfigurationException naming the file when it is not shipped
     */
    public static GoldSource builtIn(String name) {
        return builtInIfPresent(name)
                .orElseThrow(() -> new ConfigurationException("builtin:" + name
                        + ": no such annotation file in Entente's jar; "
                        + "expected one of gold.tsv, eval-refs.tsv or a file given by path"));
    }

    /**
     * @param name a file that may be shipped with Entente
     * @return its lines, or empty when it is not shipped
     */
    public static Optional<GoldSource> builtInIfPresent(String name) {
        try (InputStream in = GoldSource.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new GoldSource(
                    "builtin:" + name,
                    List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read builtin:" + name + ": " + e.getMessage(), e);
        }
    }
}
