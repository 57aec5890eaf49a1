package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.testing.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-counted golden cases: each folder of src/test/resources/golden/ holds input/ (documents and an optional
 * metadata.csv), args.txt (extra arguments of entente analyze) and expected/ (tables as they must be written,
 * byte for byte). See src/test/resources/README.md.
 */
class GoldenCasesTest {
    private static final Path GOLDEN = Cli.HOME.resolve("src/test/resources/golden");

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            List<String> names = dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
            return names.stream()
                    .flatMap(n -> Stream.of("corenlp", "opennlp")
                            .map(e -> org.junit.jupiter.params.provider.Arguments.of(n, e)));
        }
    }

    /**
     * Both engines must write the hand-counted tables, with one allowed difference: windows of N tokens depend
     * on the engine's tokenizer (CoreNLP splits "U.S." and hyphens differently from OpenNLP), so the
     * window:N rows are compared for the CoreNLP engine only, whose tokens the hand count used.
     */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void writesTheHandCountedTables(String name, String engine, @TempDir Path out) throws IOException {
        Path dir = GOLDEN.resolve(name);
        List<String> args = new ArrayList<>(
                List.of("analyze", dir.resolve("input").toString(), "--out", out.toString(), "--engine", engine));
        Path argsFile = dir.resolve("args.txt");
        if (Files.exists(argsFile)) {
            args.addAll(List.of(Files.readString(argsFile).strip().split("\\s+")));
        }

        Cli.Result run = Cli.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> expected = Files.list(dir.resolve("expected"))) {
            for (Path file : expected.sorted().toList()) {
                assertThat(rows(out.resolve(file.getFileName()), engine))
                        .as(name + "/" + file.getFileName())
                        .isEqualTo(rows(file, engine));
            }
        }
    }

    private static List<String> rows(Path table, String engine) throws IOException {
        return Files.readAllLines(table).stream()
                .filter(line -> engine.equals("corenlp") || !line.startsWith("window:"))
                .toList();
    }
}
