package org.entente.pipeline;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tells from samples of the JVM's garbage collection whether it is thrashing: the heap is so full of live data
 * that the collector runs nearly all the time and the work barely moves. It is, when over the last
 * {@link #WINDOW_SECONDS} seconds garbage collection took more than {@link #GC_SHARE} of the wall time
 * <em>and</em> the old generation, measured after its last collection, is at least {@link #OLD_FULL} full. A busy
 * collector with a roomy old generation (much short-lived garbage) is healthy, and so is a full heap over a
 * burst shorter than the window.
 *
 * <p>Pure: fed samples ({@link #add}), read with {@link #verdict}; {@link #sample} reads the JVM's own. Used by
 * one thread; not thread-safe.
 */
final class GcOverhead {
    /** The window GC time is measured over, in seconds. */
    static final int WINDOW_SECONDS = 60;
    /** The share of the window above which garbage collection is thrashing: more than 60%. */
    static final double GC_SHARE = 0.60;
    /** The fill of the old generation after collection from which the heap counts as full: 90%. */
    static final double OLD_FULL = 0.90;

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);

    /**
     * One reading of the JVM.
     *
     * @param nanos   when, on {@link System#nanoTime()}'s clock
     * @param gcMillis the time every collector has spent since the JVM started, in milliseconds
     * @param oldUsed bytes of the old generation in use after its last collection
     * @param oldMax  the most bytes the old generation may hold
     */
    record Sample(long nanos, long gcMillis, long oldUsed, long oldMax) {}

    /**
     * A thrashing JVM, as a message puts it.
     *
     * @param gcShare the share of the window garbage collection took (0–1)
     * @param oldFull the fill of the old generation after collection (0–1)
     * @param seconds the window's length in seconds (at least {@link #WINDOW_SECONDS})
     */
    record Verdict(double gcShare, double oldFull, long seconds) {}

    private final Deque<Sample> samples = new ArrayDeque<>();

    /** Adds a sample, newer than every one before; drops those no longer needed for a window. */
    void add(Sample sample) {
        samples.addLast(sample);
        // keep the newest sample at least a window old (the window's start) and every later one
        while (samples.size() > 1) {
            Sample first = samples.removeFirst();
            Sample second = samples.peekFirst();
            if (sample.nanos() - second.nanos() < WINDOW_NANOS) {
                samples.addFirst(first);
                break;
            }
        }
    }

    /** Forgets every sample: a new window starts (after the guard freed memory). */
    void reset() {
        samples.clear();
    }

    /**
     * @return the verdict when the JVM is thrashing, else empty (also while the samples span less than a window)
     */
    Optional<Verdict> verdict() {
        if (samples.size() < 2) {
            return Optional.empty();
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long span = last.nanos() - first.nanos();
        if (span < WINDOW_NANOS || last.oldMax() <= 0) {
            return Optional.empty();
        }
        double gcShare = (double) TimeUnit.MILLISECONDS.toNanos(last.gcMillis() - first.gcMillis()) / span;
        double oldFull = (double) last.oldUsed() / last.oldMax();
        if (gcShare > GC_SHARE && oldFull >= OLD_FULL) {
            return Optional.of(new Verdict(gcShare, oldFull, Math.round(span / 1e9)));
        }
        return Optional.empty();
    }

    /**
     * A sample of this JVM: the total time of its garbage collectors, and the old generation's use after its
     * last collection (the heap pool named "Old" or "Tenured": G1, Parallel, Serial; else the largest heap
     * pool).
     */
    static Sample sample() {
        long gc = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, bean.getCollectionTime());
        }
        MemoryPoolMXBean old = null;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || pool.getCollectionUsage() == null) {
                continue;
            }
            String name = pool.getName();
            if (name.contains("Old") || name.contains("Tenured")) {
                old = pool;
                break;
            }
            if (old == null || pool.getUsage().getMax() > old.getUsage().getMax()) {
                old = pool;
            }
        }
        long used = 0;
        long max = 0;
        if (old != null) {
            MemoryUsage after = old.getCollectionUsage();
            used = after.getUsed();
            max = after.getMax() > 0 ? after.getMax() : old.getUsage().getMax();
        }
        return new Sample(System.nanoTime(), gc, used, max);
    }
}
