/**
 * The {@code entente} command line (picocli): {@code entente analyze} runs the pipeline, {@code entente schema}
 * prints the table documentation, {@code entente report} (and {@code analyze --report}) writes a run's HTML
 * report. Entry point: {@link org.entente.cli.Main}.
 */
package org.entente.cli;
