package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.evaluation.Evaluation;
import org.entente.evaluation.GoldSet;
import org.entente.evaluation.GoldSource;
import org.entente.extract.InputFormat;
import org.entente.nlp.NlpEngine;
import org.entente.pipeline.Limits;
import picocli.CommandLine.Command;
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
            "see src/main/resources/org/entente/evaluation/gold/README.md)."
        })
final class EvalCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--gold",
            paramLabel = "FILE",
            description = "gold set (default: the English gold set shipped " + "with Entente)")
    private Path gold;

    @Option(names = "--models", paramLabel = "DIR", description = "actor dictionary folder (default: models/)")
    private Path models;

    @Option(names = "--actors", paramLabel = "FILE", description = "extra dictionary file (repeatable)")
    private List<Path> actorFiles = new ArrayList<>();

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

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("entente.home", "."));
        DictionaryResolver resolver = new DictionaryResolver(
                DictionaryLoader.load(models != null ? models : home.resolve("models"), actorFiles),
                ResolverOptions.DEFAULTS);
        PrintWriter out = spec.commandLine().getOut();
        NlpEngine nlp = EngineChoice.spec(engine, true, null, models != null ? models : home.resolve("models"))
                .load();
        Evaluation.Result result;
        if (refs != null) {
            Path dir = corpus != null ? corpus : home.resolve("../shared/eval/corpus");
            GoldSource source = refs.toString().isEmpty() ? GoldSource.builtIn("eval-refs.tsv") : GoldSource.of(refs);
            result =
                    Evaluation.runRefs(source, dir, InputFormat.TXT.extractor(Limits.DEFAULT_MAX_PAGES), nlp, resolver);
            out.println("references " + source.name() + " into " + dir + "; engine " + nlp.description());
        } else {
            GoldSet set = gold != null ? GoldSet.read(gold) : GoldSet.builtIn();
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
}
