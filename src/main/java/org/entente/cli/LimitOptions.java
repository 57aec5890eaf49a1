package org.entente.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import org.entente.pipeline.Limits;
import org.entente.pipeline.Progress;
import picocli.CommandLine.Option;

/**
 * The per-document limits and output switches that {@code analyze}, {@code extract} and {@code spark} share.
 * A picocli mixin; one instance per invocation.
 */
final class LimitOptions {
    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "" + Limits.DEFAULT_MAX_PAGES,
            description = "read at most N pages of each PDF (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(
            names = "--max-chars",
            paramLabel = "N",
            defaultValue = "" + Limits.DEFAULT_MAX_CHARS,
            description =
                    "a document with more than N characters of text fails as too large (default: ${DEFAULT-VALUE}, "
                            + "about 3,000 pages; the launcher's heap, -Xmx3g, runs such a document at full speed, "
                            + "also one of 200,000 one-line paragraphs (docs/performance.md); raise it together with "
                            + "the heap (ENTENTE_JAVA_OPTS=-Xmx8g))")
    long maxChars;

    @Option(
            names = "--doc-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + Limits.DEFAULT_DOC_TIMEOUT,
            description = "a document still running after this many seconds fails as a timeout (default: "
                    + "${DEFAULT-VALUE})")
    int docTimeout;

    @Option(
            names = "--excel-safe",
            description = "write text cells that start with = + - @ with a leading ' so "
                    + "that spreadsheets never run them as formulas (changes those values; leave off for pandas and R)")
    boolean excelSafe;

    @Option(
            names = {"-q", "--quiet"},
            description = "print nothing but errors")
    private boolean quiet;

    /** The per-document limits. */
    Limits limits() {
        return new Limits(maxPages, maxChars, docTimeout);
    }

    /** Where failures and the summary line go: the command's error stream, or nowhere with --quiet. */
    PrintWriter log(PrintWriter err) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : err;
    }

    /** A progress bar on a terminal, plain lines every 10 s otherwise, nothing with --quiet. */
    Progress progress(PrintWriter log) {
        return quiet
                ? Progress.NONE
                : new ProgressReporter(log, System.console() != null, Duration.ofSeconds(10), System::nanoTime);
    }
}
