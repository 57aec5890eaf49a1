package org.entente.export;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.json.Json;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonValue;
import javax.json.JsonWriter;
import javax.json.stream.JsonGenerator;

/**
 * The run manifest, {@value #FILE}: how the tables were made. Everything in it is the same for the same input,
 * options and installation except {@code timings_ms}, {@code started} and {@code finished}: the only
 * timestamps of a run (the tables have none).
 *
 * <p>Immutable and thread-safe.
 *
 * @param toolVersion  Entente's version
 * @param commandLine  the arguments of the command, as given
 * @param options      every option of the run with its effective value, in a fixed order; values are
 *                     strings, numbers, booleans or lists of strings
 * @param engine       the NLP engine and its configuration
 * @param models       files the engine and language models were loaded from (their names carry versions)
 * @param dictionary   the dictionary files read, in order, with their SHA-256
 * @param inputFiles   input files found
 * @param inputBytes   their total size
 * @param documents    documents done, failed and left out of timeseries.csv, by name
 * @param networkNodes nodes of the network files
 * @param networkEdges edges of the network files
 * @param tables       tables written, with their rows
 * @param outputHashes SHA-256 of every file written (tables and network files), by file name
 * @param timingsMs    milliseconds per stage, in stage order
 * @param started      when the run started
 * @param finished     when the tables were in place
 */
public record RunManifest(
        String toolVersion,
        List<String> commandLine,
        Map<String, Object> options,
        String engine,
        List<String> models,
        List<HashedFile> dictionary,
        long inputFiles,
        long inputBytes,
        Map<String, Long> documents,
        long networkNodes,
        long networkEdges,
        List<WrittenTable> tables,
        Map<String, String> outputHashes,
        Map<String, Long> timingsMs,
        Instant started,
        Instant finished) {
    /** The manifest's file name in the output folder. */
    public static final String FILE = "run.json";

    /** The top-level fields of run.json, in order, with what they hold (documented in docs/tables.md). */
    public static final List<Field> FIELDS = List.of(
            new Field("schema_version", "string", "version of the table schema (see CHANGELOG.md)"),
            new Field("tool", "object", "name (entente) and version"),
            new Field("command_line", "array", "the command's arguments as given"),
            new Field(
                    "options",
                    "object",
                    "every option of the run with its effective value; a run of entente "
                            + "spark adds runner (spark and its version), spark_master and partitions"),
            new Field("engine", "string", "the NLP engine and its annotators"),
            new Field(
                    "models",
                    "array",
                    "jar files the engine and the language model came from (their names " + "carry the versions)"),
            new Field(
                    "dictionary",
                    "array",
                    "file and sha256 of every data file read, in order: the dictionary "
                            + "tables, the language data of models/lang/, the user's files, the cue lexicon, then the engine's "
                            + "model files (the name finder)"),
            new Field("input", "object", "files (input files found) and bytes (their total size)"),
            new Field(
                    "documents",
                    "object",
                    "done, failed, and timeseries_undated / timeseries_date_too_coarse "
                            + "(documents done that timeseries.csv leaves out: no date, or a date less precise than "
                            + "--period)"),
            new Field("network", "object", "nodes and edges of network.graphml and network.gexf"),
            new Field(
                    "outputs",
                    "array",
                    "file, rows (tables only) and sha256 of every file written, except " + "run.json and text/"),
            new Field(
                    "timings_ms",
                    "object",
                    "milliseconds per stage: scan, dictionary, engine (wall clock); "
                            + "extract, annotate, resolve, count (summed over documents and threads); write and total "
                            + "(wall clock); first_annotation and first_document, from the start of the JVM to the first "
                            + "document annotated and to the first processed (0 when none was); a run of entente spark times the driver only (per-document times are in the "
                            + "Spark UI)"),
            new Field("started", "string", "start of the run, ISO 8601 UTC timestamp"),
            new Field("finished", "string", "end of the run, ISO 8601 UTC timestamp"));

    /**
     * A top-level field of run.json.
     *
     * @param name        the field's name
     * @param json        its JSON type: string, object or array
     * @param description what it holds
     */
    public record Field(String name, String json, String description) {}

    /**
     * A file read by the run.
     *
     * @param file   its path as given
     * @param sha256 SHA-256 of its bytes
     */
    public record HashedFile(String file, String sha256) {}

    public RunManifest {
        Objects.requireNonNull(toolVersion, "toolVersion");
        commandLine = List.copyOf(commandLine);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        Objects.requireNonNull(engine, "engine");
        models = List.copyOf(models);
        dictionary = List.copyOf(dictionary);
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        tables = List.copyOf(tables);
        outputHashes = Collections.unmodifiableMap(new LinkedHashMap<>(outputHashes));
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }

    /** The manifest as a JSON object, fields in the order of {@link #FIELDS}. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("schema_version", Tables.SCHEMA_VERSION)
                .add("tool", Json.createObjectBuilder().add("name", "entente").add("version", toolVersion))
                .add("command_line", strings(commandLine));
        JsonObjectBuilder opts = Json.createObjectBuilder();
        options.forEach((k, v) -> opts.add(k, value(v)));
        json.add("options", opts).add("engine", engine).add("models", strings(models));
        JsonArrayBuilder dict = Json.createArrayBuilder();
        dictionary.forEach(
                f -> dict.add(Json.createObjectBuilder().add("file", f.file()).add("sha256", f.sha256())));
        json.add("dictionary", dict)
                .add(
                        "input",
                        Json.createObjectBuilder().add("files", inputFiles).add("bytes", inputBytes));
        JsonObjectBuilder docs = Json.createObjectBuilder();
        documents.forEach(docs::add);
        json.add("documents", docs)
                .add(
                        "network",
                        Json.createObjectBuilder().add("nodes", networkNodes).add("edges", networkEdges));
        JsonArrayBuilder outputs = Json.createArrayBuilder();
        outputHashes.forEach((file, sha) -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("file", file);
            tables.stream().filter(t -> t.file().equals(file)).findFirst().ifPresent(t -> o.add("rows", t.rows()));
            outputs.add(o.add("sha256", sha));
        });
        json.add("outputs", outputs);
        JsonObjectBuilder timings = Json.createObjectBuilder();
        timingsMs.forEach(timings::add);
        return json.add("timings_ms", timings)
                .add("started", started.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("finished", finished.truncatedTo(ChronoUnit.MILLIS).toString())
                .build();
    }

    /** The manifest as pretty-printed JSON text, ending with a newline. */
    public String toJsonText() {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(toJson());
        }
        return text.toString().strip() + "\n";
    }

    /**
     * Writes {@value #FILE} into the output folder atomically.
     *
     * @param out the output folder
     */
    public void write(Path out) {
        CsvTableWriter.writeText(out.resolve(FILE), toJsonText());
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue value(Object v) {
        if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long) {
            return Json.createValue(((Number) v).longValue());
        }
        if (v instanceof Collection<?> c) {
            return strings(c.stream().map(String::valueOf).toList()).build();
        }
        return Json.createValue(String.valueOf(v));
    }
}
