package org.entente.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.nlp.CoreNlpEngine;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.OpenNlpEngine;

/**
 * The NLP engines of this process, each loaded once on first use and shared by every run and thread
 * afterwards (CoreNLP takes seconds and about a gigabyte to load; OpenNLP a fraction of a second).
 *
 * <p>Thread-safe.
 */
public final class Engines {
    /** The name-finder model of the OpenNLP engine, relative to the installation folder. */
    public static final String DEFAULT_NER_MODEL = "models/ner-en-entente.bin";

    private static final Map<Optional<Path>, NlpEngine> OPENNLP = new ConcurrentHashMap<>();

    private Engines() {
    }

    /** The engines {@code --engine} accepts. */
    public enum Kind {
        /** Stanford CoreNLP: accurate, about 6,000 tokens/s per core. */
        CORENLP,
        /** Apache OpenNLP with Entente's name finder: fast. */
        OPENNLP;

        /** The lower-case name used on the command line and in the run manifest. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @param name the name given on the command line
         * @return the kind
         * @throws ConfigurationException naming the value and the accepted ones
         */
        public static Kind parse(String name) {
            for (Kind k : values()) {
                if (k.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new ConfigurationException("--engine " + name + ": expected corenlp or opennlp");
        }
    }

    private static final class CoreNlpHolder {
        static final NlpEngine ENGINE = CoreNlpEngine.load(new Properties());
    }

    /** The CoreNLP engine with Entente's default configuration. */
    public static NlpEngine coreNlp() {
        return CoreNlpHolder.ENGINE;
    }

    /**
     * The OpenNLP engine.
     *
     * @param nameFinder the name-finder model file, or empty for the engine without NER
     * @return the engine, loaded once per model file
     * @throws ConfigurationException when the model file does not exist
     * @throws org.entente.nlp.EngineLoadException when a model cannot be loaded
     */
    public static NlpEngine openNlp(Optional<Path> nameFinder) {
        Optional<Path> key = nameFinder.map(p -> p.toAbsolutePath().normalize());
        key.ifPresent(p -> {
            if (!Files.isRegularFile(p)) {
                throw new ConfigurationException("--ner-model " + nameFinder.get() + " does not exist; expected the "
                        + "name-finder model written by entente train-ner (or --ner-model none)");
            }
        });
        return OPENNLP.computeIfAbsent(key, OpenNlpEngine::load);
    }

    /** The installation's name-finder model ({@value #DEFAULT_NER_MODEL} under {@code entente.home}). */
    public static Path defaultNerModel() {
        return Path.of(System.getProperty("entente.home", ".")).resolve(DEFAULT_NER_MODEL);
    }

    /** The OpenNLP engine with the installation's name finder. */
    public static NlpEngine openNlp() {
        return openNlp(Optional.of(defaultNerModel()));
    }

    /**
     * @param kind       the engine
     * @param nameFinder the OpenNLP engine's name-finder model (ignored by CoreNLP), or empty for none
     * @return the engine
     */
    public static NlpEngine of(Kind kind, Optional<Path> nameFinder) {
        return kind == Kind.CORENLP ? coreNlp() : openNlp(nameFinder);
    }

    /**
     * Plain Stanford CoreNLP as its users run it — {@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's default
     * NER options (fine-grained TokensRegexNER, SUTime, numeric classifiers on) — for benchmarks against
     * Entente's configuration. Loaded anew on each call.
     */
    public static NlpEngine coreNlpWithDefaultOptions() {
        java.util.Properties defaults = new java.util.Properties();
        defaults.setProperty("ner.applyFineGrained", "true");
        defaults.setProperty("ner.useSUTime", "true");
        defaults.setProperty("ner.applyNumericClassifiers", "true");
        return CoreNlpEngine.load(defaults);
    }

    /**
     * The engine a benchmark or evaluation names: corenlp, corenlp-default (CoreNLP's default NER options),
     * opennlp (with the given name finder) or opennlp-no-ner.
     *
     * @param name       the name given on the command line
     * @param nameFinder the name finder of "opennlp"
     * @return a supplier that loads the engine (shared engines are loaded once per process)
     * @throws ConfigurationException for an unknown name
     */
    public static java.util.function.Supplier<NlpEngine> byName(String name, Optional<Path> nameFinder) {
        return switch (name.strip()) {
            case "corenlp" -> Engines::coreNlp;
            case "corenlp-default" -> Engines::coreNlpWithDefaultOptions;
            case "opennlp" -> () -> openNlp(nameFinder);
            case "opennlp-no-ner" -> () -> openNlp(Optional.empty());
            default -> throw new ConfigurationException("--engine " + name
                    + ": expected corenlp, corenlp-default, opennlp or opennlp-no-ner");
        };
    }
}
