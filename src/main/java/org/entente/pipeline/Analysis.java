package org.entente.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.export.Hashes;
import org.entente.export.RunManifest;
import org.entente.extract.MetadataSidecar;
import org.entente.model.Scope;
import org.entente.model.Source;
import org.entente.nlp.NlpEngine;

/**
 * One run of {@code entente analyze}: checks the options, loads the dictionary and the engine once, then
 * streams every input document through {@link DocumentProcessor} on a pool of worker threads and writes the
 * results in doc_id order, so the tables are the same whatever the number of threads.
 *
 * <p>Each call of {@link #run} is independent; the class holds no state.
 */
public final class Analysis {
    private Analysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param options the run's options
     * @param engine  supplies the NLP engine (called once, after the configuration is checked)
     * @param log     where progress and the summary line go
     * @return counts of documents done and failed
     * @throws ConfigurationException for a bad option, input, dictionary or sidecar, before any document
     */
    public static RunSummary run(AnalysisOptions options, Supplier<NlpEngine> engine, PrintWriter log) {
        return run(options, List.of(), engine, log);
    }

    /**
     * Runs the analysis and writes its manifest, run.json.
     *
     * @param options     the run's options
     * @param commandLine the command's arguments as given, for run.json
     * @param engine      supplies the NLP engine (called once, after the configuration is checked)
     * @param log         where progress and the summary line go
     * @return counts of documents done and failed
     * @throws ConfigurationException for a bad option, input, dictionary or sidecar, before any document
     */
    public static RunSummary run(AnalysisOptions options, List<String> commandLine, Supplier<NlpEngine> engine,
                                 PrintWriter log) {
        return run(options, commandLine, engine, log, Progress.NONE);
    }

    /**
     * Runs the analysis, reporting progress, and writes its manifest, run.json.
     *
     * @param options     the run's options
     * @param commandLine the command's arguments as given, for run.json
     * @param engine      supplies the NLP engine (called once, after the configuration is checked)
     * @param log         where failures and the summary line go
     * @param progress    told of every document written
     * @return counts of documents done and failed
     * @throws ConfigurationException for a bad option, input, dictionary or sidecar, before any document
     */
    public static RunSummary run(AnalysisOptions options, List<String> commandLine, Supplier<NlpEngine> engine,
                                 PrintWriter log, Progress progress) {
        RunPlan plan = RunPlan.scan(options, log::println);
        List<RunPlan.Task> tasks = plan.tasks();
        long clock = System.nanoTime();
        NlpEngine nlp = options.extractOnly() ? null : engine.get();
        plan.timings.add("engine", clock);
        ResultCache cache = options.extractOnly() ? null
                : new ResultCache(options.out().toAbsolutePath().normalize().resolve(CACHE),
                settingsFingerprint(options, nlp, plan.dictionaryFiles()));
        DocumentProcessor processor = DocumentProcessor.of(options, plan.dictionary(), plan.cues(), nlp, plan.timings);
        Workers workers = new Workers(options.threads(), options.docTimeout());
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        Thread interrupted = new Thread(() -> { // says how far the run got when the JVM is stopped (Ctrl-C, kill)
            log.println(String.format(java.util.Locale.ROOT, "interrupted after %,d of %,d documents: run the "
                    + "same command again to continue (the results so far are kept in %s)", written.get(),
                    tasks.size(), options.out().toAbsolutePath().normalize().resolve(CACHE)));
            log.flush();
        }, "entente-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            // documents run ahead on the workers, at most two per thread, and are written in order
            Iterator<Outcome> outcomes = new Iterator<>() {
                private final Deque<Workers.Task> window = new ArrayDeque<>();
                private int next;
                private int taken;

                @Override
                public boolean hasNext() {
                    return taken < tasks.size();
                }

                @Override
                public Outcome next() {
                    while (next < tasks.size() && window.size() < 2 * options.threads()) {
                        RunPlan.Task task = tasks.get(next++);
                        window.add(workers.submit(stage -> process(processor, cache, task, stage)));
                    }
                    RunPlan.Task task = tasks.get(taken++);
                    return workers.await(window.removeFirst(),
                            stage -> timedOut(task, stage, options.docTimeout()));
                }
            };
            RunWriter.EngineInfo info = nlp == null ? null : new RunWriter.EngineInfo(nlp.description(), nlp.artifacts());
            RunSummary summary = new RunWriter(plan, commandLine, info, Map.of())
                    .write(outcomes, null, log, progress, written::set);
            if (cache != null && !cache.problems().isEmpty()) {
                log.println("warning: " + cache.problems());
            }
            if (cache != null && cache.reused() > 0) {
                log.println(String.format(java.util.Locale.ROOT, "reused the results of %,d unchanged documents "
                        + "from an earlier run (%s)", cache.reused(), options.out().toAbsolutePath().normalize()
                        .resolve(CACHE)));
            }
            log.println(summary.line());
            return summary;
        } finally {
            workers.shutdown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running
            }
        }
    }

    /** The failed row of a document that ran past --doc-timeout. */
    static Outcome timedOut(RunPlan.Task task, String stage, int seconds) {
        return new Outcome.Failed(DocumentProcessor.sourceOrPlaceholder(task, Path.of(task.location())),
                task.metadata(), stage, "timeout: still running after " + seconds + " s (--doc-timeout)");
    }

    private static Outcome process(DocumentProcessor processor, ResultCache cache, RunPlan.Task task,
                                   java.util.function.Consumer<String> stage) {
        Path file = Path.of(task.location());
        if (cache == null) {
            return processor.process(task, file, stage);
        }
        Source source;
        try {
            source = InputScanner.source(file, task.relativePath(), task.docId());
        } catch (IOException | RuntimeException e) {
            return processor.process(task, file, stage); // fails as a document, with the reason
        }
        String content = source.sha256() + "|" + new MetadataSidecar.Entry(task.metadata(), task.language());
        Optional<Outcome.Done> stored = cache.load(task.docId(), content);
        if (stored.isPresent()) {
            return stored.get();
        }
        Outcome outcome = processor.process(source, task.metadata(), task.language(), stage);
        if (outcome instanceof Outcome.Done done) {
            cache.store(task.docId(), content, done);
        }
        return outcome;
    }

    /** Where per-document results are kept for later runs into the same output folder. */
    static final String CACHE = ".entente/cache";

    /**
     * A fingerprint of everything besides a document that decides its result: the tool's version, the
     * engine, the dictionary and cue files' contents, and the resolution, counting and limit options.
     */
    private static String settingsFingerprint(AnalysisOptions o, NlpEngine nlp,
                                              List<RunManifest.HashedFile> dictionary) {
        StringBuilder sb = new StringBuilder();
        sb.append(Analysis.class.getPackage().getImplementationVersion()).append('|').append(nlp.description())
                .append('|').append(nlp.artifacts()).append('|').append(o.resolver()).append('|')
                .append(o.actorTypes().stream().map(Enum::name).sorted().toList()).append('|')
                .append(o.scopes().stream().map(Scope::label).toList()).append('|').append(o.maxArity()).append('|')
                .append(o.maxPages()).append('|').append(o.maxChars());
        dictionary.forEach(f -> sb.append('|').append(f.sha256()));
        sb.append('|').append(Hashes.sha256(o.cueLexicon()));
        return Hashes.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
