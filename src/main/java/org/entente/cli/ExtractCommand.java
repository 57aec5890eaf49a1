package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.ResolverOptions;
import org.entente.export.ExportOptions;
import org.entente.export.OutputFormat;
import org.entente.model.Counting;
import org.entente.model.Period;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.DictionaryFiles;
import org.entente.pipeline.Progress;
import org.entente.pipeline.RunSummary;
import org.entente.pipeline.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code entente extract}: the extraction stage alone — documents.csv, failures.csv and text/. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Extracts clean text, paragraphs and metadata from PDF, HTML and text files, without any NLP:",
            "writes documents.csv (one row per file, with status and error), failures.csv and text/<doc_id>.txt."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document extracted", "1:some documents failed", "2:usage or configuration error"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    private BatchOptions batch = new BatchOptions();

    @picocli.CommandLine.Mixin
    private LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() {
        Settings settings = new Settings(
                DictionaryFiles.of(BatchOptions.home().resolve("models")),
                null,
                ResolverOptions.DEFAULTS,
                Counting.DEFAULTS,
                limits.limits(),
                new ExportOptions(List.of(OutputFormat.CSV), false, Period.QUARTER, limits.excelSafe));
        AnalysisOptions options = new AnalysisOptions(batch.inputs(), batch.out, batch.threads(), settings, true);
        PrintWriter log = limits.log(spec.commandLine().getErr());
        Progress progress = limits.progress(log);
        RunSummary summary =
                Analysis.run(options, spec.commandLine().getParseResult().originalArgs(), log, progress);
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
}
