package org.entente.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryException;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.ResolverOptions;
import org.entente.export.Hashes;
import org.entente.model.ActorType;
import org.entente.model.Scope;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CueLexicon;

/**
 * The per-document work of a run, packed to travel to other machines (the Spark job's executors): the
 * dictionary, cue lexicon and name-finder files as bytes, the engine's name and the options that decide a
 * document's result. On each JVM the files are written to a temporary folder and loaded once, with the engine,
 * on first use; every later document of that JVM reuses them.
 *
 * <p>Serializable and thread-safe: an executor's task threads share one loaded processor.
 */
public final class DocumentJob implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final String USER_PREFIX = "user-";
    private static final String CUES = "cues-lexicon.tsv";
    private static final String NER = "ner/";
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private final Map<String, byte[]> files;
    private final List<String> userFiles;
    private final Engines.Kind engine;
    private final ResolverOptions resolver;
    private final Set<ActorType> actorTypes;
    private final List<Scope> scopes;
    private final int maxArity;
    private final int maxPages;
    private final long maxChars;
    private final int docTimeout;
    private final String key;

    private record Loaded(DocumentProcessor processor, NlpEngine engine) {
    }

    private DocumentJob(Map<String, byte[]> files, List<String> userFiles, Engines.Kind engine, AnalysisOptions o) {
        this.files = files;
        this.userFiles = List.copyOf(userFiles);
        this.engine = engine;
        this.resolver = o.resolver();
        this.actorTypes = Set.copyOf(o.actorTypes());
        this.scopes = List.copyOf(o.scopes());
        this.maxArity = o.maxArity();
        this.maxPages = o.maxPages();
        this.maxChars = o.maxChars();
        this.docTimeout = o.docTimeout();
        StringBuilder sb = new StringBuilder().append(engine).append('|')
                .append(resolver).append('|').append(actorTypes).append('|').append(scopes).append('|')
                .append(maxArity).append('|').append(maxPages).append('|').append(maxChars).append('|').append(docTimeout);
        files.forEach((name, bytes) -> sb.append('|').append(name).append('=').append(Hashes.sha256(bytes)));
        this.key = Hashes.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Packs the work of a run.
     *
     * @param options    the run's options (dictionary folder, user files, cue lexicon, rules, limits)
     * @param engine     the engine to load on each JVM
     * @param nameFinder the OpenNLP engine's name-finder model, or empty for none (ignored by CoreNLP)
     * @return the job
     * @throws ConfigurationException when a file cannot be read
     */
    public static DocumentJob of(AnalysisOptions options, Engines.Kind engine, Optional<Path> nameFinder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : DictionaryLoader.FILES) {
            files.put(name, read(options.modelsDir().resolve(name)));
        }
        List<String> user = new ArrayList<>();
        for (int i = 0; i < options.actorFiles().size(); i++) {
            Path f = options.actorFiles().get(i);
            String name = USER_PREFIX + i + "-" + f.getFileName();
            files.put(name, read(f));
            user.add(name);
        }
        files.put(CUES, read(options.cueLexicon()));
        boolean ner = engine == Engines.Kind.OPENNLP && nameFinder.isPresent();
        if (ner) {
            Path model = nameFinder.get();
            if (!Files.isRegularFile(model)) {
                throw new ConfigurationException("--ner-model " + model + " does not exist; expected the "
                        + "name-finder model written by entente train-ner (or --ner-model none)");
            }
            files.put(NER + model.getFileName(), read(model));
        }
        return new DocumentJob(files, user, engine, options);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs one document through every stage, on this JVM's processor (loaded on first use).
     *
     * @param task the document
     * @param file the file to read: the task's location, or a local copy of it
     * @return its outcome; a document that runs past the time limit fails as a timeout
     */
    public Outcome process(RunPlan.Task task, Path file) {
        DocumentProcessor processor = loaded().processor();
        Workers workers = new Workers(1, docTimeout);
        try {
            return workers.await(workers.submit(stage -> processor.process(task, file, stage)),
                    stage -> Analysis.timedOut(task, stage, docTimeout));
        } finally {
            workers.shutdown();
        }
    }

    /**
     * The outcome of a document whose file could not be fetched or read (stage "read").
     *
     * @param task   the document
     * @param reason why, in one line
     * @return the failed outcome
     */
    public static Outcome unreadable(RunPlan.Task task, String reason) {
        return DocumentProcessor.unreadable(task, Path.of(task.relativePath()), reason);
    }

    /** The engine of this job as run.json names it (loads it on this JVM if needed). */
    public RunWriter.EngineInfo engineInfo() {
        NlpEngine nlp = loaded().engine();
        return new RunWriter.EngineInfo(nlp.description(), nlp.artifacts());
    }

    private Loaded loaded() {
        return LOADED.computeIfAbsent(key, k -> load());
    }

    private Loaded load() {
        Path dir;
        try {
            dir = Files.createTempDirectory("entente-job-");
            dir.toFile().deleteOnExit(); // files are deleted before the folders registered ahead of them
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                if (!Files.isDirectory(p.getParent())) {
                    Files.createDirectories(p.getParent());
                    p.getParent().toFile().deleteOnExit();
                }
                Files.write(p, f.getValue());
                p.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dictionary files to a temporary folder: "
                    + e.getMessage(), e);
        }
        List<Path> user = userFiles.stream().map(dir::resolve).toList();
        ActorDictionary dictionary;
        try {
            dictionary = DictionaryLoader.load(dir, user);
        } catch (DictionaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        CueLexicon cues = CueLexicon.load(dir.resolve(CUES));
        Optional<Path> ner = files.keySet().stream().filter(n -> n.startsWith(NER)).findFirst().map(dir::resolve);
        NlpEngine nlp = Engines.of(engine, ner);
        // the options record carries the rules and limits to the processor; its paths are this JVM's copies
        AnalysisOptions options = new AnalysisOptions(List.of(dir), dir.resolve("out"), dir, user, 1, maxPages,
                resolver, actorTypes, scopes, maxArity, dir.resolve(CUES), false, org.entente.model.Period.QUARTER,
                false, maxChars, docTimeout, false);
        return new Loaded(DocumentProcessor.of(options, dictionary, cues, nlp, new StageTimings()), nlp);
    }
}
