package org.entente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.pipeline.Outcome;
import org.entente.pipeline.Progress;

/**
 * Shows a run's progress on stderr: a progress bar (documents, tokens/s, failures, ETA) when stderr is a
 * terminal, otherwise a plain line every {@code interval} ("[entente] 120/1,678 documents (7%), 0 failed,
 * 6,120 tokens/s, ETA 3m40s"), so that logs of batch jobs stay readable.
 *
 * <p>Not thread-safe: the run calls it from one thread.
 */
final class ProgressReporter implements Progress {
    private final PrintWriter log;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;
    private ProgressBar bar;
    private int total;
    private int written;
    private int failed;
    private long tokens;
    private long startNanos;
    private long lastLine;

    /**
     * @param log      where plain lines go
     * @param terminal draw a progress bar on stderr instead of plain lines
     * @param interval time between plain lines
     * @param clock    nanosecond clock (System::nanoTime)
     */
    ProgressReporter(PrintWriter log, boolean terminal, Duration interval, LongSupplier clock) {
        this.log = log;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    @Override
    public void started(int documents) {
        total = documents;
        startNanos = clock.getAsLong();
        lastLine = startNanos;
        if (terminal && documents > 0) {
            bar = new ProgressBarBuilder()
                    .setTaskName("analyze")
                    .setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" docs", 1)
                    .showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }
    }

    @Override
    public void document(Outcome outcome, int documentTokens) {
        written++;
        tokens += documentTokens;
        if (outcome instanceof Outcome.Failed) {
            failed++;
        }
        long now = clock.getAsLong();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d tokens/s, %d failed", tokensPerSecond(now), failed));
        } else if (now - lastLine >= intervalNanos && written < total) {
            log.println(line(now));
            lastLine = now;
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
        }
    }

    /** The plain progress line at a moment. */
    String line(long now) {
        long elapsed = Math.max(1, now - startNanos);
        long remainingNanos = written == 0 ? 0 : elapsed / written * (total - written);
        Duration eta = Duration.ofNanos(remainingNanos);
        String speed = tokens == 0 ? "" : String.format(Locale.ROOT, ", %,d tokens/s", tokensPerSecond(now));
        return String.format(
                Locale.ROOT,
                "[entente] %,d/%,d documents (%d%%), %,d failed%s, ETA %dm%02ds",
                written,
                total,
                total == 0 ? 100 : written * 100 / total,
                failed,
                speed,
                eta.toMinutes(),
                eta.toSecondsPart());
    }

    private long tokensPerSecond(long now) {
        long elapsed = Math.max(1, now - startNanos);
        return tokens * 1_000_000_000L / elapsed;
    }
}
