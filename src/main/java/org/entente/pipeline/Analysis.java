package org.entente.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryException;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.export.RunManifest;
import org.entente.export.RunTables;
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
        List<InputScanner.Found> found = InputScanner.scan(options.inputs(), Set.of(out));
        List<String> ids = InputScanner.docIds(found);
        Map<Path, Optional<MetadataSidecar>> sidecars = new HashMap<>();
        List<MetadataSidecar.Entry> entries = new ArrayList<>();
        TreeSet<String> extraColumns = new TreeSet<>();
        for (InputScanner.Found f : found) {
            MetadataSidecar.Entry entry = sidecarEntry(f, sidecars);
            entries.add(entry);
            extraColumns.addAll(entry.metadata().extra().keySet());
        }

        NlpEngine nlp = engine.get();
        DocumentProcessor processor = new DocumentProcessor(
                Map.of(Format.PDF, new PdfExtractor(options.maxPages()), Format.HTML, new HtmlExtractor(),
                        Format.TXT, new TextExtractor()),
                new LanguageDetector(), nlp, new DictionaryResolver(dictionary, options.resolver()),
                new CoMentionCounter(options.actorTypes(), options.scopes(), 3));

        CoMentionTotals totals = new CoMentionTotals();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        try (RunTables tables = new RunTables(out, List.copyOf(extraColumns))) {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            int written = 0;
            while (written < found.size()) {
                while (next < found.size() && window.size() < 2 * options.threads()) {
                    int index = next++;
                    window.add(pool.submit(() -> process(processor, found.get(index), ids.get(index),
                            entries.get(index))));
                }
                Outcome outcome = await(window.removeFirst());
                if (outcome instanceof Outcome.Done done) {
                    tables.addDone(done.resolved(), done.coMentions());
                    totals.add(done.coMentions(), done.resolved().document().metadata().date());
                } else if (outcome instanceof Outcome.Failed failed) {
                    tables.addFailed(failed.source(), failed.metadata(), failed.stage(), failed.reason());
                    log.println("failed: " + failed.source().relativePath() + " (" + failed.stage() + "): "
                            + failed.reason());
                }
                written++;
            }
            tables.commit(totals.ofArity(2), totals.ofArity(3));
            RunSummary summary = new RunSummary(found.size(), tables.done(), tables.failed(), out);
            RunManifest.write(out, manifest(options, nlp, summary));
            log.println(summary.line());
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The run manifest: which engine ran, on what, with which options (no times, so runs compare). */
    private static Map<String, String> manifest(AnalysisOptions options, NlpEngine nlp, RunSummary summary) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("engine", nlp.description());
        m.put("dictionary", options.modelsDir().toString());
        m.put("extra_dictionaries", String.join(";", options.actorFiles().stream().map(Path::toString).toList()));
        m.put("scopes", String.join(",", options.scopes().stream().map(Scope::label).toList()));
        m.put("actor_types", String.join(",", options.actorTypes().stream().map(Enum::name).sorted().toList()));
        m.put("capitals", String.valueOf(options.resolver().capitals()));
        m.put("demonyms", String.valueOf(options.resolver().demonyms()));
        m.put("documents", String.valueOf(summary.documents()));
        m.put("done", String.valueOf(summary.done()));
        m.put("failed", String.valueOf(summary.failed()));
        return m;
    }

    private static Outcome process(DocumentProcessor processor, InputScanner.Found f, String docId,
                                   MetadataSidecar.Entry entry) {
        Source source;
        try {
            source = InputScanner.source(f, docId);
        } catch (IOException | RuntimeException e) {
            Format format = Format.ofFileName(f.file().getFileName().toString()).orElseThrow();
            return new Outcome.Failed(new Source(docId, f.file(), f.relativePath(), format, "", 0), entry.metadata(),
                    "read", DocumentProcessor.oneLine("cannot read file: " + e.getMessage()));
        }
        return processor.process(source, entry.metadata(), entry.language());
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside the per-document boundary", e.getCause());
        }
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
