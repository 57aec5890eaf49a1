package org.entente.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.entente.model.CancelledException;

/**
 * A value made on a daemon thread of its own from the start of a run (an abandoned one does not keep the JVM
 * alive), and waited for where it is first needed: how a run loads what is independent of its dictionary while
 * the dictionary is read (issue 18: the language detector's model, about as long to load as the dictionary).
 *
 * <p>Thread-safe: any thread may {@link #get} it.
 *
 * @param <T> the value
 */
final class Background<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private Background(Supplier<T> make) {
        this.task = new FutureTask<>(make::get);
    }

    /**
     * Starts making a value.
     *
     * @param name the thread's name
     * @param make makes the value
     * @param <T>  the value
     * @return the value to come
     */
    static <T> Background<T> start(String name, Supplier<T> make) {
        Background<T> value = new Background<>(make);
        Thread thread = new Thread(value.task, name);
        thread.setDaemon(true);
        thread.start();
        return value;
    }

    /**
     * The value, once made; what making it threw is thrown here.
     *
     * @throws CancelledException when this thread is interrupted while it waits
     */
    @Override
    public T get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("waiting for a value made in the background");
        }
    }
}
