/**
 * The {@code entente} command line (picocli): {@code entente analyze} runs the pipeline, {@code entente schema}
 * prints the table documentation. Entry point: {@link org.entente.cli.Main}.
 */
package org.entente.cli;
