package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.extract.TextExtractor;
import org.entente.nlp.NlpEngine;
import org.entente.pipeline.Engines;
import org.entente.pipeline.Evaluation;
import org.entente.pipeline.GoldSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente eval}: precision, recall and F1 of the engine and resolver on a gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Scores STATE and LEADER mentions, sentence dyads and compounds against a gold set",
            "(format: src/test/resources/gold/README.md)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "gold set (default: src/test/resources/gold/gold.tsv "
            + "of the installation)")
    private Path gold;

    @Option(names = "--models", paramLabel = "DIR", description = "actor dictionary folder (default: models/)")
    private Path models;

    @Option(names = "--actors", paramLabel = "FILE", description = "extra dictionary file (repeatable)")
    private List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "corenlp",
            description = "engine to score: corenlp, corenlp-default (CoreNLP's default NER options), opennlp, "
                    + "opennlp-no-ner (default: ${DEFAULT-VALUE})")
    private String engine;

    @Option(names = "--errors", description = "also print every sentence where the prediction differs")
    private boolean errors;

    @Option(names = "--refs", paramLabel = "FILE", description = "score sentences of real documents referenced by "
            + "FILE (eval-refs.tsv format) instead of the gold set")
    private Path refs;

    @Option(names = "--corpus", paramLabel = "DIR", description = "folder the --refs paths are relative to "
            + "(default: ../shared/eval/corpus)")
    private Path corpus;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("entente.home", "."));
        DictionaryResolver resolver = new DictionaryResolver(
                DictionaryLoader.load(models != null ? models : home.resolve("models"), actorFiles),
                ResolverOptions.DEFAULTS);
        PrintWriter out = spec.commandLine().getOut();
        NlpEngine nlp = Engines.byName(engine, java.util.Optional.of(Engines.defaultNerModel())).get();
        Evaluation.Result result;
        if (refs != null) {
            Path dir = corpus != null ? corpus : home.resolve("../shared/eval/corpus");
            result = Evaluation.runRefs(refs, dir, new TextExtractor(), nlp, resolver);
            out.println("references " + refs + " into " + dir + "; engine " + nlp.description());
        } else {
            GoldSet set = GoldSet.read(gold != null ? gold : home.resolve("src/test/resources/gold/gold.tsv"));
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
