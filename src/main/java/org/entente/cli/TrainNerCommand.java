package org.entente.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.evaluation.NerTraining;
import org.entente.nlp.training.NameFinderTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente train-ner}: trains the OpenNLP engine's name finder on text labelled by the CoreNLP engine. */
@Command(
        name = "train-ner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Trains the opennlp engine's name finder (PERSON, ORGANIZATION, LOCATION) on text labelled "
                    + "by the corenlp engine (distillation). Deterministic: the same corpus and options give a "
                    + "byte-identical model file. The recipe is in models/README.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:model written", "2:usage or configuration error"})
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            required = true,
            arity = "1..*",
            description = "files or folders of training text; each folder is sampled on its own")
    private List<Path> corpus;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "models/ner-en-entente.bin",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(
            names = "--every",
            paramLabel = "N",
            defaultValue = "18",
            description = "take every N-th file of each folder, in sorted path order (default: ${DEFAULT-VALUE})")
    private int every;

    @Option(
            names = "--max-words",
            paramLabel = "N",
            defaultValue = "400000",
            description = "stop sampling files once they hold N words (default: ${DEFAULT-VALUE})")
    private long maxWords;

    @Option(
            names = "--iterations",
            paramLabel = "N",
            defaultValue = "100",
            description = "maximum-entropy training iterations (default: ${DEFAULT-VALUE})")
    private int iterations;

    @Option(
            names = "--cutoff",
            paramLabel = "N",
            defaultValue = "5",
            description = "minimum count of a feature (default: ${DEFAULT-VALUE})")
    private int cutoff;

    @Option(
            names = "--samples",
            paramLabel = "FILE",
            description = "also write the training sentences in OpenNLP's format (<START:PERSON> … <END>)")
    private Path samples;

    @Option(
            names = {"-q", "--quiet"},
            description = "print nothing but errors and the result line")
    private boolean quiet;

    @Override
    public Integer call() {
        NerTraining.Options options = new NerTraining.Options(
                corpus,
                every,
                maxWords,
                new NameFinderTrainer.Settings(iterations, cutoff),
                out,
                Optional.ofNullable(samples));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter log = quiet ? new PrintWriter(Writer.nullWriter()) : err;
        NerTraining.Result r = NerTraining.run(
                options,
                EngineChoice.spec("corenlp", false, null, BatchOptions.home().resolve("models"))
                        .load(),
                log);
        err.printf(
                Locale.ROOT,
                "wrote %s (%,d bytes, sha256 %s): %d documents, %,d sentences, %,d tokens, "
                        + "%d sentences left out, names %s%n",
                out,
                r.bytes(),
                r.sha256(),
                r.documents(),
                r.stats().sentences(),
                r.stats().tokens(),
                r.stats().skipped(),
                r.stats().names());
        return Main.OK;
    }
}
