package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.model.CancelledException;
import org.entente.model.Stage;
import org.junit.jupiter.api.Test;

/** Documents are read ahead on a thread of their own, each once, without ever holding up the workers. */
class ReadAheadTest {
    @Test
    void readsTheNextDocumentsOnTheReaderThreadInOrder() throws Exception {
        try (ReadAhead reader = new ReadAhead()) {
            List<String> threads = new ArrayList<>();
            List<ReadAhead.Read<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                reads.add(reader.read(watch -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread().getName() + " " + n);
                    }
                    return n * 10;
                }));
            }
            // the reads run on the reader even before anyone waits for them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                synchronized (threads) {
                    if (threads.size() == 5) {
                        break;
                    }
                }
                Thread.sleep(5);
            }
            for (int i = 0; i < 5; i++) {
                assertThat(reads.get(i).await()).isEqualTo(i * 10);
            }
            assertThat(threads)
                    .containsExactly(
                            "entente-reader 0",
                            "entente-reader 1",
                            "entente-reader 2",
                            "entente-reader 3",
                            "entente-reader 4");
        }
    }

    @Test
    void aWorkerReadsItsDocumentItselfWhenTheReaderIsHeldUpAndEachReadRunsOnce() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        try (ReadAhead reader = new ReadAhead()) {
            ReadAhead.Read<String> slow = reader.read(watch -> {
                stuck.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            });
            ReadAhead.Read<String> next = reader.read(watch -> {
                runs.incrementAndGet();
                return Thread.currentThread().getName();
            });
            assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(next.await()).isEqualTo(Thread.currentThread().getName());

            release.countDown();
            assertThat(slow.await()).isEqualTo("slow");
            Thread.sleep(50); // the reader gets to the second read, already done: it does not run again
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void aCancelledWorkerStopsWaitingAndInterruptsTheReadOfItsDocument() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Boolean> readerInterrupted = new AtomicReference<>();
        CountDownLatch readEnded = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (ReadAhead reader = new ReadAhead()) {
            ReadAhead.Read<String> read = reader.read(watch -> {
                started.countDown();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                    readerInterrupted.set(false);
                } catch (InterruptedException e) {
                    readerInterrupted.set(true);
                } finally {
                    readEnded.countDown();
                }
                return "never used";
            });
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> waiting = worker.submit(read::await);
            Thread.sleep(50);

            waiting.cancel(true); // what Workers does past --doc-timeout or for the memory guard

            assertThat(readEnded.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(readerInterrupted).hasValue(true);
            // the reader goes on with the next documents
            assertThat(reader.read(watch -> "next").await()).isEqualTo("next");
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void tellsTheDocumentsWorkerTaskOfEachStageAndSize() {
        List<String> told = new ArrayList<>();
        Watch task = new Watch() {
            @Override
            public void stage(Stage stage) {
                told.add(stage.label());
            }

            @Override
            public void bytes(long bytes) {
                told.add(bytes + " bytes");
            }

            @Override
            public void chars(long chars) {
                told.add(chars + " chars");
            }
        };
        try (ReadAhead reader = new ReadAhead()) {
            CountDownLatch go = new CountDownLatch(1);
            ReadAhead.Read<String> read = reader.read(watch -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new CancelledException("test");
                }
                watch.bytes(120);
                watch.stage(Stage.EXTRACT);
                watch.chars(100);
                return "done";
            });
            read.watchedBy(task);
            go.countDown();
            assertThat(read.await()).isEqualTo("done");
        }
        assertThat(told).containsExactly("120 bytes", "extract", "100 chars");
    }

    @Test
    void aFailureOfTheReadIsThrownToTheWorker() {
        try (ReadAhead reader = new ReadAhead()) {
            ReadAhead.Read<String> read = reader.read(watch -> {
                throw new IllegalArgumentException("broken");
            });
            assertThatThrownBy(read::await)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("broken");
        }
    }
}
