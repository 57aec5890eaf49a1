package org.entente.cli;

import org.entente.report.ReportOptions;
import picocli.CommandLine.Option;

/**
 * The report's options, shared by {@code entente report} and {@code entente analyze --report}. Not thread-safe:
 * filled in by picocli for one command line.
 */
final class ReportOptionsMixin {
    @Option(
            names = "--report-scope",
            paramLabel = "SCOPE",
            description = "co-mention scope the report shows (default: sentence if counted, else the first counted)")
    private String scope;

    @Option(
            names = "--top-edges",
            paramLabel = "N",
            defaultValue = "100",
            description =
                    "dyads drawn in the report's network at first; the page can draw more (default: ${DEFAULT-VALUE})")
    private int topEdges;

    @Option(
            names = "--evidence-per-dyad",
            paramLabel = "N",
            defaultValue = "50",
            description = "evidence sentences embedded per dyad at most (default: ${DEFAULT-VALUE})")
    private int evidencePerDyad;

    @Option(
            names = "--evidence-dyads",
            paramLabel = "N",
            defaultValue = "500",
            description = "dyads, most frequent first, whose evidence is embedded (default: ${DEFAULT-VALUE})")
    private int evidenceDyads;

    ReportOptions options() {
        ReportOptions d = ReportOptions.DEFAULTS;
        return new ReportOptions(scope, topEdges, evidencePerDyad, evidenceDyads, d.seriesDyads(), d.triads());
    }
}
