package org.entente.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.entente.model.Format;
import org.entente.model.Source;

/**
 * Finds the documents of a run: every PDF, HTML and text file under the given files and folders, in a
 * stable order, each with a doc_id derived from its path relative to the folder it was found in.
 *
 * <p>Stateless and thread-safe.
 */
public final class InputScanner {
    private InputScanner() {
    }

    /** An input file found, and the folder (or file) given on the command line that led to it. */
    public record Found(Path root, Path file, String relativePath) {
    }

    /**
     * Lists the readable input files, sorted by relative path, then by root.
     *
     * @param inputs files and folders
     * @param skip   folders never entered (the output folder)
     * @return the files found
     * @throws ConfigurationException when an input does not exist
     */
    public static List<Found> scan(List<Path> inputs, Set<Path> skip) {
        List<Found> found = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ConfigurationException("input " + input + " does not exist; expected a file or folder");
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input, FileVisitOption.FOLLOW_LINKS)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> skip.stream().noneMatch(s -> f.toAbsolutePath().normalize().startsWith(s)))
                            .filter(f -> Format.ofFileName(f.getFileName().toString()).isPresent())
                            .forEach(f -> found.add(new Found(input, f, relative(input, f))));
                } catch (IOException | UncheckedIOException e) {
                    throw new ConfigurationException("cannot list input folder " + input + ": " + e.getMessage(), e);
                }
            } else if (Format.ofFileName(input.getFileName().toString()).isPresent()) {
                found.add(new Found(input.getParent() == null ? Path.of(".") : input.getParent(), input,
                        input.getFileName().toString()));
            } else {
                throw new ConfigurationException("input " + input + " is not a .pdf, .html, .htm or .txt file");
            }
        }
        found.sort(java.util.Comparator.comparing(Found::relativePath).thenComparing(f -> f.root().toString()));
        return found;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Derives stable, file-name-safe doc ids from relative paths: characters other than letters, digits,
     * '.', '-' and '_' become '_', and '/' becomes "__". Where two paths give the same id, each gets the
     * first 8 hex digits of the SHA-256 of its relative path appended.
     *
     * @param found the files, in scan order
     * @return doc id per file, in the same order
     */
    public static List<String> docIds(List<Found> found) {
        Map<String, Integer> seen = new TreeMap<>();
        List<String> plain = new ArrayList<>();
        for (Found f : found) {
            String id = f.relativePath().replace("/", "__").replaceAll("[^A-Za-z0-9._-]", "_");
            plain.add(id);
            seen.merge(id, 1, Integer::sum);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String id = plain.get(i);
            ids.add(seen.get(id) > 1 ? id + "-" + sha256(found.get(i).relativePath()).substring(0, 8) : id);
        }
        return ids;
    }

    /**
     * Builds the source record of a file: reads it once for its hash and size.
     *
     * @param f     the file
     * @param docId its id
     * @return the source
     * @throws IOException when the file cannot be read
     */
    public static Source source(Found f, String docId) throws IOException {
        MessageDigest digest = newDigest();
        long bytes = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(f.file()), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        Format format = Format.ofFileName(f.file().getFileName().toString()).orElseThrow();
        return new Source(docId, f.file(), f.relativePath(), format, HexFormat.of().formatHex(digest.digest()), bytes);
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(newDigest().digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
