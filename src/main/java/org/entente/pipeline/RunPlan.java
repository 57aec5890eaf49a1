package org.entente.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryException;
import org.entente.actors.DictionaryLoader;
import org.entente.export.Hashes;
import org.entente.export.RunManifest;
import org.entente.extract.MetadataSidecar;
import org.entente.model.Metadata;
import org.entente.relations.CueLexicon;

/**
 * The checked set-up of a run, made before the first document: the dictionary and cue lexicon loaded (a bad
 * file fails here, naming file and line), and the documents to process, each with its doc_id and sidecar
 * metadata. {@link #scan} finds them on local (or mounted) file systems, as {@code entente analyze} does;
 * {@link #of} takes them from another runner (the Spark job lists Hadoop file systems).
 *
 * <p>Immutable after construction (its stage timings are thread-safe).
 */
public final class RunPlan {
    /**
     * A document to process.
     *
     * @param docId        its stable id
     * @param location     where it is: a local path, or a URI of a Hadoop file system (hdfs://, s3a://…)
     * @param relativePath its path relative to the input it was found under, with '/' separators
     * @param metadata     what its sidecar row says, or {@link Metadata#EMPTY}
     * @param language     the language its sidecar row gives, or empty to detect it
     */
    public record Task(String docId, String location, String relativePath, Metadata metadata, String language)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final AnalysisOptions options;
    private final List<String> inputs;
    private final ActorDictionary dictionary;
    private final Map<Language, CueLexicon> cues;
    private final List<RunManifest.HashedFile> dictionaryFiles;
    private final List<Task> tasks;
    private final List<String> extraColumns;
    private final long inputBytes;
    final StageTimings timings;
    final Instant started;
    final long startNanos;

    private RunPlan(
            AnalysisOptions options,
            List<String> inputs,
            List<Task> tasks,
            long inputBytes,
            StageTimings timings,
            Instant started,
            long startNanos,
            Loaded loaded) {
        this.options = options;
        this.inputs = List.copyOf(inputs);
        this.tasks = List.copyOf(tasks);
        this.inputBytes = inputBytes;
        this.timings = timings;
        this.started = started;
        this.startNanos = startNanos;
        this.dictionary = loaded.dictionary;
        this.cues = loaded.cues;
        this.dictionaryFiles = loaded.files;
        TreeSet<String> extra = new TreeSet<>();
        tasks.forEach(t -> extra.addAll(t.metadata().extra().keySet()));
        this.extraColumns = List.copyOf(extra);
    }

    /**
     * Checks the options, loads the dictionary and cue lexicon, and finds the input files of
     * {@code options.inputs()} with their sidecar metadata.
     *
     * @param options  the run's options
     * @param warnings receives one line per input that was skipped
     * @return the plan
     * @throws ConfigurationException for a bad option, input, dictionary, cue lexicon or sidecar
     */
    public static RunPlan scan(AnalysisOptions options, Consumer<String> warnings) {
        Instant started = Instant.now();
        long start = System.nanoTime();
        StageTimings timings = new StageTimings();
        Path out = options.out().toAbsolutePath().normalize();
        for (Path input : options.inputs()) {
            Path in = input.toAbsolutePath().normalize();
            if (Files.isDirectory(in) && out.startsWith(in)) {
                throw new ConfigurationException("--out " + options.out() + " is inside the input folder " + input
                        + "; expected an output folder outside every input folder (Entente never writes into its "
                        + "inputs)");
            }
        }
        Loaded loaded = load(options.settings());
        long clock = timings.add("dictionary", start);
        List<InputScanner.Found> found = InputScanner.scan(options.inputs(), Set.of(out), warnings);
        List<String> ids = InputScanner.docIds(found);
        Map<Path, Optional<MetadataSidecar>> sidecars = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        long inputBytes = 0;
        for (int i = 0; i < found.size(); i++) {
            InputScanner.Found f = found.get(i);
            MetadataSidecar.Entry entry = sidecarEntry(f, sidecars);
            tasks.add(new Task(ids.get(i), f.file().toString(), f.relativePath(), entry.metadata(), entry.language()));
            try {
                inputBytes += Files.size(f.file());
            } catch (IOException e) {
                // an unreadable file fails as a document later; it adds nothing here
            }
        }
        timings.add("scan", clock);
        List<String> inputs = options.inputs().stream().map(Path::toString).toList();
        return new RunPlan(options, inputs, tasks, inputBytes, timings, started, start, loaded);
    }

