package org.entente.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registry of output formats: the one place that names a format and says how its tables are written.
 * Adding a format means a constant here plus its own {@link TableWriter} class and a reader of its files (so
 * that {@code kwic} and the report read runs written in it); the run writes every table once per format the
 * user asks for ({@code --format csv,parquet}).
 *
 * <p>Thread-safe.
 */
public enum OutputFormat {
    /** RFC 4180 CSV, UTF-8: the default. */
    CSV("csv") {
        @Override
        TableWriter open(Path dir, TableSpec spec, List<String> repeatedNames, boolean excelSafe) {
            return new CsvTableWriter(dir.resolve(file(spec)), spec, repeatedNames, excelSafe);
        }

        @Override
        List<String> read(Path file, Consumer<Map<String, String>> action, List<String> expected) {
            return CsvTableReader.read(file, action, expected);
        }
    },
    /** Apache Parquet with the schema's column types (written with DuckDB's embedded engine). */
    PARQUET("parquet") {
        @Override
        TableWriter open(Path dir, TableSpec spec, List<String> repeatedNames, boolean excelSafe) {
            return new ParquetTableWriter(dir.resolve(file(spec)), spec, repeatedNames);
        }

        @Override
        List<String> read(Path file, Consumer<Map<String, String>> action, List<String> expected) {
            return ParquetTableReader.read(file, action, expected);
        }
    };

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The name used on the command line and in run.json, and the files' extension. */
    public String label() {
        return extension;
    }

    /** The file name of a table in this format: {@code dyads.csv}. */
    public String file(TableSpec spec) {
        return spec.name() + "." + extension;
    }

    /**
     * Opens a table for writing in this format.
     *
     * @param dir           output folder
     * @param spec          the table
     * @param repeatedNames for a wide table, the names of its repeated columns, in order (else empty)
     * @param excelSafe     whether to guard text cells that a spreadsheet would read as formulas (CSV only)
     * @return the writer
     */
    abstract TableWriter open(Path dir, TableSpec spec, List<String> repeatedNames, boolean excelSafe);

    /**
     * Reads a table file of this format back, each row as the CSV writer writes it (see {@link TableReader}).
     *
     * @param file     the file
     * @param action   called with each row (column name → value), in file order
     * @param expected the columns expected, or null for any; when the file's differ, no row is read
     * @return the file's columns
     */
    abstract List<String> read(Path file, Consumer<Map<String, String>> action, List<String> expected);

    /** The format of a table file, by its extension. */
    static Optional<OutputFormat> ofFile(Path file) {
        String name = file.getFileName().toString();
        return Arrays.stream(values())
                .filter(f -> name.endsWith("." + f.extension))
                .findFirst();
    }

    /** The labels of every format. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(OutputFormat::label).toList();
    }

    /**
     * @param label a format's name as written on the command line
     * @return the format
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static OutputFormat parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(l))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "--format " + label + ": expected " + String.join(" or ", labels())));
    }
}
