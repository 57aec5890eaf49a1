/**
 * The {@code entente} command line (picocli). Entry point: {@link org.entente.cli.Main}.
 */
package org.entente.cli;
