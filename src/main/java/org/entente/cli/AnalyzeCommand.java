package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.Progress;
import org.entente.pipeline.RunSummary;
import org.entente.report.Report;
import org.entente.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente analyze}: the whole pipeline, from papers to tables. Not thread-safe (one instance per invocation). */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts, tags, resolves and counts actor mentions and co-mentions, and writes CSV tables.",
            "With no INPUT it analyzes the sample corpus (corpus/) into out/; --report also writes out/report.html."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document done",
            "1:some documents failed (status=failed in documents.csv)",
            "2:usage or configuration error"
        })
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private RunOptions run = new RunOptions();

    @Option(names = "--report", description = "also write report.html into the output folder (see entente report)")
    private boolean report;

    @Mixin
    private BatchOptions batch = new BatchOptions();

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Mixin
    private ReportOptionsMixin reportOptions = new ReportOptionsMixin();

    /** The options of the run these arguments ask for, checked. */
    AnalysisOptions options() {
        return run.options(batch.inputs(), batch.out, batch.threads(), limits);
    }

    @Override
    public Integer call() {
        AnalysisOptions options = options();
        ReportOptions reportWith = report ? reportOptions.options() : null;
        PrintWriter log = limits.log(spec.commandLine().getErr());
        List<String> commandLine = spec.commandLine().getParseResult().originalArgs();
        Progress progress = limits.progress(log);
        RunSummary summary = Analysis.run(options, commandLine, log, progress);
        if (reportWith != null) {
            log.println("report: " + Report.write(batch.out, reportWith));
        }
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
