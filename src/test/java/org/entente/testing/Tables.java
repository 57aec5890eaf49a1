package org.entente.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads output tables back for assertions. */
public final class Tables {
    private Tables() {}

    /**
     * A parser of a CSV table that takes its first row as the header, independent of the writer's own format
     * (plain RFC 4180), so that tests check what any reader sees.
     *
     * @param file a CSV table with a header row
     * @return the parser, to be closed (it closes the file)
     * @throws IOException when the file cannot be opened
     */
    public static CSVParser parser(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.parse(
                reader,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get());
    }

    /**
     * @param file a CSV table with a header row
     * @return its rows as maps from column name to value, in file order
     */
    public static List<Map<String, String>> read(Path file) {
        try (CSVParser parser = parser(file)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file    a CSV table
     * @param columns the columns to keep
     * @param filter  which rows to keep
     * @return the kept rows, each as its values joined by ',', in file order
     */
    public static List<String> project(Path file, List<String> columns, Predicate<Map<String, String>> filter) {
        return read(file).stream()
                .filter(filter)
                .map(r -> String.join(",", columns.stream().map(r::get).toList()))
                .toList();
    }
}
