package org.entente.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.export.Hashes;
import org.entente.nlp.NlpEngine;

/**
 * The per-document work of a run, packed to travel to other machines (the Spark job's executors): the run's
 * {@link Settings} and the bytes of every file they name (dictionary, user and cue files, the engine's model
 * files). On each JVM the files are written to a temporary folder and loaded once, with the engine, on first
 * use; every later document of that JVM reuses them.
 *
 * <p>Serializable and thread-safe: an executor's task threads share one loaded processor.
 */
public final class DocumentJob implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private final Settings settings;
    private final List<byte[]> dataFiles;
    private final List<byte[]> modelFiles;
    private final String key;

    private record Loaded(DocumentProcessor processor, NlpEngine engine) {}

    private DocumentJob(Settings settings, List<byte[]> dataFiles, List<byte[]> modelFiles) {
        this.settings = settings;
        this.dataFiles = List.copyOf(dataFiles);
        this.modelFiles = List.copyOf(modelFiles);
        StringBuilder sb = new StringBuilder(settings.describe().toString());
        dataFiles.forEach(bytes -> sb.append('|').append(Hashes.sha256(bytes)));
        modelFiles.forEach(bytes -> sb.append('|').append(Hashes.sha256(bytes)));
        this.key = Hashes.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Packs the work of a run.
     *
     * @param settings the run's settings (with an engine)
     * @return the job
     * @throws ConfigurationException when a file cannot be read, naming it
     */
    public static DocumentJob of(Settings settings) {
        if (settings.engine() == null) {
            throw new IllegalArgumentException("a job needs an engine");
        }
        return new DocumentJob(
                settings,
                read(settings.dictionary().files()),
                read(settings.engine().modelFiles()));
    }

    private static List<byte[]> read(List<Path> files) {
        List<byte[]> bytes = new ArrayList<>();
        for (Path file : files) {
            try {
                bytes.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return bytes;
    }

    /**
     * Runs one document through every stage, on this JVM's processor (loaded on first use).
     *
     * @param task the document
     * @param file the file to read: the task's location, or a local copy of it
     * @return its outcome; a document that runs past the time limit fails as a timeout, and one cancelled by the
     *     memory guard (the JVM thrashes in garbage collection) as out of memory
     */
    public Outcome process(RunPlan.Task task, Path file) {
        DocumentProcessor processor = loaded().processor();
        int timeout = settings.limits().docTimeout();
        Workers workers = new Workers(1, timeout);
        try {
            return workers.await(
                    workers.submit(stage -> processor.process(task, file, stage)),
                    (stage, kind, reason) -> Analysis.failed(task, stage, kind, reason));
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

    /** Writes the files to a temporary folder and loads the processor from there. */
    private Loaded load() {
        Path dir;
        List<Path> models = new ArrayList<>();
        try {
            dir = Files.createTempDirectory("entente-job-");
            dir.toFile().deleteOnExit(); // files are deleted before the folders registered ahead of them
            write(dir, settings.dictionary().copyTargets(dir.resolve("data")), dataFiles);
            List<Path> names = settings.engine().modelFiles();
            for (int i = 0; i < names.size(); i++) {
                models.add(dir.resolve("engine")
                        .resolve(Integer.toString(i))
                        .resolve(names.get(i).getFileName().toString()));
            }
            write(dir, models, modelFiles);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the dictionary files to a temporary folder: " + e.getMessage(), e);
        }
        DictionaryFiles local = settings.dictionary().at(dir.resolve("data"));
        Settings here =
                settings.withDictionary(local).withEngine(settings.engine().withModelFiles(models));
        RunPlan.Loaded loaded = RunPlan.load(here);
        NlpEngine nlp = here.engine().load();
        return new Loaded(DocumentProcessor.of(here, loaded.dictionary(), loaded.cues(), nlp, new StageTimings()), nlp);
    }

    /** Writes each content to its target under {@code dir}, registering files and folders for deletion. */
    private static void write(Path dir, List<Path> targets, List<byte[]> contents) throws IOException {
        for (int i = 0; i < targets.size(); i++) {
            Path target = targets.get(i);
            Deque<Path> missing = new ArrayDeque<>(); // outermost first
            for (Path p = target.getParent(); !Files.isDirectory(p); p = p.getParent()) {
                missing.push(p);
            }
            for (Path p : missing) {
                Files.createDirectory(p);
                p.toFile().deleteOnExit(); // deleted after the files registered later
            }
            Files.write(target, contents.get(i));
            target.toFile().deleteOnExit();
        }
    }
}
