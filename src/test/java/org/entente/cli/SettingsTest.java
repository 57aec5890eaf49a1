package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.export.Hashes;
import org.entente.pipeline.Settings;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The one settings value is the only source of run.json's options and of the result cache's fingerprint: every
 * option of {@code analyze} that changes a table changes what run.json says, and every option that changes a
 * document's outcome changes the fingerprint. The output options, applied when the tables are written from the
 * outcomes, leave the fingerprint alone, so cached outcomes stay valid — and the tables of a run that reuses
 * them are those of a fresh run.
 */
class SettingsTest {
    @TempDir
    static Path dir;

    static Path cues;
    static Path actors;
    static Path models;

    @BeforeAll
    static void writeAlternativeDataFiles() throws IOException {
        cues = Files.writeString(dir.resolve("cues.tsv"), "cue\tclass\nalliance\tverbal_cooperation\n");
        actors = Files.writeString(
                dir.resolve("mine.tsv"),
                "id\tname\taliases\tabbreviations\twikidata\n"
                        + "KEDO\tKorean Peninsula Energy Development Organization\t\tKEDO\t\n");
        models = dir.resolve("models");
        Cli.copyModels(models);
        Files.writeString(models.resolve("exclusions.tsv"), "Korea Strait\tgeography\n", StandardOpenOption.APPEND);
    }

    /** An option that changes a document's outcome, or only how the tables are written. */
    private record Variant(List<String> args, boolean perDocument) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<Variant> options() {
        return Stream.of(
                new Variant(List.of("--engine", "opennlp"), true),
                new Variant(List.of("--engine", "opennlp", "--ner-model", "none"), true),
                new Variant(List.of("--models", "MODELS"), true),
                new Variant(List.of("--actors", "ACTORS"), true),
                new Variant(List.of("--cues", "CUES"), true),
                new Variant(List.of("--no-capitals"), true),
                new Variant(List.of("--no-demonyms"), true),
                new Variant(List.of("--rollup-leaders"), true),
                new Variant(List.of("--scope", "sentence,paragraph"), true),
                new Variant(List.of("--actor-types", "STATE,LEADER"), true),
                new Variant(List.of("--max-arity", "4"), true),
                new Variant(List.of("--no-events"), true),
                new Variant(List.of("--max-pages", "12"), true),
                new Variant(List.of("--max-chars", "50000"), true),
                new Variant(List.of("--doc-timeout", "30"), true),
                new Variant(List.of("--format", "csv,parquet"), false),
                new Variant(List.of("--wide"), false),
                new Variant(List.of("--period", "year"), false),
                new Variant(List.of("--excel-safe"), false));
    }

    private static Settings settings(List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "analyze",
                Cli.HOME.resolve("corpus").toString(),
                "--out",
                dir.resolve("out").toString()));
        extra.forEach(a -> args.add(a.replace("MODELS", models.toString())
                .replace("ACTORS", actors.toString())
                .replace("CUES", cues.toString())));
        String[] given = args.toArray(String[]::new);
        CommandLine.ParseResult parsed = Main.commandLine(given).parseArgs(given);
        AnalyzeCommand analyze =
                (AnalyzeCommand) parsed.subcommand().commandSpec().userObject();
        return analyze.options().settings();
    }

    private static String fingerprint(Settings s) {
        List<String> hashes = s.hashedFiles().stream().map(Hashes::sha256).toList();
        return s.fingerprint("test", "engine", hashes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void everyOptionThatChangesATableIsInRunJsonAndEveryPerDocumentOneInTheFingerprint(Variant variant) {
        Settings defaults = settings(List.of());
        Settings changed = settings(variant.args());

        Map<String, Object> before = defaults.describe();
        Map<String, Object> after = changed.describe();
        assertThat(after).as("run.json options").isNotEqualTo(before);
        assertThat(after.keySet())
                .as("run.json names every option of every run")
                .isEqualTo(before.keySet());
        if (variant.perDocument()) {
            assertThat(fingerprint(changed)).as("fingerprint").isNotEqualTo(fingerprint(defaults));
        } else {
            assertThat(fingerprint(changed)).as("fingerprint").isEqualTo(fingerprint(defaults));
        }
    }

    @Test
    void aRunThatReusesCachedOutcomesWithOtherOutputOptionsWritesTheTablesOfAFreshRun() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.HOME.resolve("corpus/vostochny-summit-2023.txt"), in.resolve("vostochny.txt"));
        Path reused = dir.resolve("reused");
        Path fresh = dir.resolve("fresh");
        assertThat(Cli.run("analyze", in.toString(), "--out", reused.toString(), "-q", "--engine", "opennlp")
                        .exitCode())
                .isZero();

        List<String> outputOptions = List.of("--engine", "opennlp", "--period", "year", "--wide", "--excel-safe");
        Cli.Result again = analyze(in, reused, outputOptions);
        Cli.Result anew = analyze(in, fresh, outputOptions);

        assertThat(again.err()).contains("reused the results of 1 unchanged documents");
        assertThat(anew.exitCode()).isZero();
        for (String table : List.of("timeseries.csv", "doc_actor_counts_wide.csv", "dyads.csv", "mentions.csv")) {
            assertThat(reused.resolve(table)).as(table).hasSameTextualContentAs(fresh.resolve(table));
        }
    }

    private static Cli.Result analyze(Path in, Path out, List<String> options) {
        List<String> args = new ArrayList<>(List.of("analyze", in.toString(), "--out", out.toString()));
        args.addAll(options);
        return Cli.run(args.toArray(String[]::new));
    }
}
