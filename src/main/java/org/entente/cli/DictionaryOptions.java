package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryLoader;
import picocli.CommandLine.Option;

/**
 * The actor dictionary options ({@code --models}, {@code --actors}) of every command that reads the dictionary:
 * analyze, spark, eval, compare-engines and actors check. A picocli mixin; one instance per invocation.
 */
final class DictionaryOptions {
    @Option(
            names = "--models",
            paramLabel = "DIR",
            description = "actor dictionary folder (default: models/ of the installation)")
    private Path models;

    @Option(
            names = "--actors",
            paramLabel = "FILE",
            description = "extra dictionary file merged over the default (repeatable)")
    private List<Path> actorFiles = new ArrayList<>();

    /** The dictionary folder given, or models/ of the installation. */
    Path modelsDir() {
        return models == null ? BatchOptions.home().resolve("models") : models;
    }

    /** The user dictionary files given, in order. */
    List<Path> actorFiles() {
        return List.copyOf(actorFiles);
    }

    /**
     * The dictionary of the folder with the user files merged over it.
     *
     * @throws org.entente.actors.DictionaryException for a bad dictionary file, naming file, line and value
     */
    ActorDictionary load() {
        return DictionaryLoader.load(modelsDir(), actorFiles);
    }
}
