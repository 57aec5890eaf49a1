package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.actors.ActorResolver;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.evaluation.CorpusSample;
import org.entente.evaluation.EngineComparison;
import org.entente.evaluation.Evaluation;
import org.entente.evaluation.GoldSet;
import org.entente.model.Document;
import org.entente.model.ResolvedDocument;
import org.entente.nlp.NlpEngine;
import org.entente.pipeline.ConfigurationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente compare-engines}: STATE and LEADER F1 of the corenlp engine and of the opennlp engine with
 * and without its name finder, on the gold set (or, without one, against the corenlp engine's output on a
 * corpus sample), and the agreement of the two engines' dyad counts on a corpus.
 */
@Command(
        name = "compare-engines",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Compares the corenlp and opennlp engines: STATE and LEADER precision, recall and F1 on a "
                    + "gold set (or against corenlp's output on a corpus sample when --gold is absent), and the "
                    + "agreement of their sentence-scope dyad counts on a corpus (--agreement)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:usage or configuration error"})
final class CompareEnginesCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--gold",
            paramLabel = "FILE",
            description = "gold set TSV (sentence_id, text, states, leaders, compounds); default: the English gold "
                    + "set shipped with Entente")
    private Path gold;

    @Option(
            names = "--reference",
            paramLabel = "DIR",
            split = ",",
            description = "instead of the gold set: files or folders whose corenlp output is the reference")
    private List<Path> reference = new ArrayList<>();

    @Option(
            names = "--agreement",
            paramLabel = "DIR",
            split = ",",
            description = "files or folders on which to compare the engines' dyad counts")
    private List<Path> agreement = new ArrayList<>();

    @Option(
            names = "--every",
            defaultValue = "1",
            description = "take every N-th file of --reference (default: ${DEFAULT-VALUE})")
    private int every;

    @Option(
            names = "--max-words",
            defaultValue = "100000000",
            description = "words of --reference and --agreement at most (default: all)")
    private long maxWords;

    @Option(names = "--threads", defaultValue = "2", description = "worker threads (default: ${DEFAULT-VALUE})")
    private int threads;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "name-finder model of the opennlp engine")
    private String nerModel;

    @Mixin
    private DictionaryOptions dictionary = new DictionaryOptions();

    @Override
    public Integer call() {
        if (gold != null && !reference.isEmpty()) {
            throw new ConfigurationException("--gold and --reference: expected one of them (the gold set, or a "
                    + "corpus whose corenlp output is the reference)");
        }
        boolean haveGold = reference.isEmpty();
        ActorResolver resolver = new DictionaryResolver(dictionary.load(), ResolverOptions.DEFAULTS);
        Map<String, NlpEngine> engines = new LinkedHashMap<>();
        Path modelsDir = dictionary.modelsDir();
        engines.put(
                "corenlp", EngineChoice.spec("corenlp", true, null, modelsDir).load());
        engines.put(
                "opennlp",
                EngineChoice.spec("opennlp", true, nerModel, modelsDir).load());
        engines.put(
                "opennlp without name finder",
                EngineChoice.spec("opennlp-no-ner", true, null, modelsDir).load());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<EngineComparison.Scores> scores = new ArrayList<>();
        if (haveGold) {
            GoldSet goldSet = gold != null ? GoldSet.read(gold) : GoldSet.builtIn();
            out.printf(
                    Locale.ROOT,
                    "Gold set %s: %d sentences%n%n",
                    goldSet.file(),
                    goldSet.sentences().size());
            engines.forEach((name, engine) -> {
                out.println("engine " + name + " (" + engine.description() + ")");
                out.println(Evaluation.run(goldSet, engine, resolver).table());
            });
        } else {
            List<Document> docs = CorpusSample.take(reference, every, maxWords);
            out.printf(
                    Locale.ROOT,
                    "Reference = the corenlp engine's mentions on %d "
                            + "documents (%,d words) of %s; a mention matches on offsets and actor id%n%n",
                    docs.size(),
                    docs.stream().mapToLong(d -> CorpusSample.words(d.text())).sum(),
                    reference);
            List<ResolvedDocument> ref = null;
            for (Map.Entry<String, NlpEngine> e : engines.entrySet()) {
                err.println("resolving the reference sample with " + e.getKey());
                err.flush();
                List<ResolvedDocument> docsOut = EngineComparison.resolveAll(docs, e.getValue(), resolver, threads);
                ref = ref == null ? docsOut : ref;
                scores.add(EngineComparison.scoreAgainst(e.getKey(), ref, docsOut));
            }
        }
        if (!scores.isEmpty()) {
            out.println("| engine | STATE P | STATE R | STATE F1 | LEADER P | LEADER R | LEADER F1 | STATE tp/fp/fn "
                    + "| LEADER tp/fp/fn |");
            out.println("|---|---|---|---|---|---|---|---|---|");
            for (EngineComparison.Scores s : scores) {
                out.printf(
                        Locale.ROOT,
                        "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d/%d/%d | %d/%d/%d |%n",
                        s.engine(),
                        s.states().precision(),
                        s.states().recall(),
                        s.states().f1(),
                        s.leaders().precision(),
                        s.leaders().recall(),
                        s.leaders().f1(),
                        s.states().truePositives(),
                        s.states().falsePositives(),
                        s.states().falseNegatives(),
                        s.leaders().truePositives(),
                        s.leaders().falsePositives(),
                        s.leaders().falseNegatives());
            }
            out.println();
        }
        if (!agreement.isEmpty()) {
            List<Document> docs = CorpusSample.take(agreement, 1, maxWords);
            err.println("dyad agreement: resolving " + docs.size() + " documents with corenlp");
            err.flush();
            Map<List<String>, Long> a = EngineComparison.dyads(
                    EngineComparison.resolveAll(docs, engines.get("corenlp"), resolver, threads));
            err.println("dyad agreement: resolving " + docs.size() + " documents with opennlp");
            err.flush();
            Map<List<String>, Long> b = EngineComparison.dyads(
                    EngineComparison.resolveAll(docs, engines.get("opennlp"), resolver, threads));
            EngineComparison.Agreement g = EngineComparison.agreement(a, b);
            out.printf(
                    Locale.ROOT,
                    "Sentence-scope STATE dyads on %s (%d documents, %,d words)%n%n",
                    agreement,
                    docs.size(),
                    docs.stream().mapToLong(d -> CorpusSample.words(d.text())).sum());
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf(
                    Locale.ROOT,
                    "| distinct dyads corenlp / opennlp / both | %d / %d / %d |%n",
                    g.dyadsA(),
                    g.dyadsB(),
                    g.shared());
            out.printf(Locale.ROOT, "| dyad units corenlp / opennlp | %,d / %,d |%n", g.unitsA(), g.unitsB());
            out.printf(
                    Locale.ROOT,
                    "| dyads with the same count | %d of %d |%n",
                    g.sameCount(),
                    g.dyadsA() + g.dyadsB() - g.shared());
            out.printf(Locale.ROOT, "| weighted Jaccard Σmin/Σmax | %.4f |%n", g.weightedJaccard());
            out.printf(Locale.ROOT, "| Pearson r of counts | %.4f |%n%n", g.pearson());
            out.println("| dyad | corenlp | opennlp |");
            out.println("|---|---|---|");
            a.entrySet().stream()
                    .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                    .limit(10)
                    .forEach(e -> out.printf(
                            Locale.ROOT,
                            "| %s | %d | %d |%n",
                            String.join("-", e.getKey()),
                            e.getValue(),
                            b.getOrDefault(e.getKey(), 0L)));
        }
        out.flush();
        return Main.OK;
    }
}
