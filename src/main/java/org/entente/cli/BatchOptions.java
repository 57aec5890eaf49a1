package org.entente.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.Progress;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that {@code analyze} and {@code extract} share: inputs, output folder, threads, limits and
 * verbosity, with the defaults resolved against the installation folder (system property entente.home).
 * A picocli mixin; one instance per invocation.
 */
final class BatchOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "PDF, HTML or text files, or folders searched recursively (default: the sample corpus)")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "2000",
            description = "read at most N pages of each PDF (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + AnalysisOptions.DEFAULT_MAX_CHARS,
            description = "a document with more than N characters of text fails as too large (default: ${DEFAULT-VALUE})")
    long maxChars;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "" + AnalysisOptions.DEFAULT_DOC_TIMEOUT,
            description = "a document still running after this many seconds fails as a timeout (default: "
                    + "${DEFAULT-VALUE})")
    int docTimeout;

    @Option(names = "--excel-safe", description = "write text cells that start with = + - @ with a leading ' so "
            + "that spreadsheets never run them as formulas (changes those values; leave off for pandas and R)")
    boolean excelSafe;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    private boolean quiet;

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

    /** Where failures and the summary line go: the command's error stream, or nowhere with --quiet. */
    PrintWriter log(PrintWriter err) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : err;
    }

    /** A progress bar on a terminal, plain lines every 10 s otherwise, nothing with --quiet. */
    Progress progress(PrintWriter log) {
        return quiet ? Progress.NONE
                : new ProgressReporter(log, System.console() != null, java.time.Duration.ofSeconds(10), System::nanoTime);
    }
}