    /**
     * Checks the options and loads the dictionary and cue lexicon, for documents listed by another runner.
     *
     * @param options    the run's options (its inputs are not read)
     * @param inputs     the inputs as given, for run.json
     * @param tasks      the documents, sorted as {@link InputScanner#scan} sorts them, with ids from
     *                   {@link InputScanner#docIdsOf(List)}
     * @param inputBytes their total size
     * @return the plan
     * @throws ConfigurationException for a bad option, dictionary or cue lexicon
     */
    public static RunPlan of(AnalysisOptions options, List<String> inputs, List<Task> tasks, long inputBytes) {
        Instant started = Instant.now();
        long start = System.nanoTime();
        StageTimings timings = new StageTimings();
        Loaded loaded = load(options.settings());
        timings.add("dictionary", start);
        return new RunPlan(options, inputs, tasks, inputBytes, timings, started, start, loaded);
    }

    /**
     * The loaded data of a run's settings.
     *
     * @param dictionary the actor dictionary
     * @param cues       the cue lexicon of every language
     * @param files      every data and model file with its SHA-256, read once (for run.json and the cache)
     */
    record Loaded(ActorDictionary dictionary, Map<Language, CueLexicon> cues, List<RunManifest.HashedFile> files) {}

    /**
     * Loads and checks the data files of the settings.
     *
     * @throws ConfigurationException naming the file, line and value of a problem
     */
    static Loaded load(Settings settings) {
        if (settings.engine() != null) {
            try {
                settings.engine().checkFiles();
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage(), e);
            }
        }
        DictionaryFiles files = settings.dictionary();
        ActorDictionary dictionary;
        try {
            dictionary = DictionaryLoader.load(files.modelsDir(), files.actorFiles());
        } catch (DictionaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        Map<Language, CueLexicon> cues = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            try {
                cues.put(language, language.cues(files));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage(), e);
            }
        }
        List<RunManifest.HashedFile> hashed = settings.hashedFiles().stream()
                .map(f -> new RunManifest.HashedFile(f.toString(), Hashes.sha256(f)))
                .toList();
        return new Loaded(dictionary, cues, hashed);
    }

    /** The run's options. */
    public AnalysisOptions options() {
        return options;
    }

    /** The inputs as given. */
    public List<String> inputs() {
        return inputs;
    }

    /** The documents, in doc_id order of the tables. */
    public List<Task> tasks() {
        return tasks;
    }

    /** Sidecar metadata columns beyond the standard ones, sorted. */
    public List<String> extraColumns() {
        return extraColumns;
    }

    /** Total size of the input files in bytes. */
    public long inputBytes() {
        return inputBytes;
    }

    /** The loaded dictionary. */
    public ActorDictionary dictionary() {
        return dictionary;
    }

    /** The loaded cue lexicon of every language. */
    public Map<Language, CueLexicon> cues() {
        return cues;
    }

    /** The data and model files with their SHA-256, for run.json and the result cache. */
    public List<RunManifest.HashedFile> dictionaryFiles() {
        return dictionaryFiles;
    }

    /** The sidecar row of a file: the nearest metadata.csv from the file's folder up to its input root. */
    private static MetadataSidecar.Entry sidecarEntry(
            InputScanner.Found f, Map<Path, Optional<MetadataSidecar>> cache) {
        Path root = f.root().toAbsolutePath().normalize();
        Path dir = f.file().toAbsolutePath().normalize().getParent();
        while (dir != null && dir.startsWith(root)) {
            Optional<MetadataSidecar> sidecar = cache.computeIfAbsent(dir, RunPlan::readSidecar);
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
