package org.entente.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.export.RunManifest;
import org.entente.extract.MetadataSidecar;
import org.entente.model.FailureKind;
import org.entente.model.Source;
import org.entente.model.Stage;
import org.entente.nlp.EngineSpec;
import org.entente.nlp.NlpEngine;

/**
 * One run of {@code entente analyze}: checks the options, loads the dictionary and the engine once, then
 * streams every input document through {@link DocumentProcessor} on a pool of worker threads and writes the
 * results in doc_id order, so the tables are the same whatever the number of threads.
 *
 * <p>Each call of {@link #run} is independent; the class holds no state.
 */
public final class Analysis {
    private Analysis() {}

    /**
     * Runs the analysis, reporting progress, and writes its manifest, run.json.
     *
     * @param options     the run's options; its engine is loaded once the configuration is checked
     * @param commandLine the command's arguments as given, for run.json
     * @param log         where failures and the summary line go
     * @param progress    told of every document written
     * @return counts of documents done and failed
     * @throws ConfigurationException for a bad option, input, dictionary or sidecar, before any document
     */
    public static RunSummary run(
            AnalysisOptions options, List<String> commandLine, PrintWriter log, Progress progress) {
        Settings settings = options.settings();
        // the engine's models load on a thread of their own while the dictionary is read and the inputs are
        // listed; a bad dictionary or input is still reported first
        EngineLoad engine = options.extractOnly() ? null : EngineLoad.start(settings.engine(), settings.events());
        RunPlan plan = RunPlan.scan(options, log::println);
        List<RunPlan.Task> tasks = plan.tasks();
        NlpEngine nlp = engine == null ? null : engine.await(plan.timings);
        ResultCache cache = options.extractOnly()
                ? null
                : new ResultCache(
                        options.out().toAbsolutePath().normalize().resolve(CACHE),
                        settings.fingerprint(
                                version(),
                                nlp.description() + "|" + nlp.artifacts(),
                                plan.dictionaryFiles().stream()
                                        .map(RunManifest.HashedFile::sha256)
                                        .toList()));
        DocumentProcessor processor = DocumentProcessor.of(settings, plan.dictionary(), plan.cues(), nlp, plan.timings);
        int timeout = settings.limits().docTimeout();
        Workers workers = new Workers(options.threads(), timeout);
        AtomicInteger written = new AtomicInteger();
        Thread interrupted = new Thread(
                () -> { // says how far the run got when the JVM is stopped (Ctrl-C, kill)
                    log.println(String.format(
                            Locale.ROOT,
                            "interrupted after %,d of %,d documents: run the "
                                    + "same command again to continue (the results so far are kept in %s)",
                            written.get(),
                            tasks.size(),
                            options.out().toAbsolutePath().normalize().resolve(CACHE)));
                    log.flush();
                },
                "entente-interrupted");
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
                    return workers.await(
                            window.removeFirst(), (stage, kind, reason) -> failed(task, stage, kind, reason));
                }
            };
            RunWriter.EngineInfo info =
                    nlp == null ? null : new RunWriter.EngineInfo(nlp.description(), nlp.artifacts());
            RunSummary summary =
                    new RunWriter(plan, commandLine, info, Map.of()).write(outcomes, null, log, progress, written::set);
            if (cache != null && !cache.problems().isEmpty()) {
                log.println("warning: " + cache.problems());
            }
            if (cache != null && cache.reused() > 0) {
                log.println(String.format(
                        Locale.ROOT,
                        "reused the results of %,d unchanged documents " + "from an earlier run (%s)",
                        cache.reused(),
                        options.out().toAbsolutePath().normalize().resolve(CACHE)));
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

    /** The failed row of a cancelled document: past --doc-timeout, or the largest when the heap was full. */
    static Outcome failed(RunPlan.Task task, Stage stage, FailureKind kind, String reason) {
        return new Outcome.Failed(
                DocumentProcessor.sourceOrPlaceholder(task, Path.of(task.location())),
                task.metadata(),
                stage,
                kind,
                reason);
    }

    private static Outcome process(DocumentProcessor processor, ResultCache cache, RunPlan.Task task, Watch stage) {
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

    /** Entente's version as run.json and the result cache record it. */
    static String version() {
        String version = Analysis.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * An engine (and, with events, its dependency parser first) loading on a daemon thread of its own (an
     * abandoned load does not keep the JVM alive). Engines
     * are loaded once per process and spec, so a load abandoned after a configuration error is reused by the
     * next run of the same spec in this process.
     */
    private static final class EngineLoad {
        private final FutureTask<NlpEngine> task;
        private volatile long nanos;

        private EngineLoad(EngineSpec spec, boolean events) {
            task = new FutureTask<>(() -> {
                long start = System.nanoTime();
                try {
                    if (events) {
                        spec.engine().dependencyParser(); // before the engine: see Engine#dependencyParser
                    }
                    return loadEngine(spec);
                } finally {
                    nanos = System.nanoTime() - start;
                }
            });
        }

        static EngineLoad start(EngineSpec spec, boolean events) {
            EngineLoad load = new EngineLoad(spec, events);
            Thread thread = new Thread(load.task, "entente-engine-load");
            thread.setDaemon(true);
            thread.start();
            return load;
        }

        /** The engine, once loaded; its load time (on its own thread) is the run's "engine" stage. */
        NlpEngine await(StageTimings timings) {
            try {
                NlpEngine engine = task.get();
                timings.addNanos("engine", nanos);
                return engine;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the engine was loading", e);
            }
        }
    }

    /** Loads the engine of a run; a model file that does not exist is the user's configuration error. */
    static NlpEngine loadEngine(EngineSpec spec) {
        try {
            return spec.load();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }
}
