package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
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

    @Option(names = "--errors", description = "also print every sentence where the prediction differs")
    private boolean errors;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("entente.home", "."));
        GoldSet set = GoldSet.read(gold != null ? gold : home.resolve("src/test/resources/gold/gold.tsv"));
        DictionaryResolver resolver = new DictionaryResolver(
                DictionaryLoader.load(models != null ? models : home.resolve("models"), actorFiles),
                ResolverOptions.DEFAULTS);
        Evaluation.Result result = Evaluation.run(set, Engines.coreNlp(), resolver);
        PrintWriter out = spec.commandLine().getOut();
        out.println("gold set " + set.file() + ": " + set.sentences().size() + " sentences; engine "
                + Engines.coreNlp().description());
        out.print(result.table());
        if (errors) {
            result.errors().forEach(out::println);
        }
        return Main.OK;
    }
}
