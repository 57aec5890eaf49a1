package org.entente.pipeline;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.model.FailureKind;
import org.entente.model.Stage;

/**
 * The worker threads of a run, with a time limit per document and a {@link MemoryGuard}. A document is cancelled
 * when it runs past the limit ({@link FailureKind#TIMEOUT}) or when the JVM thrashes in garbage collection and it
 * is the largest document in progress ({@link FailureKind#OUT_OF_MEMORY}): its result is replaced by a failure
 * and its thread is interrupted. The stages notice the interrupt at the next paragraph or sentence
 * ({@link org.entente.model.CancelledException}) and unwind, which frees the document's memory and its thread;
 * until then (one long paragraph in CoreNLP) the pool has one thread more, so that the run keeps its pace.
 *
 * <p>{@link #submit} and {@link #await} are for the one thread that submits and awaits; the guard cancels from its
 * own thread.
 */
final class Workers {
    /** Builds the failed outcome of a cancelled document. */
    @FunctionalInterface
    interface Failure {
        /**
         * @param stage  the stage the document was in
         * @param kind   why it was cancelled
         * @param reason the one-line reason
         * @return its failed outcome
         */
        Outcome of(Stage stage, FailureKind kind, String reason);
    }

    /** A submitted document: its work, when it started, its stage and size so far, and why it was cancelled. */
    static final class Task implements Watch {
        private final FutureTask<Outcome> future;
        private volatile long started;
        private volatile Stage stage = Stage.READ;
        private volatile long chars;
        private volatile long bytes;
        private final AtomicReference<Cancel> cancelled = new AtomicReference<>();
        private boolean stray; // guarded by the Workers

        private Task(Function<Watch, Outcome> work) {
            this.future = new FutureTask<>(() -> work.apply(this));
        }

        @Override
        public void stage(Stage stage) {
            this.stage = stage;
        }

        @Override
        public void chars(long chars) {
            this.chars = chars;
        }

        @Override
        public void bytes(long bytes) {
            this.bytes = bytes;
        }

        /** The characters of the document's text or, until it is extracted, the bytes of its file. */
        long size() {
            return chars > 0 ? chars : bytes;
        }
    }

    private record Cancel(FailureKind kind, String reason) {}

    private final ThreadPoolExecutor pool;
    private final int threads;
    private final int timeoutSeconds;
    private final long limitNanos;
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final MemoryGuard guard;
    private int strays;
    private int cancelled;

    /**
     * Workers guarded by this JVM's garbage collection, sampled once a second.
     *
     * @param threads        worker threads
     * @param timeoutSeconds the time limit per document
     */
    Workers(int threads, int timeoutSeconds) {
        this(threads, timeoutSeconds, GcOverhead::sample, 1000);
    }

    /**
     * @param threads        worker threads
     * @param timeoutSeconds the time limit per document
     * @param sampler        reads the garbage collection ({@link GcOverhead#sample}, or a test's)
     * @param periodMillis   milliseconds between samples
     */
    Workers(int threads, int timeoutSeconds, Supplier<GcOverhead.Sample> sampler, long periodMillis) {
        this.threads = threads;
        this.timeoutSeconds = timeoutSeconds;
        this.limitNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
        this.guard = new MemoryGuard(sampler, periodMillis, this::thrashing);
    }

    /**
     * Starts a document.
     *
     * @param work the work, told of each stage as it begins and of the size of the text
     * @return the task
     */
    Task submit(Function<Watch, Outcome> work) {
        Task task = new Task(watch -> {
            running.add(watchTask(watch));
            try {
                return work.apply(watch);
            } finally {
                finished(watchTask(watch));
            }
        });
        pool.execute(() -> {
            task.started = System.nanoTime();
            task.future.run();
        });
        return task;
    }

    private static Task watchTask(Watch watch) {
        return (Task) watch;
    }

    /**
     * Waits for a document, at most until its time limit has passed since it started, or until the guard cancels
     * it.
     *
     * @param task   the task
     * @param failed the outcome to record when it is cancelled
     * @return the document's outcome
     */
    Outcome await(Task task, Failure failed) {
        while (true) {
            try {
                return task.future.get(100, TimeUnit.MILLISECONDS);
            } catch (CancellationException e) {
                Cancel why = task.cancelled.get();
                return failed.of(task.stage, why.kind(), why.reason());
            } catch (TimeoutException e) {
                long started = task.started;
                if (started != 0 && System.nanoTime() - started > limitNanos) {
                    cancel(
                            task,
                            new Cancel(
                                    FailureKind.TIMEOUT,
                                    "timeout: still running after " + timeoutSeconds + " s (--doc-timeout)"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a document", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed outside the per-document boundary", e.getCause());
            }
        }
    }

    /**
     * The guard's verdict: cancels the largest document in progress (by characters, or by bytes while it is being
     * extracted; the earliest of equals).
     */
    private void thrashing(GcOverhead.Verdict verdict) {
        running.stream()
                .filter(t -> t.cancelled.get() == null)
                .max(Comparator.comparingLong(Task::size).thenComparing(t -> -t.started))
                .ifPresent(t -> cancel(
                        t,
                        new Cancel(
                                FailureKind.OUT_OF_MEMORY,
                                MemoryGuard.reason(verdict, t.chars, t.bytes, MemoryGuard.heapOption()))));
    }

    /** Cancels a task once; while its thread still runs, the pool has a thread more. */
    private synchronized void cancel(Task task, Cancel why) {
        if (!task.cancelled.compareAndSet(null, why)) {
            return;
        }
        cancelled++;
        if (running.contains(task)) {
            task.stray = true;
            strays++;
            pool.setMaximumPoolSize(threads + strays);
            pool.setCorePoolSize(threads + strays);
        }
        task.future.cancel(true);
    }

    /** A task's work returned or threw: a cancelled one gives its extra thread back. */
    private synchronized void finished(Task task) {
        running.remove(task);
        if (task.stray) {
            task.stray = false;
            strays--;
            pool.setCorePoolSize(threads + strays);
            pool.setMaximumPoolSize(threads + strays);
        }
    }

    /** Documents cancelled so far (timeouts and the guard's). */
    synchronized int cancelled() {
        return cancelled;
    }

    /** Threads of cancelled documents still unwinding. */
    synchronized int strays() {
        return strays;
    }

    /** Stops the guard and the workers (a stray thread is a daemon and ends with the process). */
    void shutdown() {
        guard.close();
        pool.shutdownNow();
    }
}
