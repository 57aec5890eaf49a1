package org.entente.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.entente.extract.InputFormat;
import org.entente.extract.MetadataSidecar;
import org.entente.model.Source;

/**
 * Finds the documents of a run: every PDF, HTML and text file under the given files and folders, in a
 * stable order, each with a doc_id derived from its path relative to the folder it was found in.
 *
 * <p>Stateless and thread-safe.
 */
public final class InputScanner {
    private InputScanner() {}

    /** An input file found, and the folder (or file) given on the command line that led to it. */
    public record Found(Path root, Path file, String relativePath) {}

    /**
     * Lists the readable input files, sorted by relative path, then by root. What cannot be searched does not
     * stop the scan: a symbolic link that loops back to a folder being searched, a folder that cannot be read
     * and a broken link to a document are skipped with a warning line each; so is every row of a
     * {@code metadata.csv} that names a file that does not exist.
     *
     * @param inputs   files and folders
     * @param skip     folders never entered (the output folder)
     * @param warnings receives one line per warning, starting with "warning: "
     * @return the files found
     * @throws ConfigurationException when an input does not exist
     */
    public static List<Found> scan(List<Path> inputs, Set<Path> skip, Consumer<String> warnings) {
        List<Found> found = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ConfigurationException("input " + input + " does not exist; expected a file or folder");
            }
            if (Files.isDirectory(input)) {
                walk(input, skip, warnings, found);
            } else if (InputFormat.ofFileName(input.getFileName().toString()).isPresent()) {
                found.add(new Found(
                        input.getParent() == null ? Path.of(".") : input.getParent(),
                        input,
                        input.getFileName().toString()));
            } else {
                throw new ConfigurationException("input " + input + " is not a .pdf, .html, .htm or .txt file");
            }
        }
        found.sort(Comparator.comparing(Found::relativePath)
                .thenComparing(f -> f.root().toString()));
        return found;
    }

    private static void walk(Path input, Set<Path> skip, Consumer<String> warnings, List<Found> found) {
        try {
            Files.walkFileTree(
                    input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (skipped(dir, skip)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            warnMissingSidecarFiles(dir, warnings);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            boolean document = InputFormat.ofFileName(
                                            file.getFileName().toString())
                                    .isPresent();
                            if (!document || skipped(file, skip)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                found.add(new Found(input, file, relative(input, file)));
                            } else if (attrs.isSymbolicLink()) {
                                warnings.accept("warning: skipped " + file + ": broken symbolic link (its target "
                                        + "does not exist)");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            warnings.accept("warning: skipped " + file + ": " + why(file, e));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                warnings.accept("warning: stopped listing " + dir + " part way: " + why(dir, e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException("cannot list input folder " + input + ": " + e.getMessage(), e);
        }
    }

    private static boolean skipped(Path path, Set<Path> skip) {
        Path p = path.toAbsolutePath().normalize();
        return skip.stream().anyMatch(p::startsWith);
    }

    /** One-line reason a file or folder could not be visited. */
    private static String why(Path path, IOException e) {
        if (e instanceof FileSystemLoopException) {
            String target;
            try {
                target = " back to " + path.toRealPath();
            } catch (IOException | RuntimeException ignored) {
                target = "";
            }
            return "symbolic link loop" + target + " (a folder already being searched)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().replaceAll("\\s+", " ").strip();
    }

    /**
     * Warns of each row of the folder's {@code metadata.csv} that names a file that does not exist. A sidecar
     * that cannot be read is left to the run, which reports it as a configuration error.
     */
    static void warnMissingSidecarFiles(Path dir, Consumer<String> warnings) {
        Path csv = dir.resolve(MetadataSidecar.FILE_NAME);
        if (!Files.isRegularFile(csv)) {
            return;
        }
        MetadataSidecar sidecar;
        try {
            sidecar = MetadataSidecar.read(csv);
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (MetadataSidecar.Listed row : sidecar.listed()) {
            if (!Files.exists(row.path())) {
                warnings.accept("warning: " + csv + ":" + row.line() + ": file '" + row.file()
                        + "' does not exist; its metadata row is ignored");
            }
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
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
        return docIdsOf(found.stream().map(Found::relativePath).toList());
    }

    /**
     * Like {@link #docIds(List)}, for files listed elsewhere (the Spark job lists Hadoop file systems).
     *
     * @param relativePaths the files' paths relative to their inputs, in scan order
     * @return doc id per file, in the same order
     */
    public static List<String> docIdsOf(List<String> relativePaths) {
        Map<String, Integer> seen = new TreeMap<>();
        List<String> plain = new ArrayList<>();
        for (String path : relativePaths) {
            String id = path.replace("/", "__").replaceAll("[^A-Za-z0-9._-]", "_");
            plain.add(id);
            seen.merge(id, 1, Integer::sum);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < relativePaths.size(); i++) {
            String id = plain.get(i);
            ids.add(seen.get(id) > 1 ? id + "-" + sha256(relativePaths.get(i)).substring(0, 8) : id);
        }
        return ids;
    }

    /**
     * Builds the source record of a file: reads it once for its hash and size.
     *
     * @param f     the file
     * @param docId its id
     * @return the source
     * @throws IOException when the file cannot be read; its message is a one-line reason ("permission denied")
     */
    public static Source source(Found f, String docId) throws IOException {
        return source(f.file(), f.relativePath(), docId);
    }

    /**
     * Builds the source record of a file: reads it once for its hash and size.
     *
     * @param file         the file
     * @param relativePath its path relative to its input, '/'-separated (the format is taken from its name)
     * @param docId        its id
     * @return the source
     * @throws IOException when the file cannot be read; its message is a one-line reason ("permission denied")
     */
    public static Source source(Path file, String relativePath, String docId) throws IOException {
        MessageDigest digest = newDigest();
        long bytes = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file (removed during the run?)", e);
        }
        String format = InputFormat.ofFileName(relativePath).orElseThrow().label();
        return new Source(docId, file, relativePath, format, HexFormat.of().formatHex(digest.digest()), bytes);
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(newDigest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
