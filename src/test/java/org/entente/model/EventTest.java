package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The event and dependency records validate what they hold. */
class EventTest {
    private static final Actor CHN = new Actor("CHN", ActorType.STATE, "China", "", "");
    private static final Actor USA = new Actor("USA", ActorType.STATE, "United States", "", "");

    @Test
    void derivesTheQuadClassFromTheType() {
        Event e = new Event(
                0,
                0,
                6,
                15,
                "condemned",
                CHN,
                "CHN",
                0,
                5,
                USA,
                "USA",
                20,
                24,
                EventType.DISAPPROVE,
                EventMode.ASSERTED,
                false);

        assertThat(List.of(e.quad(), EventType.AID.quad(), EventType.FIGHT.quad(), EventType.REQUEST.quad()))
                .isEqualTo(List.of(
                        CueClass.VERBAL_CONFLICT,
                        CueClass.MATERIAL_COOPERATION,
                        CueClass.MATERIAL_CONFLICT,
                        CueClass.VERBAL_COOPERATION));
    }

    @Test
    void rejectsAnEventOfAnActorOnItself() {
        assertThatThrownBy(() -> new Event(
                        0,
                        0,
                        6,
                        15,
                        "condemned",
                        CHN,
                        "CHN",
                        0,
                        5,
                        CHN,
                        "CHN",
                        20,
                        24,
                        EventType.DISAPPROVE,
                        EventMode.ASSERTED,
                        false))
                .hasMessage("an event's source and target must differ: CHN");
    }

    @Test
    void rejectsASelfLoopAndParsesLabels() {
        assertThatThrownBy(() -> new Dependency(2, 2, "nsubj")).hasMessageContaining("no self-loop");
        assertThat(List.of(EventMode.parse("reported"), EventType.parse("SANCTION")))
                .isEqualTo(List.of(EventMode.REPORTED, EventType.SANCTION));
        assertThatThrownBy(() -> EventMode.parse("future"))
                .hasMessage("event mode future: expected asserted, " + "negated, hypothetical or reported");
    }
}
