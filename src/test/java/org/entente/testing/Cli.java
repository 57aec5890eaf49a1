package org.entente.testing;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.cli.Main;

/** Runs the command line in-process and captures what it prints. */
public final class Cli {
    /** The project folder (tests run with it as entente.home). */
    public static final Path HOME =
            Path.of(System.getProperty("entente.home", ".")).toAbsolutePath().normalize();
    /** The shared evaluation data (may be absent). */
    public static final Path SHARED = Path.of(System.getProperty("entente.shared", "../shared"))
            .toAbsolutePath()
            .normalize();

    /** The documents of the sample corpus (corpus/): every file but metadata.csv and README.md. */
    public static final int CORPUS_DOCUMENTS = corpusDocuments();

    private Cli() {}

    private static int corpusDocuments() {
        try (Stream<Path> files = Files.list(HOME.resolve("corpus"))) {
            return (int) files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("metadata.csv") && !n.equals("README.md"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The outcome of one command.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error
     */
    public record Result(int exitCode, String out, String err) {}

    /**
     * @param args the command's arguments
     * @return exit code and output
     */
    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The arguments of an {@code analyze} run with the light engine and no name finder (fast; for tests that read
     * no NER labels), one document after another.
     *
     * @param in   the input file or folder
     * @param out  the output folder
     * @param more further options, after these
     * @return the arguments, for {@link #run} or {@link #start}
     */
    public static String[] lightAnalysis(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "analyze",
                in.toString(),
                "--out",
                out.toString(),
                "--engine",
                "opennlp",
                "--ner-model",
                "none",
                "--threads",
                "1"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /**
     * Starts the command line in a child JVM of this test's class path, its output (both streams) going to a file.
     *
     * @param heap the child's maximum heap (-Xmx), e.g. "2g"
     * @param log  the file that receives what the child prints
     * @param args the command's arguments
     * @return the running child
     * @throws IOException when the child cannot be started
     */
    public static Process start(String heap, Path log, String... args) throws IOException {
        return start(List.of("-Xmx" + heap), log, args);
    }

    /**
     * Like {@link #start(String, Path, String...)}, with the child's JVM options given in full.
     *
     * @param jvmOptions the child's JVM options, e.g. -Xmx400m -XX:+UseSerialGC
     * @param log        the file that receives what the child prints
     * @param args       the command's arguments
     * @return the running child
     * @throws IOException when the child cannot be started
     */
    public static Process start(List<String> jvmOptions, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(
                List.of("-Dentente.home=" + HOME, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * Copies the installation's models/ folder, every file, so that a test can break or change its copy.
     *
     * @param models the folder to copy to (created)
     * @return the folder
     * @throws IOException when a file cannot be copied
     */
    public static Path copyModels(Path models) throws IOException {
        Path from = HOME.resolve("models");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = models.resolve(from.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        return models;
    }

    /**
     * A folder of the shared evaluation data; the test is skipped (an assumption fails) when it is absent.
     *
     * @param relative the folder under {@link #SHARED}, e.g. "eval/pdf"
     * @param what     what the folder holds, for the message
     * @return the folder
     */
    public static Path sharedFolder(String relative, String what) {
        Path dir = SHARED.resolve(relative);
        assumeThat(Files.isDirectory(dir))
                .as("shared %s not found at %s (set -Dentente.shared)", what, dir)
                .isTrue();
        return dir;
    }
}
