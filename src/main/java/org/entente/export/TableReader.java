package org.entente.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a finished run's table back, row by row, checking its header against the table's definition. Stateless. */
public final class TableReader {
    private TableReader() {
    }

    /**
     * Streams the rows of a table.
     *
     * @param runDir the output folder of a run
     * @param spec   the table's definition
     * @param action called with each row (column name → value), in file order
     * @throws IllegalArgumentException when the table is missing or its header is not the expected one
     */
    public static void forEach(Path runDir, TableSpec spec, Consumer<Map<String, String>> action) {
        Path file = runDir.resolve(spec.file());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " not found; expected the output folder of an entente run");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader,
                     CsvTableWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            if (!parser.getHeaderNames().equals(spec.header())) {
                throw new IllegalArgumentException(file + ": header " + parser.getHeaderNames() + "; expected "
                        + spec.header() + " (a run of another Entente version?)");
            }
            for (CSVRecord row : parser) {
                action.accept(row.toMap());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
