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

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheHandCountedTables(String name, @TempDir Path out) throws IOException {
        Path dir = GOLDEN.resolve(name);
        List<String> args = new ArrayList<>(List.of("analyze", dir.resolve("input").toString(), "--out", out.toString()));
        Path argsFile = dir.resolve("args.txt");
        if (Files.exists(argsFile)) {
            args.addAll(List.of(Files.readString(argsFile).strip().split("\\s+")));
        }

        Cli.Result run = Cli.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> expected = Files.list(dir.resolve("expected"))) {
            for (Path file : expected.sorted().toList()) {
                assertThat(Files.readString(out.resolve(file.getFileName()))).as(name + "/" + file.getFileName())
                        .isEqualTo(Files.readString(file));
            }
        }
    }
}
