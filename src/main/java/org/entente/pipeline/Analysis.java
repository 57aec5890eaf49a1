package org.entente.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryException;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.export.Hashes;
import org.entente.export.Network;
import org.entente.export.RunManifest;
import org.entente.export.RunTables;
import org.entente.export.WrittenTable;
import org.entente.extract.HtmlExtractor;
import org.entente.extract.LanguageDetector;
import org.entente.extract.MetadataSidecar;
import org.entente.extract.PdfExtractor;
import org.entente.extract.TextExtractor;
import org.entente.model.Format;
import org.entente.model.Metadata;
import org.entente.model.Scope;
import org.entente.model.Source;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CoMentionCounter;
import org.entente.relations.CoMentionTotals;
import org.entente.relations.CueLexicon;

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
        Instant started = Instant.now();
        StageTimings timings = new StageTimings();
        long start = System.nanoTime();
        long clock = start;
        Path out = options.out().toAbsolutePath().normalize();
        for (Path input : options.inputs()) {
            Path in = input.toAbsolutePath().normalize();
            if (Files.isDirectory(in) && out.startsWith(in)) {
                throw new ConfigurationException("--out " + options.out() + " is inside the input folder " + input
                        + "; expected an output folder outside every input folder (Entente never writes into its "
                        + "inputs)");
            }
        }
        ActorDictionary dictionary;
        try {
            dictionary = DictionaryLoader.load(options.modelsDir(), options.actorFiles());
        } catch (DictionaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        CueLexicon cues;
        try {
            cues = CueLexicon.load(options.cueLexicon());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        List<RunManifest.HashedFile> dictionaryFiles = hashed(options); // for run.json and the result cache
        clock = timings.add("dictionary", clock);
        List<InputScanner.Found> found = InputScanner.scan(options.inputs(), Set.of(out), log::println);
        List<String> ids = InputScanner.docIds(found);
        Map<Path, Optional<MetadataSidecar>> sidecars = new HashMap<>();
        List<MetadataSidecar.Entry> entries = new ArrayList<>();
        TreeSet<String> extraColumns = new TreeSet<>();
        for (InputScanner.Found f : found) {
            MetadataSidecar.Entry entry = sidecarEntry(f, sidecars);
            entries.add(entry);
            extraColumns.addAll(entry.metadata().extra().keySet());
        }
        long inputBytes = 0;
        for (InputScanner.Found f : found) {
            try {
                inputBytes += Files.size(f.file());
            } catch (IOException e) {
                // an unreadable file fails as a document later; it adds nothing here
            }
        }
        clock = timings.add("scan", clock);

        NlpEngine nlp = options.extractOnly() ? null : engine.get();
        timings.add("engine", clock);
        ResultCache cache = options.extractOnly() ? null
                : new ResultCache(out.resolve(CACHE), settingsFingerprint(options, nlp, dictionaryFiles));
        DocumentProcessor processor = new DocumentProcessor(
                Map.of(Format.PDF, new PdfExtractor(options.maxPages()), Format.HTML, new HtmlExtractor(),
                        Format.TXT, new TextExtractor()),
                new LanguageDetector(), nlp, new DictionaryResolver(dictionary, options.resolver()),
                new CoMentionCounter(options.actorTypes(), options.scopes(), options.maxArity(), cues), timings,
                options.maxChars());

        CoMentionTotals totals = new CoMentionTotals();
        Workers workers = new Workers(options.threads(), options.docTimeout());
        Thread interrupted = null; // says how far the run got when the JVM is stopped (Ctrl-C, kill)
        try (RunTables tables = new RunTables(out, List.copyOf(extraColumns), options.export())) {
            Deque<Workers.Task> window = new ArrayDeque<>();
            int next = 0;
            int written = 0;
            java.util.concurrent.atomic.AtomicInteger progressCount = new java.util.concurrent.atomic.AtomicInteger();
            interrupted = new Thread(() -> {
                log.println(String.format(java.util.Locale.ROOT, "interrupted after %,d of %,d documents: run the "
                        + "same command again to continue (the results so far are kept in %s)", progressCount.get(),
                        found.size(), out.resolve(CACHE)));
                log.flush();
            }, "entente-interrupted");
            Runtime.getRuntime().addShutdownHook(interrupted);
            progress.started(found.size());
            while (written < found.size()) {
                while (next < found.size() && window.size() < 2 * options.threads()) {
                    int index = next++;
                    window.add(workers.submit(stage -> process(processor, cache, found.get(index), ids.get(index),
                            entries.get(index), stage)));
                }
                int index = written;
                Outcome outcome = workers.await(window.removeFirst(),
                        stage -> timedOut(found.get(index), ids.get(index), entries.get(index), stage,
                                options.docTimeout()));
                int tokens = 0;
                if (outcome instanceof Outcome.Extracted extracted) {
                    tables.addExtracted(extracted.document());
                } else if (outcome instanceof Outcome.Done done) {
                    tables.addDone(done.resolved(), done.relations());
                    totals.add(done.relations().coMentions(), done.resolved().document().metadata().date());
                    tokens = done.resolved().annotated().tokenCount();
                } else if (outcome instanceof Outcome.Failed failed) {
                    tables.addFailed(failed.source(), failed.metadata(), failed.stage(), failed.reason());
                    log.println("failed: " + failed.source().relativePath() + " (" + failed.stage() + "): "
                            + failed.reason());
                }
                progress.document(outcome, tokens);
                written++;
                progressCount.set(written);
            }
            progress.finished();
            long write = System.nanoTime();
            if (options.extractOnly()) {
                tables.commitExtracted();
            } else {
                tables.commit(totals.ofArity(2, 2), totals.ofArity(3, 3), totals.ofArity(4, options.maxArity()));
            }
            timings.add("write", write);
            timings.add("total", start);
            manifest(options, commandLine, nlp, dictionaryFiles, found.size(), inputBytes, tables, timings, started,
                    out).write(out);
            if (cache != null && !cache.problems().isEmpty()) {
                log.println("warning: " + cache.problems());
            }
            if (cache != null && cache.reused() > 0) {
                log.println(String.format(java.util.Locale.ROOT, "reused the results of %,d unchanged documents "
                        + "from an earlier run (%s)", cache.reused(), out.resolve(CACHE)));
            }
            RunSummary summary = new RunSummary(found.size(), tables.done(), tables.failed(), out);
            log.println(summary.line());
            return summary;
        } finally {
            workers.shutdown();
            if (interrupted != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupted);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is running
                }
            }
        }
    }

    /** The failed row of a document that ran past --doc-timeout. */
    private static Outcome timedOut(InputScanner.Found f, String docId, MetadataSidecar.Entry entry, String stage,
                                    int seconds) {
        Source source;
        try {
            source = InputScanner.source(f, docId);
        } catch (IOException | RuntimeException e) {
            source = new Source(docId, f.file(), f.relativePath(),
                    Format.ofFileName(f.file().getFileName().toString()).orElseThrow(), "", 0);
        }
        return new Outcome.Failed(source, entry.metadata(), stage,
                "timeout: still running after " + seconds + " s (--doc-timeout)");
    }

    private static RunManifest manifest(AnalysisOptions o, List<String> commandLine, NlpEngine nlp,
                                        List<RunManifest.HashedFile> dictionary, int inputFiles,
                                        long inputBytes, RunTables tables, StageTimings timings, Instant started,
                                        Path out) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("inputs", o.inputs().stream().map(Path::toString).toList());
        options.put("out", o.out().toString());
        options.put("models", o.modelsDir().toString());
        options.put("actors", o.actorFiles().stream().map(Path::toString).toList());
        options.put("threads", o.threads());
        options.put("max_pages", o.maxPages());
        options.put("scope", o.scopes().stream().map(Scope::label).toList());
        options.put("actor_types", o.actorTypes().stream().map(Enum::name).sorted().toList());
        options.put("capitals", o.resolver().capitals());
        options.put("demonyms", o.resolver().demonyms());
        options.put("wide", o.wide());
        options.put("period", o.period().label());
        options.put("excel_safe", o.excelSafe());

        List<String> models = new ArrayList<>(nlp == null ? List.of() : nlp.artifacts());
        java.net.URL langModel = LanguageDetector.class.getResource(LanguageDetector.MODEL_RESOURCE);
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
        for (String graph : o.extractOnly() ? List.<String>of() : List.of(Network.GRAPHML, Network.GEXF)) {
            hashes.put(graph, Hashes.sha256(out.resolve(graph)));
        }
        String version = Analysis.class.getPackage().getImplementationVersion();
        return new RunManifest(version == null ? "dev" : version, commandLine, options, nlp == null ? "none (extract only)" : nlp.description(), models,
                dictionary, inputFiles, inputBytes, documents, tables.networkNodes(), tables.networkEdges(),
                tables.written(), hashes, timings.millis(), started, Instant.now());
    }

    private static Outcome process(DocumentProcessor processor, ResultCache cache, InputScanner.Found f,
                                   String docId, MetadataSidecar.Entry entry,
                                   java.util.function.Consumer<String> stage) {
        Source source;
        try {
            source = InputScanner.source(f, docId);
        } catch (IOException | RuntimeException e) {
            Format format = Format.ofFileName(f.file().getFileName().toString()).orElseThrow();
            return new Outcome.Failed(new Source(docId, f.file(), f.relativePath(), format, "", 0), entry.metadata(),
                    "read", DocumentProcessor.oneLine("cannot read file: " + e.getMessage()));
        }
        if (cache == null) {
            return processor.process(source, entry.metadata(), entry.language(), stage);
        }
        String content = source.sha256() + "|" + entry;
        Optional<Outcome.Done> stored = cache.load(docId, content);
        if (stored.isPresent()) {
            return stored.get();
        }
        Outcome outcome = processor.process(source, entry.metadata(), entry.language(), stage);
        if (outcome instanceof Outcome.Done done) {
            cache.store(docId, content, done);
        }
        return outcome;
    }

    /** Where per-document results are kept for later runs into the same output folder. */
    static final String CACHE = ".entente/cache";

    /** The dictionary files of the run (the folder's and the user's) with their SHA-256, read once. */
    private static List<RunManifest.HashedFile> hashed(AnalysisOptions o) {
        List<Path> files = new ArrayList<>();
        DictionaryLoader.FILES.forEach(name -> files.add(o.modelsDir().resolve(name)));
        files.addAll(o.actorFiles());
        return files.stream().map(f -> new RunManifest.HashedFile(f.toString(), Hashes.sha256(f))).toList();
    }

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

    /** The sidecar row of a file: the nearest metadata.csv from the file's folder up to its input root. */
    private static MetadataSidecar.Entry sidecarEntry(InputScanner.Found f, Map<Path, Optional<MetadataSidecar>> cache) {
        Path root = f.root().toAbsolutePath().normalize();
        Path dir = f.file().toAbsolutePath().normalize().getParent();
        while (dir != null && dir.startsWith(root)) {
            Optional<MetadataSidecar> sidecar = cache.computeIfAbsent(dir, Analysis::readSidecar);
            Optional<MetadataSidecar.Entry> entry = sidecar.flatMap(s -> s.lookup(f.file()));
            if (entry.isPresent()) {
                return entry.get();
            }
            dir = dir.getParent();
        }
        return new MetadataSidecar.Entry(Metadata.EMPTY, "");
    }

    private static Optional<MetadataSidecar> readSidecar(Path dir) {
        Path csv = dir.resolve(MetadataSidecar.FILE_NAME);
        if (!Files.isRegularFile(csv)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MetadataSidecar.read(csv));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read metadata sidecar " + csv + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }
}
