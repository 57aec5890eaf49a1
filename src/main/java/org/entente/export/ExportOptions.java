package org.entente.export;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.model.Period;

/**
 * How the tables are written: in which formats, and what besides the fixed tables.
 *
 * <p>Immutable and thread-safe.
 *
 * @param formats   the file formats, each table written once per format (csv by default)
 * @param wide      also write doc_actor_counts_wide (the document x actor matrix)
 * @param period    the period of timeseries
 * @param excelSafe guard text cells that a spreadsheet would read as formulas
 */
public record ExportOptions(List<OutputFormat> formats, boolean wide, Period period, boolean excelSafe)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The defaults of {@code entente analyze}: CSV, no wide table, quarters, no Excel guard. */
    public static final ExportOptions DEFAULTS =
            new ExportOptions(List.of(OutputFormat.CSV), false, Period.QUARTER, false);

    public ExportOptions {
        formats = List.copyOf(formats);
        Objects.requireNonNull(period, "period");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(
                    "--format: expected at least one of " + String.join(", ", OutputFormat.labels()));
        }
    }

    /** Adds the options as run.json names them: format, wide, period, excel_safe. */
    public void describe(Map<String, Object> out) {
        out.put("format", formats.stream().map(OutputFormat::label).toList());
        out.put("wide", wide);
        out.put("period", period.label());
        out.put("excel_safe", excelSafe);
    }
}
