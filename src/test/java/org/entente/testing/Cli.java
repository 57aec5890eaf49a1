package org.entente.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
