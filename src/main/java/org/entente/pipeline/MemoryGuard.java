package org.entente.pipeline;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the JVM's garbage collection while a run is in progress: a daemon thread samples it once a
 * {@code period} ({@link GcOverhead}) and, when the JVM is thrashing, tells {@code onThrashing}, which cancels the
 * largest document in progress ({@link Workers}); the samples then start over, so that the memory that
 * document held is freed before another is judged.
 *
 * <p>Thread-safe; {@link #close} stops it.
 */
final class MemoryGuard implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final GcOverhead overhead = new GcOverhead();

    /**
     * Starts sampling.
     *
     * @param sampler     reads the JVM ({@link GcOverhead#sample})
     * @param periodMillis milliseconds between samples
     * @param onThrashing told the verdict when the JVM thrashes
     */
    MemoryGuard(Supplier<GcOverhead.Sample> sampler, long periodMillis, Consumer<GcOverhead.Verdict> onThrashing) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "entente-memory-guard");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(
                () -> {
                    try {
                        overhead.add(sampler.get());
                        overhead.verdict().ifPresent(verdict -> {
                            overhead.reset();
                            onThrashing.accept(verdict);
                        });
                    } catch (RuntimeException e) {
                        // a failed sample must not end the guard (a scheduled task that throws is not run again)
                    }
                },
                0,
                periodMillis,
                TimeUnit.MILLISECONDS);
    }

    /**
     * The reason of a document cancelled by the guard.
     *
     * @param verdict the guard's verdict
     * @param chars   characters of the document's text (0 while it is still being extracted)
     * @param bytes   bytes of its file (said while it is being extracted)
     * @param heap    the heap option of this JVM ({@link #heapOption})
     * @return e.g. "out of memory: garbage collection took 87% of the last 60 s with the heap 97% full; the
     *         document (10,888,890 chars) is too large for -Xmx350m: raise the heap (ENTENTE_JAVA_OPTS=-Xmx700m)
     *         or lower --max-chars"
     */
    static String reason(GcOverhead.Verdict verdict, long chars, long bytes, String heap) {
        return String.format(
                Locale.ROOT,
                "out of memory: garbage collection took %d%% of the last %d s with the heap %d%% full; the document"
                        + " (%s) is too large for %s: raise the heap (ENTENTE_JAVA_OPTS=%s) or lower --max-chars",
                Math.round(verdict.gcShare() * 100),
                verdict.seconds(),
                Math.round(verdict.oldFull() * 100),
                chars > 0
                        ? String.format(Locale.ROOT, "%,d chars", chars)
                        : String.format(Locale.ROOT, "%,d bytes, still being extracted", bytes),
                heap,
                "-Xmx" + 2 * heapMegabytes(heap) + "m");
    }

    /** This JVM's heap option: its last -Xmx argument, else its maximum heap as one. */
    static String heapOption() {
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = args.size() - 1; i >= 0; i--) {
            if (args.get(i).startsWith("-Xmx")) {
                return args.get(i);
            }
        }
        return "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
    }

    /** The megabytes of an -Xmx option (k, m, g, t or bytes). */
    static long heapMegabytes(String option) {
        String value = option.substring("-Xmx".length()).toLowerCase(Locale.ROOT);
        try {
            char unit = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
            String digits = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
            long n = Long.parseLong(digits);
            return switch (unit) {
                case 'k' -> Math.max(1, n / 1024);
                case 'm' -> n;
                case 'g' -> n * 1024;
                case 't' -> n * 1024 * 1024;
                default -> Math.max(1, n / (1024 * 1024));
            };
        } catch (NumberFormatException e) {
            return Runtime.getRuntime().maxMemory() / (1024 * 1024);
        }
    }

    /** Stops sampling. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
