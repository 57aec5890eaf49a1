package org.entente.nlp;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An engine as a run names it: the {@link Engine}, its model files ({@code --engine}, {@code --ner-model}) and
 * the English word list it reads (function words, from {@code models/lang/eng/}). {@link #load()} gives the
 * engine, loaded once per process and spec. Serializable, so that a job can carry it to other machines together
 * with copies of its {@link #modelFiles()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param engine        the engine
 * @param nameFinder    the absolute path of the name-finder model of an engine that
 *                      {@linkplain Engine#usesNameFinder() uses one}, or empty for none (always empty for the
 *                      others)
 * @param functionWords words that often start a sentence and are never a name, lower case: the fast engine
 *                      skips tagging a sentence whose only capitalised word is one of these at its start (empty:
 *                      it tags every sentence)
 */
public record EngineSpec(Engine engine, String nameFinder, Set<String> functionWords) implements Serializable {
    private static final long serialVersionUID = 1L;

    public EngineSpec {
        Objects.requireNonNull(engine, "engine");
        nameFinder = engine.usesNameFinder() && nameFinder != null && !nameFinder.isEmpty()
                ? Path.of(nameFinder).toAbsolutePath().normalize().toString()
                : "";
        functionWords = Collections.unmodifiableSet(new TreeSet<>(functionWords));
    }

    /**
     * @param engine        the engine
     * @param nameFinder    its name-finder model, or null for none
     * @param functionWords the English function words (word list function-words)
     * @return the spec
     */
    public static EngineSpec of(Engine engine, Path nameFinder, Set<String> functionWords) {
        return new EngineSpec(engine, nameFinder == null ? "" : nameFinder.toString(), functionWords);
    }

    /** The engine with the installation's name-finder model and the given function words. */
    public static EngineSpec of(Engine engine, Set<String> functionWords) {
        return of(engine, Engine.defaultNerModel(), functionWords);
    }

    /** The files the engine loads besides the jars on the class path: what another machine needs of this spec. */
    public List<Path> modelFiles() {
        return nameFinder.isEmpty() ? List.of() : List.of(Path.of(nameFinder));
    }

    /**
     * The same engine loading the given copies of its {@link #modelFiles()} (on another machine).
     *
     * @param copies one file per model file, in the same order
     * @return the spec
     */
    public EngineSpec withModelFiles(List<Path> copies) {
        if (copies.size() != modelFiles().size()) {
            throw new IllegalArgumentException(
                    copies.size() + " model files; expected " + modelFiles().size());
        }
        return copies.isEmpty() ? this : of(engine, copies.get(0), functionWords);
    }

    /**
     * Checks that the model files exist, before anything is loaded or read.
     *
     * @throws IllegalArgumentException naming a missing file and what was expected
     */
    public void checkFiles() {
        Engine.checkFiles(this);
    }

    /**
     * The engine, loaded on first use and shared by every later caller with an equal spec.
     *
     * @throws IllegalArgumentException when a model file does not exist, naming it
     * @throws EngineLoadException      naming the model that cannot be loaded
     */
    public NlpEngine load() {
        return Engine.load(this);
    }
}
