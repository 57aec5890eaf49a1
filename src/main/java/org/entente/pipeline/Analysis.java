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
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.export.RunManifest;
import org.entente.extract.LanguageDetector;
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
     * Starts loading, on a thread of its own, what every analysis needs whatever its options (the language
     * detector's model), so that it loads while the command line is still being parsed. Optional: {@link #run}
     * starts it if it has not been started.
     */
    public static void preload() {
        LanguageModel.loading();
    }

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
        // so does the language detector's model, if the command line has not started it yet (LanguageModel); the
        // first document waits for it
        Background<LanguageDetector> languages = LanguageModel.loading();
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
        // the resolver is built from the dictionary while the first documents are read and annotated
        DocumentProcessor processor = DocumentProcessor.resolvingLater(
                settings, plan.dictionary(), plan.cues(), nlp, plan.timings, languages);
        int timeout = settings.limits().docTimeout();
        Workers workers = new Workers(options.threads(), timeout);
        ReadAhead reader = new ReadAhead();
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
            class Window implements Iterator<Outcome> {
                private final Deque<Workers.Task> window = new ArrayDeque<>();
                private int next;
                private int taken;

                @Override
                public boolean hasNext() {
                    return taken < tasks.size();
                }

                /** Submits documents until the window is full. */
                void fill() {
                    while (next < tasks.size() && window.size() < 2 * options.threads()) {
                        RunPlan.Task task = tasks.get(next++);
                        // the read tells the document's worker task its stage and size (for the memory guard)
                        ReadAhead.Read<Ready> read =
                                ReadAhead.read(watch -> read(processor, cache, task, watch), Watch.NONE);
                        Workers.Task work = workers.submit(watch -> finish(processor, cache, task, read, watch));
                        read.watchedBy(work);
                        reader.start(read);
                        window.add(work);
                    }
                }

                @Override
                public Outcome next() {
                    fill();
                    RunPlan.Task task = tasks.get(taken++);
                    Outcome outcome = workers.await(
                            window.removeFirst(), (stage, kind, reason) -> failed(task, stage, kind, reason));
                    plan.timings.sinceJvmStart("first_document"); // timed here, outside the document's --doc-timeout
                    return outcome;
                }
            }
            Window outcomes = new Window();
            outcomes.fill();
            // a language model that cannot be read, or a problem of what the resolver is built from, fails the run
            // here, before any outcome is taken
            languages.get();
            processor.ready();
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
            reader.close();
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

    /**
     * The first stages of a document, on the reader thread (or its worker): its result from the cache when the
     * file is unchanged, else the document extracted, with the cache's key of its content.
     */
    private static Ready read(DocumentProcessor processor, ResultCache cache, RunPlan.Task task, Watch watch) {
        Path file = Path.of(task.location());
        if (cache == null) {
            return new Ready(processor.prepare(task, file, watch), null);
        }
        Source source;
        try {
            source = InputScanner.source(file, task.relativePath(), task.docId());
        } catch (IOException | RuntimeException e) {
            return new Ready(processor.prepare(task, file, watch), null); // fails as a document, with the reason
        }
        String content = source.sha256() + "|" + new MetadataSidecar.Entry(task.metadata(), task.language());
        Optional<Outcome.Done> stored = cache.load(task.docId(), content);
        if (stored.isPresent()) {
            return new Ready(DocumentProcessor.Prepared.of(stored.get()), null);
        }
        return new Ready(processor.prepare(source, task.metadata(), task.language(), watch), content);
    }

    /** The other stages of a document, on its worker; a new result is kept in the cache. */
    private static Outcome finish(
            DocumentProcessor processor,
            ResultCache cache,
            RunPlan.Task task,
            ReadAhead.Read<Ready> read,
            Watch watch) {
        read.watchedBy(watch); // when the worker gets to it before the submitting thread has set it
        Ready ready = read.await();
        Outcome outcome = processor.finish(ready.prepared(), watch);
        if (cache != null && ready.content() != null && outcome instanceof Outcome.Done done) {
            cache.store(task.docId(), ready.content(), done);
        }
        return outcome;
    }

    /**
     * A document read ahead.
     *
     * @param prepared the document ready to annotate, or its outcome
     * @param content  the result cache's key of its content, or null when its result is not to be kept
     */
    private record Ready(DocumentProcessor.Prepared prepared, String content) {}

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
        private volatile long nanos;
        private Background<NlpEngine> engine;

        static EngineLoad start(EngineSpec spec, boolean events) {
            EngineLoad load = new EngineLoad();
            load.engine = Background.start("entente-engine-load", () -> {
                long start = System.nanoTime();
                try {
                    if (events) {
                        spec.engine().dependencyParser(); // before the engine: see Engine#dependencyParser
                    }
                    return loadEngine(spec);
                } finally {
                    load.nanos = System.nanoTime() - start;
                }
            });
            return load;
        }

        /** The engine, once loaded; its load time (on its own thread) is the run's "engine" stage. */
        NlpEngine await(StageTimings timings) {
            NlpEngine loaded = engine.get();
            timings.addNanos("engine", nanos);
            return loaded;
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
