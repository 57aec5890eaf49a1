package org.entente.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Metadata;

/**
 * A {@code metadata.csv} sidecar: one row per input file, giving metadata that overrides what the extractors
 * find. The header row must have a {@code file} column (path relative to the sidecar's folder); the columns
 * title, authors, date, series, url and language are known, any other column is kept in
 * {@link Metadata#extra()}. Dates are normalised to ISO 8601.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class MetadataSidecar {
    /** The sidecar's usual file name. */
    public static final String FILE_NAME = "metadata.csv";

    private static final Set<String> KNOWN = Set.of("file", "title", "authors", "date", "series", "url", "language");

    /**
     * One sidecar row.
     *
     * @param metadata the row's metadata (empty strings where the row has none)
     * @param language the row's language code, or empty
     */
    public record Entry(Metadata metadata, String language) {}

    /**
     * A file named by a row.
     *
     * @param file the value of its {@code file} column
     * @param path that file, absolute and normalised
     * @param line the row's line in the sidecar
     */
    public record Listed(String file, Path path, long line) {}

    private final Path folder;
    private final Map<Path, Entry> entries;
    private final List<Listed> listed;

    private MetadataSidecar(Path folder, Map<Path, Entry> entries, List<Listed> listed) {
        this.folder = folder;
        this.entries = Map.copyOf(entries);
        this.listed = List.copyOf(listed);
    }

    /**
     * Reads a sidecar.
     *
     * @param csv the metadata.csv file (UTF-8, optional BOM)
     * @return the sidecar
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the file is malformed; the message names the file, line, value and
     *                                  what was expected
     */
    public static MetadataSidecar read(Path csv) throws IOException {
        Path folder = csv.toAbsolutePath().normalize().getParent();
        Map<Path, Entry> entries = new LinkedHashMap<>();
        List<Listed> listed = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderNames()
                    .forEach(name -> header.put(stripBom(name).strip().toLowerCase(Locale.ROOT), header.size()));
            if (!header.containsKey("file")) {
                throw new IllegalArgumentException(csv + ":1: header " + parser.getHeaderNames()
                        + " has no 'file' column (expected file,title,authors,date,series,url,language,...)");
            }
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord row : parser) {
                String where = csv + ":" + line;
                String file = value(row, header, "file");
                if (file.isEmpty()) {
                    throw new IllegalArgumentException(
                            where + ": empty 'file' value (expected a path relative to " + folder + ")");
                }
                String rawDate = value(row, header, "date");
                String date = rawDate.isEmpty()
                        ? ""
                        : IsoDates.normalise(rawDate)
                                .orElseThrow(
                                        () -> new IllegalArgumentException(
                                                where + ": date '" + rawDate + "' is not a date (expected "
                                                        + "yyyy-mm-dd, yyyy/mm/dd, yyyy-mm, yyyy, 'March 5, 2024' or '5 March 2024')"));
                Map<String, String> extra = new LinkedHashMap<>();
                header.forEach((name, index) -> {
                    if (!KNOWN.contains(name)
                            && !name.isEmpty()
                            && index < row.size()
                            && !row.get(index).isBlank()) {
                        extra.put(name, row.get(index).strip());
                    }
                });
                Metadata metadata = new Metadata(
                        value(row, header, "title"),
                        value(row, header, "authors"),
                        date,
                        value(row, header, "series"),
                        value(row, header, "url"),
                        extra);
                Path key = folder.resolve(file).normalize();
                if (entries.put(key, new Entry(metadata, value(row, header, "language"))) != null) {
                    throw new IllegalArgumentException(
                            where + ": file '" + file + "' is listed twice (expected one row per file)");
                }
                listed.add(new Listed(file, key, line));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(csv + ": malformed CSV: " + e.getMessage(), e);
        }
        return new MetadataSidecar(folder, entries, listed);
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }

    private static String value(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    /**
     * The row for a file.
     *
     * @param file the input file, absolute or relative to the working directory
     * @return its row, or empty when the sidecar does not list it
     */
    public Optional<Entry> lookup(Path file) {
        return Optional.ofNullable(entries.get(file.toAbsolutePath().normalize()));
    }

    /**
     * The row for a file named relative to the sidecar's folder.
     *
     * @param relativePath a path such as {@code briefs/a.pdf}, with '/' separators
     * @return its row, or empty when the sidecar does not list it
     */
    public Optional<Entry> lookup(String relativePath) {
        return Optional.ofNullable(entries.get(folder.resolve(relativePath).normalize()));
    }

    /** The files the rows name, in row order. */
    public List<Listed> listed() {
        return listed;
    }

    /** Number of rows. */
    public int size() {
        return entries.size();
    }
}
