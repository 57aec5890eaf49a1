package org.entente.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.entente.extract.InputFormat;
import org.entente.extract.MetadataSidecar;
import org.entente.model.Metadata;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.InputScanner;
import org.entente.pipeline.RunPlan;

/**
 * Lists the documents of inputs on Hadoop file systems (hdfs://, s3a://, gs://, abfs://, file:…) by the rules
 * of {@link InputScanner}: every PDF, HTML and text file under each folder, sorted by relative path, with the
 * same doc ids, and the metadata of the nearest {@code metadata.csv} from the file's folder up to its input.
 * Also fetches a listed document to a local file for the extractors.
 *
 * <p>Stateless and thread-safe.
 */
final class HadoopInputs {
    private HadoopInputs() {}

    /** The documents found, and their total size. */
    record Listing(List<RunPlan.Task> tasks, long bytes) {}

    private record Found(String root, Path file, String relativePath, long bytes) {}

    /** True when the input names a Hadoop file system other than the local one (it has a scheme such as hdfs). */
    static boolean remote(String input) {
        String scheme = scheme(input);
        return scheme != null && !scheme.equals("file");
    }

    private static String scheme(String input) {
        try {
            String scheme = new URI(input).getScheme();
            return scheme == null || scheme.length() < 2 ? null : scheme; // "C:" is a drive, not a scheme
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Lists the documents of the inputs.
     *
     * @param inputs files and folders, as paths or URIs
     * @param out    the output folder, as a path or URI (refused when inside an input folder)
     * @param conf   the Hadoop configuration
     * @return the documents, in doc_id order of the tables
     * @throws ConfigurationException when an input does not exist, is not a document, or holds the output
     */
    static Listing list(List<String> inputs, String out, Configuration conf) {
        List<Found> found = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(conf);
                Path root = fs.makeQualified(path);
                FileStatus status;
                try {
                    status = fs.getFileStatus(root);
                } catch (FileNotFoundException e) {
                    throw new ConfigurationException("input " + input + " does not exist; expected a file or folder");
                }
                if (status.isFile()) {
                    if (InputFormat.ofFileName(root.getName()).isEmpty()) {
                        throw new ConfigurationException("input " + input + " is not a .pdf, .html, .htm or .txt file");
                    }
                    found.add(new Found(root.getParent().toString(), root, root.getName(), status.getLen()));
                    continue;
                }
                Path outPath = fs.makeQualified(new Path(out));
                if (within(outPath, root)) {
                    throw new ConfigurationException("--out " + out + " is inside the input folder " + input
                            + "; expected an output folder outside every input folder (Entente never writes into "
                            + "its inputs)");
                }
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
                while (files.hasNext()) {
                    LocatedFileStatus f = files.next();
                    if (f.isFile()
                            && InputFormat.ofFileName(f.getPath().getName()).isPresent()) {
                        found.add(new Found(root.toString(), f.getPath(), relative(root, f.getPath()), f.getLen()));
                    }
                }
            } catch (ConfigurationException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new ConfigurationException(
                        "cannot list input " + input + ": " + reason(e)
                                + "; expected a file or folder on a reachable file system (see docs/spark.md)",
                        e);
            }
        }
        found.sort(Comparator.comparing(Found::relativePath).thenComparing(Found::root));
        List<String> ids =
                InputScanner.docIdsOf(found.stream().map(Found::relativePath).toList());
        Map<Path, Optional<MetadataSidecar>> sidecars = new HashMap<>();
        List<RunPlan.Task> tasks = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            MetadataSidecar.Entry entry = sidecarEntry(f, conf, sidecars);
            tasks.add(new RunPlan.Task(
                    ids.get(i), f.file().toString(), f.relativePath(), entry.metadata(), entry.language()));
            bytes += f.bytes();
        }
        return new Listing(tasks, bytes);
    }

    /** A one-line reason: the innermost cause, named by what it means where Hadoop's own message is terse. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null
                ? ""
                : root.getMessage().replaceAll("\\s+", " ").strip();
        if (root instanceof ClassNotFoundException) {
            return "the file system class is not on the class path (" + message + ")";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static boolean within(Path inner, Path folder) {
        String f = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
        return inner.toString().equals(folder.toString()) || inner.toString().startsWith(f);
    }

    private static String relative(Path root, Path file) {
        String r = root.toUri().getPath();
        String p = file.toUri().getPath();
        String prefix = r.endsWith("/") ? r : r + "/";
        return p.startsWith(prefix) ? p.substring(prefix.length()) : file.getName();
    }

    /** The row of the nearest metadata.csv from the file's folder up to its input folder. */
    private static MetadataSidecar.Entry sidecarEntry(
            Found f, Configuration conf, Map<Path, Optional<MetadataSidecar>> cache) {
        Path root = new Path(f.root());
        Path dir = f.file().getParent();
        while (dir != null && within(dir, root)) {
            Optional<MetadataSidecar> sidecar = cache.computeIfAbsent(dir, d -> readSidecar(d, conf));
            String relative = relative(dir, f.file());
            Optional<MetadataSidecar.Entry> entry = sidecar.flatMap(s -> s.lookup(relative));
            if (entry.isPresent()) {
                return entry.get();
            }
            dir = dir.getParent();
        }
        return new MetadataSidecar.Entry(Metadata.EMPTY, "");
    }

    /** Reads a folder's metadata.csv through a local copy, or nothing when the folder has none. */
    private static Optional<MetadataSidecar> readSidecar(Path dir, Configuration conf) {
        Path csv = new Path(dir, MetadataSidecar.FILE_NAME);
        java.nio.file.Path local = null;
        try {
            FileSystem fs = csv.getFileSystem(conf);
            if (!fs.exists(csv)) {
                return Optional.empty();
            }
            local = Files.createTempDirectory("entente-sidecar-").resolve(MetadataSidecar.FILE_NAME);
            fs.copyToLocalFile(false, csv, new Path(local.toUri()), true);
            return Optional.of(MetadataSidecar.read(local));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read metadata sidecar " + csv + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage().replace(String.valueOf(local), csv.toString()), e);
        } finally {
            if (local != null) {
                try {
                    Files.deleteIfExists(local);
                    Files.deleteIfExists(local.getParent());
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * A local file with a listed document's bytes: the file itself when it is local, else a copy in a new
     * temporary folder, which the caller deletes with {@link #release}.
     *
     * @param location the task's location
     * @param conf     the Hadoop configuration
     * @return the local file
     * @throws IOException when the document cannot be copied
     */
    static java.nio.file.Path fetch(String location, Configuration conf) throws IOException {
        if (!remote(location)) {
            String scheme = scheme(location);
            return scheme == null ? java.nio.file.Path.of(location) : java.nio.file.Path.of(URI.create(location));
        }
        Path remote = new Path(location);
        java.nio.file.Path dir = Files.createTempDirectory("entente-doc-");
        java.nio.file.Path local = dir.resolve(remote.getName());
        remote.getFileSystem(conf).copyToLocalFile(false, remote, new Path(local.toUri()), true);
        return local;
    }

    /** Deletes a copy made by {@link #fetch} (nothing for a local document). */
    static void release(String location, java.nio.file.Path file) {
        if (remote(location)) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
