package org.entente.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.NamedEntity;
import org.entente.nlp.Engine;
import org.entente.nlp.EngineSpec;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.training.NameFinderTrainer;
import org.entente.pipeline.ConfigurationException;

/**
 * {@code entente train-ner}: distils the CoreNLP engine's PERSON, ORGANIZATION and LOCATION entities into an
 * OpenNLP name finder for the fast engine. The corpus is subsampled by {@link CorpusSample} (every N-th file,
 * capped in words), each document is labelled by the CoreNLP engine and tokenized by the OpenNLP engine
 * (without a name finder), and {@link NameFinderTrainer} trains on the projection. Everything runs in one
 * thread, in file order, so two runs give the same model file.
 *
 * <p>Stateless and thread-safe.
 */
public final class NerTraining {
    private NerTraining() {}

    /**
     * The options of a training run.
     *
     * @param corpus   files and folders of training text
     * @param every    take every N-th file
     * @param maxWords stop sampling at this many words
     * @param settings the trainer's recipe
     * @param out      the model file to write
     * @param samples  where to write the training sentences in OpenNLP's format, if anywhere
     */
    public record Options(
            List<Path> corpus,
            int every,
            long maxWords,
            NameFinderTrainer.Settings settings,
            Path out,
            Optional<Path> samples) {
        public Options {
            corpus = List.copyOf(corpus);
            if (corpus.isEmpty()) {
                throw new ConfigurationException("--corpus: expected one or more files or folders of training text");
            }
            if (settings.iterations() < 1) {
                throw new ConfigurationException(
                        "--iterations " + settings.iterations() + ": expected a whole number of at least 1");
            }
            if (settings.cutoff() < 0) {
                throw new ConfigurationException(
                        "--cutoff " + settings.cutoff() + ": expected a whole number of at " + "least 0");
            }
        }
    }

    /**
     * What a training run did.
     *
     * @param documents documents labelled
     * @param stats     sentences, tokens and names trained on
     * @param bytes     size of the model file
     * @param sha256    SHA-256 of the model file
     */
    public record Result(int documents, NameFinderTrainer.Stats stats, long bytes, String sha256) {}

    /**
     * Runs the training.
     *
     * @param options  what to train on and where to write
     * @param labeller the engine whose entities are the labels (the CoreNLP engine)
     * @param log      progress
     * @return what was done
     * @throws ConfigurationException for a bad input or an unwritable output
     */
    public static Result run(Options options, NlpEngine labeller, PrintWriter log) {
        List<Document> docs = CorpusSample.take(options.corpus(), options.every(), options.maxWords());
        NlpEngine tokenizer = EngineSpec.of(Engine.OPENNLP_NO_NER, Set.of()).load();
        NameFinderTrainer trainer = new NameFinderTrainer();
        int n = 0;
        for (Document doc : docs) {
            List<NamedEntity> labels = labeller.annotate(doc).sentences().stream()
                    .flatMap(s -> s.entities().stream())
                    .toList();
            AnnotatedDocument tokens = tokenizer.annotate(doc);
            trainer.add(tokens, labels);
            n++;
            if (n % 10 == 0 || n == docs.size()) {
                log.printf(
                        Locale.ROOT,
                        "labelled %d/%d documents, %,d tokens%n",
                        n,
                        docs.size(),
                        trainer.stats().tokens());
                log.flush();
            }
        }
        try {
            if (options.samples().isPresent()) {
                trainer.writeSamples(options.samples().get());
            }
            log.println("training " + options.settings() + " on " + trainer.stats());
            log.flush();
            trainer.train(options.settings(), options.out());
            return new Result(n, trainer.stats(), Files.size(options.out()), sha256(options.out()));
        } catch (IOException e) {
            throw new ConfigurationException("cannot train or write " + options.out() + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
