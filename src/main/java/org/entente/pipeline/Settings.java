package org.entente.pipeline;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.actors.ResolverOptions;
import org.entente.export.ExportOptions;
import org.entente.export.Hashes;
import org.entente.model.Counting;
import org.entente.nlp.EngineSpec;

/**
 * Everything besides the input documents that decides a run's tables, in parts: the data files, the engine,
 * the resolution rules, what co-mentions count, the per-document limits and how the tables are written. It is
 * the one source of run.json's options ({@link #describe}), of the result cache's fingerprint
 * ({@link #fingerprint}) and of what the Spark job ships to its executors (it is serializable), so these
 * cannot disagree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dictionary the dictionary, user and cue files
 * @param engine     the NLP engine and its model files, or null for a run that stops after extraction
 * @param resolver   switches of the resolution rules
 * @param counting   what co-mentions count
 * @param limits     what one document may cost
 * @param export     the output formats and optional tables
 * @param events     code events (events.csv, directed dyads) with the engine's dependency parser
 */
public record Settings(
        DictionaryFiles dictionary,
        EngineSpec engine,
        ResolverOptions resolver,
        Counting counting,
        Limits limits,
        ExportOptions export,
        boolean events)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public Settings {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(export, "export");
    }

    /** Settings with events coded (the default of {@code entente analyze}). */
    public Settings(
            DictionaryFiles dictionary,
            EngineSpec engine,
            ResolverOptions resolver,
            Counting counting,
            Limits limits,
            ExportOptions export) {
        this(dictionary, engine, resolver, counting, limits, export, true);
    }

    /** The defaults of {@code entente analyze} with the given dictionary folder and engine. */
    public static Settings defaults(Path modelsDir, EngineSpec engine) {
        return new Settings(
                DictionaryFiles.of(modelsDir),
                engine,
                ResolverOptions.DEFAULTS,
                Counting.DEFAULTS,
                Limits.DEFAULTS,
                ExportOptions.DEFAULTS);
    }

    /** The same settings with another dictionary (the Spark job's local copies of the files). */
    public Settings withDictionary(DictionaryFiles files) {
        return new Settings(files, engine, resolver, counting, limits, export, events);
    }

    /** The same settings with another engine spec (null: extraction only). */
    public Settings withEngine(EngineSpec spec) {
        return new Settings(dictionary, spec, resolver, counting, limits, export, events);
    }

    /** The same settings with events coded or not. */
    public Settings withEvents(boolean code) {
        return new Settings(dictionary, engine, resolver, counting, limits, export, code);
    }

    /** Every option, as run.json names it, in a stable order. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engine", engine == null ? "none" : engine.engine().label());
        out.put("ner_model", engine == null || engine.nameFinder().isEmpty() ? "" : engine.nameFinder());
        dictionary.describe(out);
        resolver.describe(out);
        counting.describe(out);
        limits.describe(out);
        export.describe(out);
        out.put("events", events);
        return out;
    }

    /**
     * What decides a document's result, for the result cache: Entente's version, every option that a
     * document's outcome depends on (engine, rules, counting, limits), the engine as loaded (its description
     * and model jars) and the contents — not the paths — of the data files and model files. The output options
     * (formats, --wide, --period, --excel-safe) are applied when the tables are written from the outcomes and
     * so leave cached outcomes valid.
     *
     * @param version       Entente's version
     * @param engineLoaded  the loaded engine's description and artifacts, or empty
     * @param fileHashes    SHA-256 of every data and model file of the run, in a stable order
     * @return a SHA-256 hex string
     */
    public String fingerprint(String version, String engineLoaded, List<String> fileHashes) {
        Map<String, Object> options = describe();
        List.of("ner_model", "models", "actors", "cues", "format", "wide", "period", "excel_safe")
                .forEach(options::remove);
        String text = version + "|" + options + "|" + engineLoaded + "|" + fileHashes;
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files whose contents decide the results: the data files, then the engine's model files. */
    public List<Path> hashedFiles() {
        List<Path> files = new ArrayList<>(dictionary.files());
        if (!events) {
            files.remove(dictionary.eventLexicon());
        }
        if (engine != null) {
            files.addAll(engine.modelFiles());
        }
        return files;
    }
}
