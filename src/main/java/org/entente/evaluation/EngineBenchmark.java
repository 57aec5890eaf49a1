package org.entente.evaluation;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.nlp.NlpEngine;

/**
 * Measures engines' throughput side by side on the same documents: for each engine, its load time, then a
 * warm-up pass over the first documents (at least {@code warmupWords} words), then timed passes over all
 * documents, repeated until at least {@code minSeconds} have passed. Tokens are the engine's own tokens; the
 * words column counts whitespace-separated words, the same for every engine, and words/s is the comparable
 * rate. Documents are annotated by {@code threads} workers. Besides wall time, the CPU time the workers spent
 * is measured (per thread, {@link ThreadMXBean}), which other processes on a shared machine disturb less.
 *
 * <p>Stateless and thread-safe; meant to run alone on the machine.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    /**
     * One engine's figures.
     *
     * @param engine      the engine's description
     * @param loadSeconds time to load its models (0 when they were already loaded)
     * @param passes      timed passes over the documents
     * @param words       whitespace-separated words annotated in the timed passes
     * @param tokens      engine tokens produced in the timed passes
     * @param seconds     wall time of the timed passes
     */
    public record Row(
            String engine, double loadSeconds, int passes, long words, long tokens, double seconds, double cpuSeconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double wordsPerSecond() {
            return words / seconds;
        }

        /** Tokens per second of CPU time of the workers: steadier than wall time on a shared machine. */
        public double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }

        public double wordsPerCpuSecond() {
            return words / cpuSeconds;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param docs        the documents
     * @param engines     suppliers of the engines, loaded when their turn comes
     * @param threads     worker threads
     * @param warmupWords words annotated before timing
     * @param minSeconds  minimum timed duration per engine
     * @param log         progress
     * @return one row per engine, in order
     */
    public static List<Row> run(
            List<Document> docs,
            List<Supplier<NlpEngine>> engines,
            int threads,
            long warmupWords,
            double minSeconds,
            PrintWriter log) {
        long words = docs.stream().mapToLong(d -> CorpusSample.words(d.text())).sum();
        List<Document> warmup = new ArrayList<>();
        long w = 0;
        for (Document d : docs) {
            if (w >= warmupWords) {
                break;
            }
            warmup.add(d);
            w += CorpusSample.words(d.text());
        }
        List<Row> rows = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Supplier<NlpEngine> supplier : engines) {
                long t0 = System.nanoTime();
                NlpEngine engine = supplier.get();
                double load = (System.nanoTime() - t0) / 1e9;
                log.printf(
                        Locale.ROOT, "%s: loaded in %.1f s, warming up on %,d words%n", engine.description(), load, w);
                log.flush();
                annotate(pool, engine, warmup, new long[1]);
                long tokens = 0;
                long[] cpu = new long[1];
                int passes = 0;
                long start = System.nanoTime();
                double elapsed;
                do {
                    tokens += annotate(pool, engine, docs, cpu);
                    passes++;
                    elapsed = (System.nanoTime() - start) / 1e9;
                } while (elapsed < minSeconds);
                Row row = new Row(engine.description(), load, passes, words * passes, tokens, elapsed, cpu[0] / 1e9);
                log.printf(
                        Locale.ROOT,
                        "%s: %,d tokens in %.1f s (%d passes)%n",
                        engine.description(),
                        tokens,
                        elapsed,
                        passes);
                log.flush();
                rows.add(row);
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }

    private static long annotate(ExecutorService pool, NlpEngine engine, List<Document> docs, long[] cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Future<long[]>> futures = new ArrayList<>();
        // longest documents first, so that no worker is left alone with a long one at the end of a pass
        List<Document> longestFirst = new ArrayList<>(docs);
        longestFirst.sort(
                Comparator.comparingInt((Document d) -> d.text().length()).reversed());
        for (Document d : longestFirst) {
            futures.add(pool.submit(() -> {
                long c0 = threads.getCurrentThreadCpuTime();
                AnnotatedDocument a = engine.annotate(d);
                long c1 = threads.getCurrentThreadCpuTime();
                return new long[] {
                    a.sentences().stream().mapToLong(s -> s.tokens().size()).sum(), c1 - c0
                };
            }));
        }
        long tokens = 0;
        try {
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                tokens += r[0];
                cpu[0] += r[1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
        return tokens;
    }
}
