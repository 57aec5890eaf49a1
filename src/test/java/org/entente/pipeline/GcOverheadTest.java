package org.entente.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The verdict of {@link GcOverhead} on synthetic samples, one a second. */
class GcOverheadTest {
    private static final long MB = 1024 * 1024;

    /**
     * Feeds a sample a second for {@code seconds} seconds, garbage collection taking {@code gcPerSecond} ms of each
     * second and the old generation {@code oldUsedMb} of 300 MB full after collection.
     */
    private static GcOverhead feed(GcOverhead overhead, int seconds, long gcPerSecond, long oldUsedMb) {
        for (int s = 0; s <= seconds; s++) {
            overhead.add(new GcOverhead.Sample(TimeUnit.SECONDS.toNanos(s), s * gcPerSecond, oldUsedMb * MB, 300 * MB));
        }
        return overhead;
    }

    @Test
    void saysAJvmThatCollectsMostOfAMinuteWithAFullOldGenerationIsThrashing() {
        assertThat(feed(new GcOverhead(), 90, 900, 295).verdict())
                .contains(new GcOverhead.Verdict(0.9, 295.0 / 300, 60));
    }

    @Test
    void saysABusyCollectorWithRoomInTheOldGenerationIsHealthy() {
        assertThat(feed(new GcOverhead(), 90, 900, 150).verdict()).isEmpty();
    }

    @Test
    void saysAFullOldGenerationWithLittleCollectionIsHealthy() {
        assertThat(feed(new GcOverhead(), 90, 300, 295).verdict()).isEmpty();
    }

    @Test
    void waitsForAWholeWindowBeforeJudgingABurst() {
        assertThat(feed(new GcOverhead(), 59, 1000, 299).verdict()).isEmpty();
    }

    @Test
    void judgesOnlyTheLastWindowSoThatAnEarlierCalmDoesNotHideThrashing() {
        GcOverhead overhead = new GcOverhead();
        long gc = 0;
        for (int s = 0; s <= 200; s++) {
            gc += s <= 100 ? 50 : 950; // calm for 100 s, then collecting 95% of every second
            overhead.add(new GcOverhead.Sample(TimeUnit.SECONDS.toNanos(s), gc, 290 * MB, 300 * MB));
        }
        assertThat(overhead.verdict().map(v -> Math.round(v.gcShare() * 100))).isEqualTo(Optional.of(95L));
    }

    @Test
    void startsAfreshAfterAReset() {
        GcOverhead overhead = feed(new GcOverhead(), 90, 900, 295);
        overhead.reset();
        overhead.add(new GcOverhead.Sample(TimeUnit.SECONDS.toNanos(91), 91 * 900, 295 * MB, 300 * MB));
        assertThat(overhead.verdict()).isEmpty();
    }

    @Test
    void readsThisJvmsCollectorsAndOldGeneration() {
        GcOverhead.Sample sample = GcOverhead.sample();
        assertThat(sample.gcMillis()).isNotNegative();
        assertThat(sample.oldMax()).isPositive();
        assertThat(sample.oldUsed()).isBetween(0L, sample.oldMax());
    }

    @Test
    void namesTheShareTheFillTheSizeAndTheHeapInItsReason() {
        assertThat(MemoryGuard.reason(new GcOverhead.Verdict(0.874, 0.968, 61), 10_888_890, 10_888_890, "-Xmx350m"))
                .isEqualTo("out of memory: garbage collection took 87% of the last 61 s with the heap 97% full; the"
                        + " document (10,888,890 chars) is too large for -Xmx350m: raise the heap"
                        + " (ENTENTE_JAVA_OPTS=-Xmx700m) or lower --max-chars");
    }

    @Test
    void namesTheFileSizeOfADocumentStillBeingExtracted() {
        assertThat(MemoryGuard.reason(new GcOverhead.Verdict(0.7, 1.0, 60), 0, 10_488_893, "-Xmx350m"))
                .isEqualTo("out of memory: garbage collection took 70% of the last 60 s with the heap 100% full; the"
                        + " document (10,488,893 bytes, still being extracted) is too large for -Xmx350m: raise the"
                        + " heap (ENTENTE_JAVA_OPTS=-Xmx700m) or lower --max-chars");
    }

    @Test
    void readsTheMegabytesOfAHeapOption() {
        assertThat(List.of("-Xmx350m", "-Xmx3g", "-Xmx524288k", "-Xmx1073741824", "-Xmx2G").stream()
                        .map(MemoryGuard::heapMegabytes))
                .containsExactly(350L, 3072L, 512L, 1024L, 2048L);
    }
}
