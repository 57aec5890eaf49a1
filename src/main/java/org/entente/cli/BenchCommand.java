package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.entente.evaluation.CorpusSample;
import org.entente.evaluation.EngineBenchmark;
import org.entente.model.Document;
import org.entente.nlp.EngineSpec;
import org.entente.nlp.NlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente bench} (hidden; run by bench/run): engine throughput side by side. */
@Command(
        name = "bench",
        hidden = true,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Measures the engines' throughput on the same documents and prints a table (see docs/performance.md).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files or folders of text")
    private List<Path> inputs;

    @Option(
            names = "--engines",
            split = ",",
            defaultValue = "corenlp,opennlp",
            description = "engines to measure, in order: corenlp-default (plain CoreNLP with its default NER options), "
                    + "corenlp, opennlp, opennlp-no-ner (default: ${DEFAULT-VALUE})")
    private List<String> engines;

    @Option(names = "--every", defaultValue = "10", description = "take every N-th file (default: ${DEFAULT-VALUE})")
    private int every;

    @Option(
            names = "--max-words",
            defaultValue = "60000",
            description = "words in the sample (default: ${DEFAULT-VALUE})")
    private long maxWords;

    @Option(
            names = "--warmup-words",
            defaultValue = "15000",
            description = "words annotated before timing (default: ${DEFAULT-VALUE})")
    private long warmupWords;

    @Option(
            names = "--min-seconds",
            defaultValue = "20",
            description = "minimum timed seconds per engine (default: ${DEFAULT-VALUE})")
    private double minSeconds;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
    private int threads;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "name-finder model of the opennlp engine")
    private String nerModel;

    @Override
    public Integer call() {
        List<Document> docs = CorpusSample.take(inputs, every, maxWords);
        List<Supplier<NlpEngine>> suppliers = new ArrayList<>();
        for (String e : engines) {
            suppliers.add(supplier(e.strip()));
        }
        PrintWriter err = spec.commandLine().getErr();
        List<EngineBenchmark.Row> rows = EngineBenchmark.run(docs, suppliers, threads, warmupWords, minSeconds, err);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%d documents, %,d words; %d thread(s); Java %s; %d cores%n%n",
                docs.size(),
                docs.stream().mapToLong(d -> CorpusSample.words(d.text())).sum(),
                threads,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.println("| engine | load s | passes | tokens | wall s | CPU s | tokens/s | words/s | × first | "
                + "tokens/CPU s | words/CPU s | × first (CPU) | docs/s |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        double base = rows.get(0).wordsPerSecond();
        double baseCpu = rows.get(0).wordsPerCpuSecond();
        for (EngineBenchmark.Row r : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %d | %,d | %.1f | %.1f | %,.0f | %,.0f | %.1f | %,.0f | %,.0f | %.1f | %.1f |%n",
                    r.engine(),
                    r.loadSeconds(),
                    r.passes(),
                    r.tokens(),
                    r.seconds(),
                    r.cpuSeconds(),
                    r.tokensPerSecond(),
                    r.wordsPerSecond(),
                    r.wordsPerSecond() / base,
                    r.tokensPerCpuSecond(),
                    r.wordsPerCpuSecond(),
                    r.wordsPerCpuSecond() / baseCpu,
                    docs.size() * r.passes() / r.seconds());
        }
        out.flush();
        return Main.OK;
    }

    private Supplier<NlpEngine> supplier(String name) {
        EngineSpec engine =
                EngineChoice.spec(name, true, nerModel, BatchOptions.home().resolve("models"));
        return engine::load;
    }
}
