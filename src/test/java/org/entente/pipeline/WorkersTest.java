package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.entente.model.CancelledException;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.Source;
import org.entente.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A document cancelled by --doc-timeout or by the memory guard becomes a failed row, its worker is freed as its
 * stages notice the interrupt, and the run goes on with the next document.
 */
@Timeout(60)
class WorkersTest {
    private static final long MB = 1024 * 1024;

    /** A document's outcome, named by its id. */
    private static Outcome row(String id, Stage stage, FailureKind kind, String reason) {
        return new Outcome.Failed(new Source(id, Path.of(id), id, "txt", "", 0), Metadata.EMPTY, stage, kind, reason);
    }

    private static Outcome done(String id) {
        return row(id, Stage.COUNT, FailureKind.UNEXPECTED, "finished");
    }

    /** A document of {@code chars} characters that annotates until its thread is interrupted. */
    private static Outcome endless(Watch watch, long chars) {
        watch.stage(Stage.EXTRACT);
        watch.chars(chars);
        watch.stage(Stage.ANNOTATE);
        while (true) {
            CancelledException.check("annotation");
            Thread.onSpinWait();
        }
    }

    /** Samples of a fake clock a second apart: thrashing (95% in GC, old generation 96% full) while asked. */
    private static Supplier<GcOverhead.Sample> thrashingWhile(AtomicBoolean thrashing) {
        AtomicLong second = new AtomicLong();
        AtomicLong gc = new AtomicLong();
        return () -> {
            long s = second.incrementAndGet();
            boolean full = thrashing.get();
            return new GcOverhead.Sample(
                    TimeUnit.SECONDS.toNanos(s), gc.addAndGet(full ? 950 : 10), (full ? 288 : 100) * MB, 300 * MB);
        };
    }

    private static Supplier<GcOverhead.Sample> healthy() {
        return thrashingWhile(new AtomicBoolean(false));
    }

    @Test
    void theGuardCancelsTheLargestDocumentInProgressAndTheRunGoesOn() throws InterruptedException {
        AtomicBoolean thrashing = new AtomicBoolean(true);
        Workers workers = new Workers(2, 600, thrashingWhile(thrashing), 5);
        CountDownLatch smallMayEnd = new CountDownLatch(1);
        try {
            Workers.Task large = workers.submit(watch -> {
                try {
                    return endless(watch, 10_000_000);
                } finally {
                    thrashing.set(false); // its memory is freed
                }
            });
            Workers.Task small = workers.submit(watch -> {
                watch.chars(1_000);
                watch.stage(Stage.RESOLVE);
                try {
                    smallMayEnd.await();
                } catch (InterruptedException e) {
                    throw new CancelledException("resolution");
                }
                return done("small");
            });
            Workers.Task next = workers.submit(watch -> done("next"));

            Outcome failed = workers.await(large, (stage, kind, reason) -> row("large", stage, kind, reason));
            smallMayEnd.countDown();

            assertThat(failed).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
                assertThat(f.stage()).isEqualTo(Stage.ANNOTATE);
                assertThat(f.kind()).isEqualTo(FailureKind.OUT_OF_MEMORY);
                assertThat(f.reason())
                        .matches("out of memory: garbage collection took 9[0-9]% of the last 6[0-9] s with the heap"
                                + " 96% full; the document \\(10,000,000 chars\\) is too large for -Xmx[0-9]+[kmgt]?:"
                                + " raise the heap \\(ENTENTE_JAVA_OPTS=-Xmx[0-9]+m\\) or lower --max-chars");
            });
            assertThat(workers.await(small, (stage, kind, reason) -> row("small", stage, kind, reason)))
                    .isEqualTo(done("small"));
            assertThat(workers.await(next, (stage, kind, reason) -> row("next", stage, kind, reason)))
                    .isEqualTo(done("next"));
            assertThat(workers.cancelled()).isEqualTo(1);
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void aDocumentPastTheTimeLimitFailsAndFreesItsWorkerForTheNext() throws InterruptedException {
        Workers workers = new Workers(1, 1, healthy(), 5);
        CountDownLatch unwound = new CountDownLatch(1);
        try {
            Workers.Task slow = workers.submit(watch -> {
                try {
                    return endless(watch, 500);
                } finally {
                    unwound.countDown();
                }
            });
            Workers.Task next = workers.submit(watch -> done("next"));

            assertThat(workers.await(slow, (stage, kind, reason) -> row("slow", stage, kind, reason)))
                    .isEqualTo(row(
                            "slow",
                            Stage.ANNOTATE,
                            FailureKind.TIMEOUT,
                            "timeout: still running after 1 s (--doc-timeout)"));
            assertThat(unwound.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(workers.await(next, (stage, kind, reason) -> row("next", stage, kind, reason)))
                    .isEqualTo(done("next"));
            while (workers.strays() > 0) { // the worker gives its extra thread back as it ends (bounded by @Timeout)
                Thread.sleep(10);
            }
            assertThat(workers.cancelled()).isEqualTo(1);
        } finally {
            workers.shutdown();
        }
    }

    @Test
    void aDocumentThatIgnoresTheInterruptGetsAThreadMoreUntilItEnds() throws InterruptedException {
        Workers workers = new Workers(1, 1, healthy(), 5);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Workers.Task stubborn = workers.submit(watch -> {
                watch.stage(Stage.ANNOTATE);
                boolean released = false;
                while (!released) {
                    try {
                        released = release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        // like a library that swallows interrupts
                    }
                }
                return done("stubborn");
            });
            Workers.Task next = workers.submit(watch -> done("next"));

            assertThat(workers.await(stubborn, (stage, kind, reason) -> row("stubborn", stage, kind, reason)))
                    .isInstanceOfSatisfying(
                            Outcome.Failed.class, f -> assertThat(f.kind()).isEqualTo(FailureKind.TIMEOUT));
            assertThat(workers.await(next, (stage, kind, reason) -> row("next", stage, kind, reason)))
                    .isEqualTo(done("next"));
            assertThat(workers.strays()).isEqualTo(1);
            release.countDown();
            while (workers.strays() > 0) {
                Thread.sleep(10);
            }
            assertThat(workers.strays()).isZero();
        } finally {
            workers.shutdown();
        }
    }
}
