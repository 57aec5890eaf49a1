package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
