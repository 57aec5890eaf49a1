package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente report}: the HTML report of a finished run, written as report.html into the run's folder.
 * Not thread-safe: picocli makes one instance per command line.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Writes report.html into a run's output folder: one self-contained page (no network needed) "
                    + "with the run summary, top actors, dyads and triads, the co-mention network, time series, the "
                    + "evidence sentences of each dyad and a table of the documents."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:usage error (no such run folder, bad option)"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--run",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "output folder of entente analyze (default: ${DEFAULT-VALUE})")
    private Path run;

    @Mixin
    private ReportOptionsMixin reportOptions = new ReportOptionsMixin();

    @Option(
            names = {"-q", "--quiet"},
            description = "print nothing but errors")
    private boolean quiet;

    @Override
    public Integer call() {
        Path html = Report.write(run, reportOptions.options());
        if (!quiet) {
            spec.commandLine().getErr().println("report: " + html);
        }
        return Main.OK;
    }
}
