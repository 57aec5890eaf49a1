package org.entente.pipeline;

import java.io.PrintWriter;
import java.io.Serializable;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.entente.export.Hashes;
import org.entente.export.Network;
import org.entente.export.RunManifest;
import org.entente.export.RunTables;
import org.entente.export.WrittenTable;
import org.entente.extract.LanguageDetector;
import org.entente.relations.CorpusTotals;

/**
 * Writes the tables and run.json of a run from its documents' outcomes, given in the plan's doc_id order. The
 * corpus totals are either summed here, document by document (the local run), or computed elsewhere and
 * handed in (the Spark job sums them with reduceByKey); the tables are the same either way.
 *
 * <p>Not thread-safe: one thread writes a run.
 */
public final class RunWriter {
    /**
     * The engine of a run, as run.json names it.
     *
     * @param description the engine and its configuration
     * @param artifacts   the model files it loaded
     */
    public record EngineInfo(String description, List<String> artifacts) implements Serializable {
        private static final long serialVersionUID = 1L;

        public EngineInfo {
            Objects.requireNonNull(description, "description");
            artifacts = List.copyOf(artifacts);
        }
    }

    private final RunPlan plan;
    private final List<String> commandLine;
    private final EngineInfo engine;
    private final Map<String, Object> runnerOptions;

    /**
     * @param plan          the run's plan
     * @param commandLine   the command's arguments as given, for run.json
     * @param engine        the engine, or null for an extract-only run
     * @param runnerOptions options of the runner added to run.json's options (Spark's master), or empty
     */
    public RunWriter(RunPlan plan, List<String> commandLine, EngineInfo engine, Map<String, Object> runnerOptions) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.commandLine = List.copyOf(commandLine);
        this.engine = engine;
        this.runnerOptions = new LinkedHashMap<>(runnerOptions);
    }

    /**
     * Writes the run.
     *
     * @param outcomes  every document's outcome, in the order of {@link RunPlan#tasks()}
     * @param totals    the corpus totals of the documents done, or null to sum them here
     * @param log       where failures and the summary line go
     * @param progress  told of every document written
     * @param onWritten told the number of documents written so far, after each one
     * @return counts of documents done and failed
     * @throws java.io.UncheckedIOException when a table cannot be written
     */
    public RunSummary write(
            Iterator<Outcome> outcomes,
            CorpusTotals totals,
            PrintWriter log,
            Progress progress,
            IntConsumer onWritten) {
        AnalysisOptions options = plan.options();
        Path out = options.out().toAbsolutePath().normalize();
        Settings settings = options.settings();
        CorpusTotals sums =
                totals != null ? totals : new CorpusTotals(settings.export().period());
        try (RunTables tables = new RunTables(out, plan.extraColumns(), settings.export(), settings.counting())) {
            int written = 0;
            progress.started(plan.tasks().size());
            while (outcomes.hasNext()) {
                Outcome outcome = outcomes.next();
                int tokens = 0;
                if (outcome instanceof Outcome.Extracted extracted) {
                    tables.addExtracted(extracted.document());
                } else if (outcome instanceof Outcome.Done done) {
                    tables.addDone(done.resolved(), done.relations());
                    if (totals == null) {
                        sums.addDocument(done.resolved(), done.relations());
                    }
                    tokens = done.resolved().annotated().tokenCount();
                } else if (outcome instanceof Outcome.Failed failed) {
                    tables.addFailed(
                            failed.source(), failed.metadata(), failed.stage(), failed.kind(), failed.reason());
                    log.println("failed: " + failed.source().relativePath() + " ("
                            + failed.stage().label() + "): " + failed.reason());
                }
                progress.document(outcome, tokens);
                onWritten.accept(++written);
            }
            progress.finished();
            long write = System.nanoTime();
            if (options.extractOnly()) {
                tables.commitExtracted();
            } else {
                tables.commit(sums.counts());
            }
            plan.timings.add("write", write);
            plan.timings.add("total", plan.startNanos);
            manifest(tables, out).write(out);
            return new RunSummary(plan.tasks().size(), tables.done(), tables.failed(), out);
        }
    }

    private RunManifest manifest(RunTables tables, Path out) {
        AnalysisOptions o = plan.options();
        Map<String, Object> options = o.describe();
        options.put("inputs", plan.inputs());
        options.putAll(runnerOptions);

        List<String> models = new ArrayList<>(engine == null ? List.of() : engine.artifacts());
        URL langModel = LanguageDetector.class.getResource(LanguageDetector.MODEL_RESOURCE);
        if (langModel != null) {
            String url = langModel.toString();
            String jar = url.contains("!/") ? url.substring(0, url.indexOf("!/")) : url;
            models.add(jar.substring(jar.lastIndexOf('/') + 1));
        }
        Map<String, Long> documents = new LinkedHashMap<>();
        documents.put("done", (long) tables.done());
        documents.put("failed", (long) tables.failed());
        documents.put("timeseries_undated", (long) tables.undated());
        documents.put("timeseries_date_too_coarse", (long) tables.tooCoarse());
        Map<String, String> hashes = new LinkedHashMap<>();
        for (WrittenTable w : tables.written()) {
            hashes.put(w.file(), Hashes.sha256(out.resolve(w.file())));
        }
        for (String graph : o.extractOnly()
                ? List.<String>of()
                : List.of(Network.GRAPHML, Network.GEXF, Network.DIRECTED_GRAPHML, Network.DIRECTED_GEXF)) {
            hashes.put(graph, Hashes.sha256(out.resolve(graph)));
        }
        return new RunManifest(
                Analysis.version(),
                commandLine,
                options,
                engine == null ? "none (extract only)" : engine.description(),
                models,
                plan.dictionaryFiles(),
                plan.tasks().size(),
                plan.inputBytes(),
                documents,
                tables.networkNodes(),
                tables.networkEdges(),
                tables.written(),
                hashes,
                plan.timings.millis(),
                plan.started,
                Instant.now());
    }
}
