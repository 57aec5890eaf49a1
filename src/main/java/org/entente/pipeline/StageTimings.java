package org.entente.pipeline;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.entente.model.Stage;

/**
 * Time spent per stage of a run, for run.json. Per-document stages (extract, annotate, resolve, events, count) add up
 * the time of every document, over all worker threads; the others are wall-clock time, and the milestones
 * (first_annotation, first_document) the time from the start of the JVM.
 *
 * <p>Thread-safe: workers add to it concurrently.
 */
final class StageTimings {
    /** The stages, in the order written. */
    static final List<String> STAGES = List.of(
            "scan",
            "dictionary",
            "engine",
            "extract",
            "annotate",
            "resolve",
            "events",
            "count",
            "write",
            "first_annotation",
            "first_document",
            "total");

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Set<String> reached = ConcurrentHashMap.newKeySet();

    /**
     * Adds the time since {@code startNanos} to a stage.
     *
     * @param stage      one of {@link #STAGES}
     * @param startNanos a {@link System#nanoTime()} reading
     * @return the current {@link System#nanoTime()}, to start the next stage
     */
    long add(Stage stage, long startNanos) {
        return add(stage.label(), startNanos);
    }

    /**
     * Adds the time since {@code startNanos} to a stage of the run.
     *
     * @param stage      one of {@link #STAGES}
     * @param startNanos a {@link System#nanoTime()} reading
     * @return the current {@link System#nanoTime()}, to start the next stage
     */
    long add(String stage, long startNanos) {
        long now = System.nanoTime();
        addNanos(stage, now - startNanos);
        return now;
    }

    /**
     * Adds a duration measured elsewhere (on another thread) to a stage of the run.
     *
     * @param stage one of {@link #STAGES}
     * @param nanos the duration in nanoseconds
     */
    void addNanos(String stage, long nanos) {
        if (!STAGES.contains(stage)) {
            throw new IllegalArgumentException("unknown stage " + stage);
        }
        this.nanos.computeIfAbsent(stage, k -> new LongAdder()).add(nanos);
    }

    /**
     * Records, the first time it is called for a milestone, the time from the start of the JVM to now (issue 18:
     * what a user waits for before the first result; {@code first_annotation}, {@code first_document}).
     *
     * @param milestone one of {@link #STAGES}
     */
    void sinceJvmStart(String milestone) {
        if (reached.add(milestone)) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long millis = Math.max(0, System.currentTimeMillis() - jvmStart);
            addNanos(milestone, TimeUnit.MILLISECONDS.toNanos(millis));
        }
    }

    /** Milliseconds per stage, every stage present, in {@link #STAGES} order. */
    Map<String, Long> millis() {
        Map<String, Long> ms = new LinkedHashMap<>();
        for (String stage : STAGES) {
            LongAdder n = nanos.get(stage);
            ms.put(stage, n == null ? 0L : n.sum() / 1_000_000L);
        }
        return ms;
    }
}
