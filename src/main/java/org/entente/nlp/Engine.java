package org.entente.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The registry of NLP engines: the one place that names an engine and says how to load it. Adding an engine
 * means a constant here plus its own {@link NlpEngine} class; every command ({@code analyze}, {@code spark},
 * {@code eval}, {@code bench}, {@code compare-engines}) and the Spark job take their engines from here.
 *
 * <p>Engines a run may choose ({@code --engine}) are {@linkplain #forRuns() for runs}; the others exist for
 * benchmarks and evaluation. Each engine is loaded once per process and {@linkplain EngineSpec spec} and
 * shared by every run and thread afterwards (CoreNLP takes seconds and about a gigabyte to load).
 *
 * <p>Thread-safe.
 */
public enum Engine {
    /** Stanford CoreNLP with Entente's configuration: accurate, about 6,000 tokens/s per core. */
    CORENLP("corenlp", true, spec -> CoreNlpEngine.load(new Properties())),
    /** Apache OpenNLP with Entente's name finder ({@code --ner-model}): fast. */
    OPENNLP(
            "opennlp",
            true,
            spec -> OpenNlpEngine.load(spec.modelFiles().stream().findFirst(), spec.functionWords())),
    /** Plain Stanford CoreNLP as its users run it (CoreNLP's default NER options), for benchmarks. */
    CORENLP_DEFAULT("corenlp-default", false, spec -> CoreNlpEngine.load(CoreNlpEngine.CORENLP_DEFAULT_NER)),
    /** The OpenNLP engine without a name finder, for benchmarks and evaluation. */
    OPENNLP_NO_NER("opennlp-no-ner", false, spec -> OpenNlpEngine.load(Optional.empty(), spec.functionWords()));

    /** The CoreNLP dependency parser, loaded on first use and shared (seconds to load, about 120 MB of heap). */
    private static DependencyParser coreNlpParser;

    /** The name-finder model of the OpenNLP engine, relative to the installation folder. */
    public static final String DEFAULT_NER_MODEL = "models/ner-en-entente.bin";

    private static final Map<EngineSpec, NlpEngine> LOADED = new ConcurrentHashMap<>();

    private final String label;
    private final boolean forRuns;
    private final Function<EngineSpec, NlpEngine> loader;

    Engine(String label, boolean forRuns, Function<EngineSpec, NlpEngine> loader) {
        this.label = label;
        this.forRuns = forRuns;
        this.loader = loader;
    }

    /** The name used on the command line and in the run manifest. */
    public String label() {
        return label;
    }

    /** The engines {@code --engine} of {@code analyze} and {@code spark} accepts. */
    public static List<Engine> forRuns() {
        return Arrays.stream(values()).filter(e -> e.forRuns).toList();
    }

    /**
     * @param name    the name given on the command line
     * @param anyKind also accept the engines for benchmarks and evaluation
     * @return the engine
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Engine parse(String name, boolean anyKind) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Engine> accepted = anyKind ? List.of(values()) : forRuns();
        List<String> labels = accepted.stream().map(Engine::label).toList();
        return accepted.stream()
                .filter(e -> e.label.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--engine " + name + ": expected "
                        + String.join(", ", labels.subList(0, labels.size() - 1)) + " or "
                        + labels.get(labels.size() - 1)));
    }

    /**
     * The dependency parser the event coder reads with this engine's sentences: CoreNLP's neural parser for the
     * CoreNLP engines (loaded once per process, on first call, and shared by every thread and run), the
     * rule-based {@link ShallowDependencyParser} for the OpenNLP engines (it loads nothing). Thread-safe.
     *
     * @throws EngineLoadException naming the parser model when it cannot be loaded
     */
    public DependencyParser dependencyParser() {
        return this == CORENLP || this == CORENLP_DEFAULT ? coreNlpParser() : new ShallowDependencyParser();
    }

    private static synchronized DependencyParser coreNlpParser() {
        if (coreNlpParser == null) {
            coreNlpParser = CoreNlpDependencyParser.load();
            // reading the model text leaves hundreds of MB of garbage; a full collection lets the JVM return the
            // heap it grew for it (loaded before the engine, this keeps the peak RSS of a run down)
            System.gc();
        }
        return coreNlpParser;
    }

    /** Whether this engine reads the name-finder model of {@link EngineSpec#nameFinder()}. */
    public boolean usesNameFinder() {
        return this == OPENNLP;
    }

    /** The installation's name-finder model ({@value #DEFAULT_NER_MODEL} under {@code entente.home}). */
    public static Path defaultNerModel() {
        return Path.of(System.getProperty("entente.home", ".")).resolve(DEFAULT_NER_MODEL);
    }

    /**
     * Checks that the model files of a spec exist.
     *
     * @throws IllegalArgumentException naming a missing file and what was expected
     */
    static void checkFiles(EngineSpec spec) {
        for (Path model : spec.modelFiles()) {
            if (!Files.isRegularFile(model)) {
                throw new IllegalArgumentException("--ner-model " + model + " does not exist; expected the "
                        + "name-finder model written by entente train-ner (or --ner-model none)");
            }
        }
    }

    /**
     * The engine of a spec, loaded on first use and shared afterwards ({@link #CORENLP_DEFAULT} is loaded anew on
     * each call: it is for benchmarks, which time its loading).
     *
     * @param spec the engine and its model files
     * @return the engine
     * @throws IllegalArgumentException when the spec's name-finder file does not exist
     * @throws EngineLoadException      naming the model that cannot be loaded
     */
    static NlpEngine load(EngineSpec spec) {
        checkFiles(spec);
        if (spec.engine() == CORENLP_DEFAULT) {
            return spec.engine().loader.apply(spec);
        }
        return LOADED.computeIfAbsent(spec, s -> s.engine().loader.apply(s));
    }
}
