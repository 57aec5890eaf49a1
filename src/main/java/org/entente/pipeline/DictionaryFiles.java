package org.entente.pipeline;

import java.io.IOException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.entente.actors.DictionaryLoader;

/**
 * The data files a run resolves and counts with: the dictionary folder ({@code --models}), the user's
 * dictionary files merged over it ({@code --actors}) and the relation cue lexicon ({@code --cues}).
 *
 * <p>Immutable and thread-safe. Serializable (the paths travel as text; the Spark job ships the files' bytes
 * and points a copy of these settings at its local copies).
 *
 * @param modelsDir  folder with the actor dictionary and the language data
 * @param actorFiles user dictionary files merged over the folder's, in order
 * @param cueFile    the English relation cue lexicon, or null for the folder's
 */
public record DictionaryFiles(Path modelsDir, List<Path> actorFiles, Path cueFile) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DictionaryFiles {
        Objects.requireNonNull(modelsDir, "modelsDir");
        actorFiles = List.copyOf(actorFiles);
    }

    /** The installation's dictionary with no user files. */
    public static DictionaryFiles of(Path modelsDir) {
        return new DictionaryFiles(modelsDir, List.of(), null);
    }

    /** The cue lexicon to use: the given file, else cues.tsv of the dictionary folder. */
    public Path cueLexicon() {
        return cueFile != null ? cueFile : modelsDir.resolve("cues.tsv");
    }

    /** The event lexicon: events.tsv of the dictionary folder (listed in {@link #files()} when it exists). */
    public Path eventLexicon() {
        return modelsDir.resolve(EVENT_LEXICON);
    }

    /** File name of the event lexicon in the dictionary folder. */
    public static final String EVENT_LEXICON = "events.tsv";

    /**
     * Every file of the run's data: the dictionary folder's (its tables, then the files of its language folders
     * in path order), the user's, then the cue lexicon.
     */
    public List<Path> files() {
        List<Path> files = new ArrayList<>(folderFiles());
        files.addAll(actorFiles);
        files.add(cueLexicon());
        return files;
    }

    /** The files of the dictionary folder: its tables, the event lexicon if any, then every file under its language folder, sorted. */
    private List<Path> folderFiles() {
        List<Path> files = new ArrayList<>();
        DictionaryLoader.FILES.forEach(name -> files.add(modelsDir.resolve(name)));
        if (Files.isRegularFile(eventLexicon())) {
            files.add(eventLexicon());
        }
        Path languages = modelsDir.resolve(DictionaryLoader.LANGUAGE_FOLDER);
        if (Files.isDirectory(languages)) {
            try (Stream<Path> walk = Files.walk(languages)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new ConfigurationException("cannot list " + languages + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /**
     * Where a copy of each of {@link #files()} goes under another folder, in the same order: the dictionary
     * folder's files keep their paths under {@code root/models}, the user's files go to
     * {@code root/user/<index>/<name>}, the cue lexicon to {@code root/cues/<name>}.
     *
     * @param root the folder of the copies
     * @return one path per file
     */
    public List<Path> copyTargets(Path root) {
        List<Path> targets = new ArrayList<>();
        for (Path f : folderFiles()) {
            targets.add(root.resolve("models").resolve(modelsDir.relativize(f).toString()));
        }
        for (int i = 0; i < actorFiles.size(); i++) {
            targets.add(root.resolve("user")
                    .resolve(Integer.toString(i))
                    .resolve(actorFiles.get(i).getFileName().toString()));
        }
        targets.add(root.resolve("cues").resolve(cueLexicon().getFileName().toString()));
        return targets;
    }

    /** These files as copied under {@code root} by {@link #copyTargets}. */
    public DictionaryFiles at(Path root) {
        List<Path> user = new ArrayList<>();
        for (int i = 0; i < actorFiles.size(); i++) {
            user.add(root.resolve("user")
                    .resolve(Integer.toString(i))
                    .resolve(actorFiles.get(i).getFileName().toString()));
        }
        return new DictionaryFiles(
                root.resolve("models"),
                user,
                root.resolve("cues").resolve(cueLexicon().getFileName().toString()));
    }

    /** Adds the files as run.json names them: models, actors, cues. */
    public void describe(Map<String, Object> out) {
        out.put("models", modelsDir.toString());
        out.put("actors", actorFiles.stream().map(Path::toString).toList());
        out.put("cues", cueLexicon().toString());
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Shipped(
                modelsDir.toString(),
                actorFiles.stream().map(Path::toString).toList(),
                cueFile == null ? null : cueFile.toString());
    }

    /** The serialized form: the paths as text. */
    private record Shipped(String modelsDir, List<String> actorFiles, String cueFile) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() throws ObjectStreamException {
            return new DictionaryFiles(
                    Path.of(modelsDir),
                    actorFiles.stream().map(Path::of).toList(),
                    cueFile == null ? null : Path.of(cueFile));
        }
    }
}
