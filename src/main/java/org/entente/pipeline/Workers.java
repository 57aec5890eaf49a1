package org.entente.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entente.model.Stage;

/**
 * The worker threads of a run, with a time limit per document. A document still running after the limit is
 * given up: its result is replaced by a failure, its thread is interrupted and, since CoreNLP does not stop
 * on interrupts, the pool grows by one thread so that the run keeps its pace while the stray thread finishes.
 *
 * <p>Used by the one thread that submits and awaits; not for concurrent callers.
 */
final class Workers {
    /** A submitted document: its future, when it started and the stage it is in. */
    record Task(Future<Outcome> future, AtomicLong started, AtomicReference<Stage> stage) {}

    private final ThreadPoolExecutor pool;
    private final int threads;
    private final long limitNanos;
    private int abandoned;

    /**
     * @param threads        worker threads
     * @param timeoutSeconds the time limit per document
     */
    Workers(int threads, int timeoutSeconds) {
        this.threads = threads;
        this.limitNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "entente-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a document.
     *
     * @param work the work, told of each stage as it begins
     * @return the task
     */
    Task submit(Function<Consumer<Stage>, Outcome> work) {
        AtomicLong started = new AtomicLong();
        AtomicReference<Stage> stage = new AtomicReference<>(Stage.READ);
        Future<Outcome> future = pool.submit(() -> {
            started.set(System.nanoTime());
            return work.apply(stage::set);
        });
        return new Task(future, started, stage);
    }

    /**
     * Waits for a document, at most until its time limit has passed since it started.
     *
     * @param task     the task
     * @param timedOut the outcome to record when the limit passes, given the stage the document was in
     * @return the document's outcome
     */
    Outcome await(Task task, Function<Stage, Outcome> timedOut) {
        while (true) {
            try {
                return task.future().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = task.started().get();
                if (started != 0 && System.nanoTime() - started > limitNanos) {
                    task.future().cancel(true);
                    abandoned++;
                    pool.setMaximumPoolSize(threads + abandoned);
                    pool.setCorePoolSize(threads + abandoned);
                    return timedOut.apply(task.stage().get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a document", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed outside the per-document boundary", e.getCause());
            }
        }
    }

    /** Documents given up on so far. */
    int abandoned() {
        return abandoned;
    }

    /** Stops the workers (stray threads are daemons and end with the process). */
    void shutdown() {
        pool.shutdownNow();
    }
}
