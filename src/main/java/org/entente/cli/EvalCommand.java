package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.evaluation.Evaluation;
import org.entente.evaluation.EventEvaluation;
import org.entente.evaluation.EventGold;
import org.entente.evaluation.GoldSet;
import org.entente.evaluation.GoldSource;
import org.entente.evaluation.ParallelEvaluation;
import org.entente.evaluation.PloverRecords;
import org.entente.events.EventCoder;
import org.entente.events.EventLexicon;
import org.entente.extract.InputFormat;
import org.entente.nlp.CoreNlpDependencyParser;
import org.entente.nlp.DependencyParser;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.ShallowDependencyParser;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.DictionaryFiles;
import org.entente.pipeline.Language;
import org.entente.pipeline.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente eval}: precision, recall and F1 of the engine and resolver on a gold set. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scores STATE and LEADER mentions, sentence dyads and compounds against a gold set:",
            "the one shipped with Entente (builtin:gold.tsv), or your own (--gold FILE, same format;",
            "see src/main/resources/org/entente/evaluation/gold/README.md); with --events, the event coder."
        })
final class EvalCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--gold",
            paramLabel = "FILE",
            description = "gold set (default: the English gold set shipped with Entente; builtin:NAME for another "
                    + "shipped one, e.g. builtin:gold-world.tsv)")
    private Path gold;

    @Mixin
    private DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "corenlp",
            description = "engine to score: corenlp, corenlp-default (CoreNLP's default NER options), opennlp, "
                    + "opennlp-no-ner (default: ${DEFAULT-VALUE})")
    private String engine;

    @Option(names = "--errors", description = "also print every sentence where the prediction differs")
    private boolean errors;

    @Option(
            names = "--refs",
            paramLabel = "FILE",
            arity = "0..1",
            fallbackValue = "",
            description = "score sentences of real documents referenced by FILE (default: the references into "
                    + "../shared/eval/corpus shipped with Entente, builtin:eval-refs.tsv) instead of the gold set")
    private Path refs;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "folder the --refs paths are relative to " + "(default: ../shared/eval/corpus)")
    private Path corpus;

    @Option(
            names = "--events",
            description = {
                "score the event coder instead: directed dyads, direction, type and quad class on the event gold set "
                        + "(--gold, default builtin:events.tsv) and on the PLOVER records (--plover, default "
                        + "../shared/eval/events/PLOVER_GSR_CAMEO.txt, skipped when absent)"
            })
    private boolean events;

    @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold-standard records for --events")
    private Path plover;

    @Option(
            names = "--parser",
            paramLabel = "PARSER",
            description = "dependency parser for --events: corenlp or shallow (default: corenlp for the CoreNLP "
                    + "engines, shallow for the OpenNLP ones)")
    private String parser;

    @Option(
            names = "--lang",
            paramLabel = "CODE",
            description = "score the gold set of another language (kor, jpn, zho, rus: builtin:gold-CODE.tsv, or "
                    + "--gold) with its bundle")
    private String lang;

    @Option(
            names = "--parallel",
            paramLabel = "DIR",
            arity = "0..1",
            fallbackValue = "",
            description = "score per-document actor-set agreement of every language with English on the "
                    + "parallel news of DIR (default: ../shared/eval/parallel, NTREX-128)")
    private Path parallel;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("entente.home", "."));
        if (parallel != null || lang != null) {
            return languages(home, spec.commandLine().getOut());
        }
        DictionaryResolver resolver = new DictionaryResolver(dictionaryOptions.load(), ResolverOptions.DEFAULTS);
        PrintWriter out = spec.commandLine().getOut();
        NlpEngine nlp = EngineChoice.spec(engine, true, null, dictionaryOptions.modelsDir())
                .load();
        if (events) {
            return events(home, resolver, nlp, out);
        }
        Evaluation.Result result;
        if (refs != null) {
            Path dir = corpus != null ? corpus : home.resolve("../shared/eval/corpus");
            GoldSource source = refs.toString().isEmpty() ? GoldSource.builtIn("eval-refs.tsv") : GoldSource.of(refs);
            result =
                    Evaluation.runRefs(source, dir, InputFormat.TXT.extractor(Limits.DEFAULT_MAX_PAGES), nlp, resolver);
            out.println("references " + source.name() + " into " + dir + "; engine " + nlp.description());
        } else {
            GoldSet set = gold == null
                    ? GoldSet.builtIn()
                    : gold.toString().startsWith("builtin:")
                            ? GoldSet.read(GoldSource.builtIn(gold.toString().substring("builtin:".length())))
                            : GoldSet.read(gold);
            result = Evaluation.run(set, nlp, resolver);
            out.println("gold set " + set.file() + ": " + set.sentences().size() + " sentences; engine "
                    + nlp.description());
        }
        out.print(result.table());
        if (errors) {
            result.errors().forEach(out::println);
        }
        out.flush();
        return Main.OK;
    }

    private int events(Path home, DictionaryResolver resolver, NlpEngine nlp, PrintWriter out) {
        ActorDictionary dictionary = dictionaryOptions.load();
        String p = parser != null ? parser : engine.startsWith("corenlp") ? "corenlp" : "shallow";
        DependencyParser dependencies = switch (p) {
            case "corenlp" -> CoreNlpDependencyParser.load();
            case "shallow" -> new ShallowDependencyParser();
            default -> throw new ConfigurationException("--parser " + p + ": expected corenlp or shallow");
        };
        EventCoder coder = new EventCoder(
                EventLexicon.load(dictionaryOptions.modelsDir().resolve(DictionaryFiles.EVENT_LEXICON)),
                EventEvaluation.leaderStates(dictionary));
        out.println("engine " + nlp.description() + "; parser " + p);
        out.println(EventEvaluation.Score.header());
        List<EventEvaluation.Result> results = new ArrayList<>();
        Path ploverFile = plover != null ? plover : home.resolve("../shared/eval/events/PLOVER_GSR_CAMEO.txt");
        if (Files.isRegularFile(ploverFile)) {
            results.add(EventEvaluation.run(
                    "plover",
                    PloverRecords.gold(ploverFile, dictionary),
                    nlp,
                    resolver,
                    dependencies,
                    coder,
                    dictionary,
                    id -> true));
        } else {
            out.println("plover: " + ploverFile + " is absent; skipped");
        }
        EventGold own = gold != null ? EventGold.read(gold) : EventGold.builtIn();
        results.add(EventEvaluation.run("own", own, nlp, resolver, dependencies, coder, dictionary, id -> true));
        results.add(EventEvaluation.run(
                "own-heldout", own, nlp, resolver, dependencies, coder, dictionary, EventGold::heldOut));
        results.forEach(r -> out.println(r.score().row()));
        if (errors) {
            results.forEach(r -> r.errors().forEach(e -> out.println(r.score().set() + " " + e)));
        }
        out.flush();
        return Main.OK;
    }

    /** {@code --lang} and {@code --parallel}: the language bundles on their gold sets and on parallel news. */
    private int languages(Path home, PrintWriter out) {
        ActorDictionary dictionary = dictionaryOptions.load();
        if (parallel != null) {
            Path dir = parallel.toString().isEmpty() ? home.resolve("../shared/eval/parallel") : parallel;
            NlpEngine english = EngineChoice.spec(
                            engine.equals("corenlp") ? "opennlp" : engine, true, null, dictionaryOptions.modelsDir())
                    .load();
            ParallelEvaluation.Result result = ParallelEvaluation.run(
                    dir.resolve(ParallelEvaluation.FILE),
                    ParallelEvaluation.english(english, dictionary),
                    ParallelEvaluation.translations(dictionary));
            out.println(
                    "parallel " + dir.resolve(ParallelEvaluation.FILE) + "; English engine " + english.description());
            out.print(result.table());
            if (errors) {
                result.disagreements().forEach(out::println);
            }
            out.flush();
            return Main.OK;
        }
        Language language = Language.of(lang)
                .filter(l -> l != Language.ENGLISH)
                .orElseThrow(() -> new ConfigurationException(
                        "--lang " + lang + ": expected one of kor, jpn, zho, rus (use no --lang for English)"));
        GoldSet set = gold != null ? GoldSet.read(gold) : GoldSet.read(GoldSource.builtIn("gold-" + lang + ".tsv"));
        NlpEngine nlp = language.annotator(null);
        DictionaryResolver resolver =
                new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS, List.of(language.rules(dictionary)));
        Evaluation.Result result = Evaluation.run(set, nlp, resolver);
        out.println("gold set " + set.file() + ": " + set.sentences().size() + " sentences; " + nlp.description());
        out.print(result.table());
        if (errors) {
            result.errors().forEach(out::println);
        }
        out.flush();
        return Main.OK;
    }
}
