package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.testing.Cli;
import org.entente.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final Path CORPUS = Cli.HOME.resolve("corpus");

    @Test
    void writesTheDocumentsTableAndTextsWithoutAnyNlp(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("kursk-deployment-2024.pdf"), in.resolve("kursk.pdf"));
        Files.copy(CORPUS.resolve("us-china-export-controls-2025.html"), in.resolve("chips.html"));
        Files.copy(CORPUS.resolve("metadata.csv"), in.resolve("metadata.csv"));
        Files.write(in.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n'});

        Cli.Result run =
                Cli.run("extract", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Tables.project(
                        dir.resolve("out/documents.csv"),
                        List.of("doc_id", "format", "pages", "language", "sentences", "mentions", "status", "stage"),
                        r -> true))
                .containsExactly(
                        "chips.html,html,0,eng,,,done,",
                        "kursk.pdf,pdf,2,eng,,,done,",
                        "scan.pdf,pdf,,,,,failed,extract");
        assertThat(Files.readString(dir.resolve("out/text/kursk.pdf.txt")))
                .startsWith("From Kursk to the Korean Peninsula: North Korean Troops in Russia's War")
                .doesNotContain("Han River Institute |");
        assertThat(dir.resolve("out/mentions.csv")).doesNotExist();
        assertThat(dir.resolve("out/failures.csv")).isRegularFile();
        assertThat(Files.readString(dir.resolve("out/run.json")))
                .contains("\"engine\"")
                .contains("none (extract only)");
    }
}
