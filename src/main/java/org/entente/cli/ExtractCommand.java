package org.entente.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.actors.ResolverOptions;
import org.entente.model.ActorType;
import org.entente.model.Period;
import org.entente.model.Scope;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.Engines;
import org.entente.pipeline.Progress;
import org.entente.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente extract}: the extraction stage alone — documents.csv, failures.csv and text/. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extracts clean text, paragraphs and metadata from PDF, HTML and text files, without any NLP:",
            "writes documents.csv (one row per file, with status and error), failures.csv and text/<doc_id>.txt."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document extracted", "1:some documents failed", "2:usage or configuration error"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "PDF, HTML or text files, or folders searched recursively (default: the sample corpus)")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "2000",
            description = "read at most N pages of each PDF (default: ${DEFAULT-VALUE})")
    private int maxPages;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "10000000",
            description = "a document with more than N characters of text fails as too large (default: ${DEFAULT-VALUE})")
    private long maxChars;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "a document still running after this many seconds fails (default: ${DEFAULT-VALUE})")
    private int docTimeout;

    @Option(names = "--excel-safe", description = "guard text cells that spreadsheets would read as formulas")
    private boolean excelSafe;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    private boolean quiet;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("entente.home", "."));
        List<Path> in = inputs.isEmpty() ? List.of(home.resolve("corpus")) : inputs;
        AnalysisOptions options = new AnalysisOptions(in, out, home.resolve("models"), List.of(),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, maxPages,
                ResolverOptions.DEFAULTS, Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 3, null, false,
                Period.QUARTER, excelSafe, maxChars, docTimeout, true);
        PrintWriter log = quiet ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getErr();
        Progress progress = quiet ? Progress.NONE
                : new ProgressReporter(log, System.console() != null, java.time.Duration.ofSeconds(10), System::nanoTime);
        RunSummary summary = Analysis.run(options, spec.commandLine().getParseResult().originalArgs(),
                Engines::coreNlp, log, progress);
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
