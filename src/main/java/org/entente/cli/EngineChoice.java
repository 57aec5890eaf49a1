package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.entente.actors.DictionaryException;
import org.entente.actors.DictionaryLoader;
import org.entente.nlp.Engine;
import org.entente.nlp.EngineSpec;
import org.entente.pipeline.ConfigurationException;

/** The engine a command names ({@code --engine}, {@code --ner-model}), with the dictionary folder's English word lists. */
final class EngineChoice {
    private EngineChoice() {}

    /**
     * @param name      the value of --engine
     * @param anyKind   also accept the engines for benchmarks and evaluation
     * @param nerModel  the value of --ner-model: a file, "none", or null for the installation's model
     * @param modelsDir the dictionary folder whose models/lang/eng/function-words.txt the fast engine reads
     * @return the spec
     * @throws ConfigurationException naming a bad value
     */
    static EngineSpec spec(String name, boolean anyKind, String nerModel, Path modelsDir) {
        Optional<Path> ner = nerModel(nerModel);
        if (nerModel != null && ner.isPresent() && !Files.isRegularFile(ner.get())) {
            throw new ConfigurationException("--ner-model " + nerModel + " does not exist; expected the name-finder "
                    + "model written by entente train-ner (or --ner-model none)");
        }
        try {
            Set<String> functionWords =
                    DictionaryLoader.wordLists(modelsDir, "eng").get("function-words");
            return EngineSpec.of(Engine.parse(name, anyKind), ner.orElse(null), functionWords);
        } catch (IllegalArgumentException | IllegalStateException | DictionaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    /** The --ner-model value: "none" for no name finder, a file, or the installation's model. */
    static Optional<Path> nerModel(String value) {
        if (value == null) {
            return Optional.of(Engine.defaultNerModel());
        }
        return value.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Path.of(value));
    }
}
