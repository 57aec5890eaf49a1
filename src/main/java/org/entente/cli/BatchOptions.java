package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The local inputs, output folder and threads that {@code analyze} and {@code extract} share, with the
 * defaults resolved against the installation folder (system property entente.home). A picocli mixin; one
 * instance per invocation.
 */
final class BatchOptions {
    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "PDF, HTML or text files, or folders searched recursively (default: the sample corpus)")
    private List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    /** The installation folder, where models/ and corpus/ are. */
    static Path home() {
        return Path.of(System.getProperty("entente.home", "."));
    }

    /** The inputs given, or the sample corpus. */
    List<Path> inputs() {
        return inputs.isEmpty() ? List.of(home().resolve("corpus")) : inputs;
    }

    /** The threads asked for, or all cores. */
    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
