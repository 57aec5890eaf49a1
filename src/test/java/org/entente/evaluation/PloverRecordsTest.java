package org.entente.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryLoader;
import org.entente.model.EventType;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading the PLOVER gold-standard records leniently and mapping their actors to the dictionary. */
class PloverRecordsTest {
    private static final Path FILE = Cli.SHARED.resolve("eval/events/PLOVER_GSR_CAMEO.txt");
    private static ActorDictionary dictionary;

    @BeforeAll
    static void load() {
        dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
    }

    @Test
    void dropsTrailingCommasOutsideStringsOnly() {
        String text = "[{\"a\": \"x,}\", \"b\": [1, 2,],\n},\n]";

        assertThat(PloverRecords.withoutTrailingCommas(text)).isEqualTo("[{\"a\": \"x,}\", \"b\": [1, 2]\n}\n]");
    }

    @Test
    void mapsCodesAndSectorsToDictionaryActors() {
        assertThat(List.of(
                        PloverRecords.actorId(new PloverRecords.Actor("Tokyo", "JAP", ""), dictionary),
                        PloverRecords.actorId(new PloverRecords.Actor("Israeli army", "ISR", "MIL"), dictionary),
                        PloverRecords.actorId(
                                new PloverRecords.Actor("Palestinian militants", "PSE", "REB"), dictionary),
                        PloverRecords.actorId(new PloverRecords.Actor("Serb forces", "BIH", "MILsrp"), dictionary),
                        PloverRecords.actorId(
                                new PloverRecords.Actor("U.N. Security Council", "IGO", "GOV"), dictionary),
                        PloverRecords.actorId(new PloverRecords.Actor("Amnesty International", "IGO", ""), dictionary),
                        PloverRecords.actorId(new PloverRecords.Actor("Kofi Annan", "IGO", "GOV"), dictionary)))
                .map(o -> o.orElse("-"))
                .isEqualTo(List.of("JPN", "ISR", "-", "-", "UNSC", "-", "ANNAN_KOFI"));
    }

    @Test
    void readsAllRecordsOfTheSharedFile() {
        assumeThat(FILE)
                .as("../shared/eval/events is absent: PLOVER records skipped")
                .isRegularFile();

        List<PloverRecords.Record> records = PloverRecords.read(FILE);
        Map<EventType, Long> byType =
                records.stream().collect(Collectors.groupingBy(PloverRecords.Record::event, Collectors.counting()));
        EventGold gold = PloverRecords.gold(FILE, dictionary);

        assertThat(records).hasSize(322);
        assertThat(List.of(byType.get(EventType.AGREE), byType.get(EventType.REJECT), byType.get(EventType.FIGHT)))
                .isEqualTo(List.of(40L, 34L, 17L));
        assertThat(gold.sentences().stream().mapToInt(s -> s.events().size()).sum())
                .isEqualTo(155);
    }
}
