package org.entente.report;

/**
 * What a report shows and how much of it is embedded, so that a 20,000-document run still gives a file a
 * browser opens at once. Immutable; safe to share.
 *
 * @param scope           co-mention scope to show (sentence, paragraph or document), or null for the run's
 *                        sentence scope, else its first scope
 * @param topEdges        dyads drawn in the network at first (the page has a control to draw more)
 * @param evidencePerDyad evidence sentences embedded per dyad at most
 * @param evidenceDyads   dyads, the most frequent first, whose evidence is embedded
 * @param seriesDyads     dyads, the most frequent first, whose time series are embedded
 * @param triads          triads, the most frequent first, embedded
 */
public record ReportOptions(
        String scope, int topEdges, int evidencePerDyad, int evidenceDyads, int seriesDyads, int triads) {
    /** The defaults of {@code entente report}. */
    public static final ReportOptions DEFAULTS = new ReportOptions(null, 100, 50, 500, 200, 1000);

    /** @throws ReportException when a number is below 1 */
    public ReportOptions {
        positive("--top-edges", topEdges);
        positive("--evidence-per-dyad", evidencePerDyad);
        positive("--evidence-dyads", evidenceDyads);
        positive("--series-dyads", seriesDyads);
        positive("--triads", triads);
    }

    private static void positive(String option, int value) {
        if (value < 1) {
            throw new ReportException(option + " " + value + ": expected a whole number of at least 1");
        }
    }
}
