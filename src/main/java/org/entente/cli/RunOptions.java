package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.actors.ResolverOptions;
import org.entente.model.ActorType;
import org.entente.model.Period;
import org.entente.model.Scope;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.Engines;
import picocli.CommandLine.Option;

/**
 * The analysis options that {@code analyze} and {@code spark} share: dictionary, rules, scopes, tables and
 * engine. A picocli mixin; one instance per invocation.
 */
final class RunOptions {
    @Option(names = "--models", paramLabel = "DIR", description = "actor dictionary folder (default: models/ of the installation)")
    private Path models;

    @Option(names = "--actors", paramLabel = "FILE", description = "extra dictionary file merged over the default (repeatable)")
    private List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--scope", paramLabel = "SCOPE", split = ",", defaultValue = "sentence",
            description = "co-mention units: sentence, paragraph, document, window:N (N tokens), comma-separated "
                    + "(default: ${DEFAULT-VALUE})")
    private List<String> scopes;

    @Option(names = "--max-arity", paramLabel = "N", defaultValue = "3",
            description = "count co-mentioned sets of up to N actors; sets of 4 or more go to nary.csv (default: "
                    + "${DEFAULT-VALUE})")
    private int maxArity;

    @Option(names = "--cues", paramLabel = "FILE",
            description = "relation cue lexicon replacing models/cues.tsv (columns cue, class)")
    private Path cueFile;

    @Option(names = "--actor-types", paramLabel = "TYPE", split = ",", defaultValue = "STATE",
            description = "actor types counted in co-mentions: STATE, LEADER, ORG (default: ${DEFAULT-VALUE})")
    private List<String> actorTypes;

    @Option(names = "--no-capitals", description = "do not count capitals standing for governments (Pyongyang, Moscow)")
    private boolean noCapitals;

    @Option(names = "--no-demonyms", description = "do not count demonyms and adjectives (Chinese, Russian)")
    private boolean noDemonyms;

    @Option(names = "--rollup-leaders",
            description = "also count every leader mention as a mention of the state served on the document's date")
    private boolean rollupLeaders;

    @Option(names = "--wide", description = "also write doc_actor_counts_wide.csv, the document x actor matrix")
    private boolean wide;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "quarter",
            description = "period of timeseries.csv: year, quarter, month (default: ${DEFAULT-VALUE})")
    private String period;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "corenlp",
            description = {"NLP engine: corenlp (accurate) or opennlp (about 20 times faster; see docs/performance.md)",
                "(default: ${DEFAULT-VALUE})"})
    private String engine;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = {"name-finder model of the opennlp engine, or none for no NER",
                "(default: models/ner-en-entente.bin of the installation)"})
    private String nerModel;

    /**
     * The options of a run.
     *
     * @param inputs  the inputs
     * @param out     the output folder
     * @param threads worker threads
     * @param limits  the per-document limits and output switches
     * @return the options, checked
     * @throws ConfigurationException for a bad value, naming it
     */
    AnalysisOptions options(List<Path> inputs, Path out, int threads, LimitOptions limits) {
        return new AnalysisOptions(inputs, out, models == null ? BatchOptions.home().resolve("models") : models,
                actorFiles, threads, limits.maxPages, new ResolverOptions(!noCapitals, !noDemonyms, rollupLeaders),
                parseTypes(), parseScopes(), maxArity, cueFile, wide, parsePeriod(), limits.excelSafe, limits.maxChars,
                limits.docTimeout, false);
    }

    /** The engine asked for. */
    Engines.Kind engine() {
        return Engines.Kind.parse(engine);
    }

    /** The name-finder model of the OpenNLP engine, or empty for none. */
    Optional<Path> nerModel() {
        return nerModel(nerModel);
    }

    /** The --ner-model value: "none" for no name finder, a file, or the installation's model. */
    static Optional<Path> nerModel(String value) {
        if (value == null) {
            return Optional.of(Engines.defaultNerModel());
        }
        return value.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Path.of(value));
    }

    private Set<ActorType> parseTypes() {
        Set<ActorType> types = EnumSet.noneOf(ActorType.class);
        for (String t : actorTypes) {
            try {
                types.add(ActorType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--actor-types " + t + ": expected STATE, LEADER or ORG");
            }
        }
        return types;
    }

    private Period parsePeriod() {
        try {
            return Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--period " + period + ": expected year, quarter or month");
        }
    }

    private List<Scope> parseScopes() {
        List<Scope> result = new ArrayList<>();
        for (String s : scopes) {
            try {
                Scope scope = Scope.parse(s);
                if (!result.contains(scope)) {
                    result.add(scope);
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--" + e.getMessage());
            }
        }
        java.util.Collections.sort(result);
        return result;
    }
}
