package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.actors.Office;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {
    @Test
    void acceptsTheShippedDictionaryAndCountsWhatItHolds() {
        Cli.Result check = Cli.run("actors", "check");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out())
                .startsWith(Cli.HOME.resolve("models") + ": 206 states, ")
                .endsWith(" — OK" + System.lineSeparator());
    }

    @Test
    void rejectsAUserFileWhoseAliasNamesAnotherActor(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(
                dir.resolve("mine.tsv"),
                "id\tname\taliases\tabbreviations\twikidata\n"
                        + "KEDO\tKorean Peninsula Energy Development Organization\tDPRK\t\t\n");

        Cli.Result check = Cli.run("actors", "check", "--actors", mine.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err())
                .startsWith("entente: " + mine + ":2: \"DPRK\" (aliases of KEDO) already names PRK (")
                .endsWith("); expected each form to name one actor" + System.lineSeparator());
    }

    @Test
    void acceptsAUserFileThatAddsAnOrganisation(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(
                dir.resolve("mine.tsv"),
                "id\tname\taliases\tabbreviations\twikidata\n"
                        + "KEDO\tKorean Peninsula Energy Development Organization\t\tKEDO\t\n");

        Cli.Result check = Cli.run("actors", "check", "--actors", mine.toString());

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains(" + [" + mine + "]: 206 states, 38 organisations");
    }

    @Test
    void reportsCoveragePerStateDecadeWithGapsOfMoreThanNinetyDays() {
        Cli.Result check = Cli.run("actors", "check", "--coverage");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out().lines().toList())
                .contains(
                        "state\tdecade\thead_of_state\thead_of_government\tsupreme_leader\tforeign_minister"
                                + "\tdefence_minister",
                        "state\toffice\tfrom\tto\tdays",
                        // the Austrian presidency was vacant while the 2016 election was repeated
                        "AUT\thead_of_state\t2016-07-08\t2017-01-26\t202")
                .noneMatch(line -> line.startsWith("AUT\t1930s"))
                .anyMatch(line -> line.matches("coverage: \\d+ state decades without .*, \\d+ gaps, 0 overlaps"));
    }

    @Test
    void findsGapsBetweenSuccessiveTermsButNotAtHandovers() {
        LocalDate d = LocalDate.of(2000, 1, 1);
        List<Office> terms = List.of(
                new Office("A", "XXX", "head_of_state", d, d.plusDays(100), "t:1"),
                new Office("B", "XXX", "head_of_state", d.plusDays(100), d.plusDays(200), "t:2"),
                new Office("C", "XXX", "head_of_state", d.plusDays(291), d.plusDays(400), "t:3"),
                new Office("D", "XXX", "head_of_state", d.plusDays(500), null, "t:4"));

        assertThat(Coverage.gaps("XXX", terms, d, d.plusYears(5)))
                .extracting(Coverage.Gap::from, Coverage.Gap::days)
                .containsExactly(tuple(d.plusDays(200), 91L), tuple(d.plusDays(400), 100L));
        assertThat(Coverage.overlaps("XXX", terms)).isEmpty();
    }
}
