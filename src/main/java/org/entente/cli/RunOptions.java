package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.actors.ResolverOptions;
import org.entente.export.ExportOptions;
import org.entente.export.OutputFormat;
import org.entente.model.ActorType;
import org.entente.model.Counting;
import org.entente.model.Period;
import org.entente.model.Scope;
import org.entente.nlp.EngineSpec;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.DictionaryFiles;
import org.entente.pipeline.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The analysis options that {@code analyze} and {@code spark} share: dictionary ({@link DictionaryOptions}),
 * rules, scopes, tables and engine. A picocli mixin; one instance per invocation.
 */
final class RunOptions {
    @Mixin
    private DictionaryOptions dictionary = new DictionaryOptions();

    @Option(
            names = "--scope",
            paramLabel = "SCOPE",
            split = ",",
            defaultValue = "sentence",
            description = "co-mention units: sentence, paragraph, document, window:N (N tokens), comma-separated "
                    + "(default: ${DEFAULT-VALUE})")
    private List<String> scopes;

    @Option(
            names = "--max-arity",
            paramLabel = "N",
            defaultValue = "3",
            description = "count co-mentioned sets of up to N actors; sets of 4 or more go to nary.csv (default: "
                    + "${DEFAULT-VALUE})")
    private int maxArity;

    @Option(
            names = "--cues",
            paramLabel = "FILE",
            description = "relation cue lexicon replacing models/cues.tsv (columns cue, class)")
    private Path cueFile;

    @Option(
            names = "--actor-types",
            paramLabel = "TYPE",
            split = ",",
            defaultValue = "STATE",
            description = "actor types counted in co-mentions: STATE, LEADER, ORG (default: ${DEFAULT-VALUE})")
    private List<String> actorTypes;

    @Option(names = "--no-capitals", description = "do not count capitals standing for governments (Pyongyang, Moscow)")
    private boolean noCapitals;

    @Option(names = "--no-demonyms", description = "do not count demonyms and adjectives (Chinese, Russian)")
    private boolean noDemonyms;

    @Option(
            names = "--rollup-leaders",
            description = "also count every leader mention as a mention of the state served on the document's date")
    private boolean rollupLeaders;

    @Option(
            names = "--events",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "code who does what to whom: events.csv, directed dyads and the directed network "
                    + "(default: on; --no-events skips the dependency parse)")
    private boolean events;

    @Option(
            names = "--roles",
            description = "also count role phrases (\"the Chinese president\", \"Russia's foreign minister\") as "
                    + "mentions of the office holder on the document's date (match kind role)")
    private boolean roles;

    @Option(
            names = "--date",
            paramLabel = "YYYY[-MM[-DD]]",
            defaultValue = "",
            description = "date assumed for documents without one (no date in the text header, sidecar or file "
                    + "metadata), for titles of shared surnames, --roles and --rollup-leaders")
    private String date;

    @Option(names = "--wide", description = "also write doc_actor_counts_wide.csv, the document x actor matrix")
    private boolean wide;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            defaultValue = "quarter",
            description = "period of timeseries.csv: year, quarter, month (default: ${DEFAULT-VALUE})")
    private String period;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "corenlp",
            description = {
                "NLP engine: corenlp (accurate) or opennlp (several times faster; see docs/performance.md)",
                "(default: ${DEFAULT-VALUE})"
            })
    private String engine;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            split = ",",
            defaultValue = "csv",
            description = "table formats: csv, parquet, or both (csv,parquet): each table is written once per "
                    + "format (default: ${DEFAULT-VALUE})")
    private List<String> formats;

    @Option(
            names = "--ner-model",
            paramLabel = "FILE",
            description = {
                "name-finder model of the opennlp engine, or none for no NER",
                "(default: models/ner-en-entente.bin of the installation)"
            })
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
        return new AnalysisOptions(inputs, out, threads, settings(limits), false);
    }

    /**
     * The settings these options and limits give.
     *
     * @throws ConfigurationException for a bad value, naming it
     */
    Settings settings(LimitOptions limits) {
        try {
            return new Settings(
                    new DictionaryFiles(dictionary.modelsDir(), dictionary.actorFiles(), cueFile),
                    engine(),
                    new ResolverOptions(!noCapitals, !noDemonyms, rollupLeaders, roles, date),
                    new Counting(parseTypes(), parseScopes(), maxArity),
                    limits.limits(),
                    new ExportOptions(
                            formats.stream().map(OutputFormat::parse).distinct().toList(),
                            wide,
                            parsePeriod(),
                            limits.excelSafe),
                    events);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    /** The engine asked for, with its name-finder model and the dictionary folder's function words. */
    EngineSpec engine() {
        return EngineChoice.spec(engine, false, nerModel, dictionary.modelsDir());
    }

    private Set<ActorType> parseTypes() {
        Set<ActorType> types = EnumSet.noneOf(ActorType.class);
        for (String t : actorTypes) {
            try {
                types.add(ActorType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--actor-types " + t + ": expected STATE, LEADER or ORG");
            }
        }
        return types;
    }

    private Period parsePeriod() {
        try {
            return Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--period " + period + ": expected year, quarter or month");
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
                throw new IllegalArgumentException("--" + e.getMessage(), e);
            }
        }
        Collections.sort(result);
        return result;
    }
}
