package org.entente.export;

/**
 * A table written by a run, for the run manifest. Immutable and thread-safe.
 *
 * @param file the file name in the output folder
 * @param rows data rows (the header not counted)
 */
public record WrittenTable(String file, long rows) {}
