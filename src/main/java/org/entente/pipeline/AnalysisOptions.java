package org.entente.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of {@code entente analyze} (or {@code extract}, {@code spark}): the inputs, where the tables go, how
 * many threads work, and the {@link Settings} that decide the tables.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inputs      files and folders to analyse (folders recursively)
 * @param out         output folder
 * @param threads     worker threads
 * @param settings    everything besides the documents that decides the tables
 * @param extractOnly stop after extraction: documents, failures and the texts only (entente extract)
 */
public record AnalysisOptions(List<Path> inputs, Path out, int threads, Settings settings, boolean extractOnly) {
    public AnalysisOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        if (threads < 1) {
            throw new ConfigurationException("--threads " + threads + ": expected a whole number of at least 1");
        }
        if (inputs.isEmpty()) {
            throw new ConfigurationException("no input: expected one or more files or folders");
        }
        if (!extractOnly && settings.engine() == null) {
            throw new IllegalArgumentException("an analysis needs an engine; only an extraction runs without one");
        }
    }

    /** An analysis with the given settings on all cores. */
    public static AnalysisOptions of(List<Path> inputs, Path out, Settings settings) {
        return new AnalysisOptions(inputs, out, Runtime.getRuntime().availableProcessors(), settings, false);
    }

    /** A copy writing to another folder. */
    public AnalysisOptions withOut(Path folder) {
        return new AnalysisOptions(inputs, folder, threads, settings, extractOnly);
    }

    /** Every option of the run as run.json names them: inputs, out, threads, then the settings'. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("inputs", inputs.stream().map(Path::toString).toList());
        out.put("out", this.out.toString());
        out.put("threads", threads);
        out.putAll(settings.describe());
        return out;
    }
}
