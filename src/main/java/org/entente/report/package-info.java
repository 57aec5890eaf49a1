/**
 * The HTML report of a finished run ({@code entente report}, {@code entente analyze --report}): reads the run's
 * CSV tables (the tables are the interface; nothing else of the pipeline is used), gathers what the report
 * shows into one JSON document ({@link org.entente.report.ReportData}) and writes {@code report.html}, a single
 * self-contained file with the vendored chart libraries inlined ({@link org.entente.report.Report}). Depends on
 * export (the tables' and run.json's names) and model (the cue classes) only; the command line calls it.
 */
package org.entente.report;
