package org.entente.pipeline;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.entente.model.CancelledException;
import org.entente.model.Stage;

/**
 * Reads the next documents of a run on a thread of its own, beside the workers that annotate (issue 18): the first
 * stages of a document (read, extract, detect language, look up the result cache) run ahead of its annotation.
 * How far ahead is bounded by the caller, which starts the read of a document when it submits it to the workers
 * (at most two documents per worker thread are in flight), so that memory stays bounded.
 *
 * <p>A document's read runs once, on whichever thread gets to it first: the reader, or the worker that needs it
 * (which then does the read itself, as before). A worker whose document is still being read waits for it; when the
 * worker is cancelled (--doc-timeout, the memory guard) the read is cancelled too, which interrupts the reader, and
 * a read that ignores the interrupt holds up only the read-ahead, never the workers, which read their documents
 * themselves when the reader is behind.
 *
 * <p>{@link #read} is for the one thread that submits; {@link Read#await} for the worker of that document.
 */
final class ReadAhead implements AutoCloseable {
    private final ThreadPoolExecutor reader;

    ReadAhead() {
        this.reader = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "entente-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The read of one document, started on the reader thread (after the reads started before it).
     *
     * @param <T>  what the read returns
     * @param work the first stages of the document, told of each stage as it begins and of the document's size
     * @return the read, for the document's worker
     */
    <T> Read<T> read(Function<Watch, T> work) {
        return start(read(work, Watch.NONE));
    }

    /**
     * The read of one document, not started: {@link #start} it once its watch is set.
     *
     * @param <T>   what the read returns
     * @param work  the first stages of the document, told of each stage as it begins and of the document's size
     * @param watch told what the read tells (see {@link Read#watchedBy})
     * @return the read
     */
    static <T> Read<T> read(Function<Watch, T> work, Watch watch) {
        Read<T> read = new Read<>(work);
        read.watchedBy(watch);
        return read;
    }

    /**
     * Starts a read on the reader thread, after the reads started before it.
     *
     * @param <T>  what the read returns
     * @param read the read
     * @return the read
     */
    <T> Read<T> start(Read<T> read) {
        reader.execute(read.future);
        return read;
    }

    /** One document's read; its watch is the worker task's, once the document is submitted. */
    static final class Read<T> implements Watch {
        private final FutureTask<T> future;
        private volatile Watch watch = Watch.NONE;

        private Read(Function<Watch, T> work) {
            this.future = new FutureTask<>(() -> work.apply(this));
        }

        /** Sends what the read tells from now on to the document's worker task. */
        void watchedBy(Watch watch) {
            this.watch = watch;
        }

        @Override
        public void stage(Stage stage) {
            watch.stage(stage);
        }

        @Override
        public void bytes(long bytes) {
            watch.bytes(bytes);
        }

        @Override
        public void chars(long chars) {
            watch.chars(chars);
        }

        /**
         * The read document: runs the read here when the reader has not started it, else waits for the reader.
         *
         * @return what the read returned
         * @throws CancelledException when this thread is interrupted (its document was cancelled)
         */
        T await() {
            future.run(); // does nothing when the reader has started or finished it
            try {
                return future.get();
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancelledException("reading ahead");
            } catch (CancellationException e) {
                throw new CancelledException("reading ahead");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancelledException c) {
                    throw c;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Stops the reader (a read in progress is interrupted; the thread is a daemon). */
    @Override
    public void close() {
        reader.shutdownNow();
    }
}
