package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.actors.ResolverOptions;
import org.entente.model.ActorType;
import org.entente.model.Period;
import org.entente.model.Scope;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.Engines;
import org.entente.pipeline.Progress;
import org.entente.pipeline.RunSummary;
import org.entente.report.Report;
import org.entente.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente analyze}: the whole pipeline, from papers to tables. Not thread-safe (one instance per invocation). */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extracts, tags, resolves and counts actor mentions and co-mentions, and writes CSV tables.",
            "With no INPUT it analyzes the sample corpus (corpus/) into out/; --report also writes out/report.html."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document done", "1:some documents failed (status=failed in documents.csv)",
            "2:usage or configuration error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--report", description = "also write report.html into the output folder (see entente report)")
    private boolean report;

    @Mixin
    private BatchOptions batch = new BatchOptions();

    @Mixin
    private ReportOptionsMixin reportOptions = new ReportOptionsMixin();

    @Override
    public Integer call() {
        Path home = BatchOptions.home();
        AnalysisOptions options = new AnalysisOptions(batch.inputs(), batch.out,
                models == null ? home.resolve("models") : models, actorFiles, batch.threads(), batch.maxPages,
                new ResolverOptions(!noCapitals, !noDemonyms, rollupLeaders), parseTypes(), parseScopes(), maxArity,
                cueFile, wide, parsePeriod(), batch.excelSafe, batch.maxChars, batch.docTimeout, false);
        ReportOptions reportWith = report ? reportOptions.options() : null;
        PrintWriter log = batch.log(spec.commandLine().getErr());
        List<String> commandLine = spec.commandLine().getParseResult().originalArgs();
        Progress progress = batch.progress(log);
        Engines.Kind kind = Engines.Kind.parse(engine);
        Optional<Path> ner = nerModel(nerModel);
        RunSummary summary = Analysis.run(options, commandLine, () -> Engines.of(kind, ner), log, progress);
        if (reportWith != null) {
            log.println("report: " + Report.write(batch.out, reportWith));
        }
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
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
