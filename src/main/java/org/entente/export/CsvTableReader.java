package org.entente.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV table back (see {@link TableReader}).
 *
 * <p>Stateless and thread-safe.
 */
final class CsvTableReader {
    private CsvTableReader() {}

    /**
     * @see OutputFormat#read
     */
    static List<String> read(Path file, Consumer<Map<String, String>> action, List<String> expected) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CsvTableWriter.FORMAT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            if (expected == null || header.equals(expected)) {
                for (CSVRecord row : parser) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), i < row.size() ? row.get(i) : "");
                    }
                    action.accept(values);
                }
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new UncheckedIOException(
                    "cannot read " + file + ": " + e.getMessage() + "; expected an RFC 4180 table written by entente",
                    new IOException(e));
        }
    }
}
