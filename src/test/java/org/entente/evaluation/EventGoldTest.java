package org.entente.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.model.EventMode;
import org.entente.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the event gold format. */
class EventGoldTest {
    @TempDir
    Path dir;

    @Test
    void readsEventsWithModesAndNestedActs() throws IOException {
        Path f = dir.resolve("g.tsv");
        Files.writeString(
                f,
                "# c\nsentence_id\tdate\ttext\tevents\ne1\t2024-01-01\tChina condemned the U.S. sanctions on "
                        + "Russia.\tCHN>USA:DISAPPROVE:asserted; USA>RUS:SANCTION:asserted:nested\ne2\t2024-01-01\tNone.\t-\n",
                StandardCharsets.UTF_8);

        EventGold gold = EventGold.read(f);

        assertThat(gold.sentences().get(0).events())
                .isEqualTo(List.of(
                        new EventGold.Event("CHN", "USA", EventType.DISAPPROVE, EventMode.ASSERTED, false),
                        new EventGold.Event("USA", "RUS", EventType.SANCTION, EventMode.ASSERTED, true)));
        assertThat(gold.sentences().get(1).events()).isEmpty();
    }

    @Test
    void rejectsAMalformedEventWithFileAndLine() throws IOException {
        Path f = dir.resolve("g.tsv");
        Files.writeString(
                f, "sentence_id\tdate\ttext\tevents\ne1\t2024-01-01\tX.\tCHN-USA:DISAPPROVE\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventGold.read(f))
                .hasMessage(f + ":2: event \"CHN-USA:DISAPPROVE\"; expected "
                        + "SOURCE>TARGET:TYPE:mode or SOURCE>TARGET:TYPE:mode:nested");
    }
}
