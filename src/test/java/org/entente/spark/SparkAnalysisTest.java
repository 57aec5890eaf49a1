package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.RunPlan;
import org.entente.pipeline.Settings;
import org.entente.testing.Cli;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] against the local run, on the sample corpus: every file of the output (tables,
 * network files, texts) must be the same, byte for byte. The local run and the executors share this JVM's
 * CoreNLP pipeline.
 */
class SparkAnalysisTest {
    private static final Path CORPUS = Cli.HOME.resolve("corpus");
    /** run.json records times and the runner; the result cache exists only for local runs. */
    private static final Set<String> NOT_COMPARED = Set.of("run.json");

    @TempDir
    static Path shared;

    static Cli.Result local;
    static Cli.Result spark;
    static Cli.Result remote;

    @BeforeAll
    static void runAll() {
        System.setProperty("spark.hadoop.fs." + TestFileSystem.SCHEME + ".impl", TestFileSystem.class.getName());
        local = run(
                "analyze", CORPUS.toString(), "--out", shared.resolve("local").toString(), "--threads", "2", "--quiet");
        spark = run("spark", CORPUS.toString(), "--out", shared.resolve("spark").toString(), "--master", "local[2]");
        remote = run("spark", testfs(CORPUS), "--out", testfs(shared.resolve("remote")), "--master", "local[2]");
    }

    /** The options of every run: all kinds of scope and actor, the optional table and both formats. */
    private static final List<String> TABLE_OPTIONS = List.of(
            "--scope",
            "sentence,paragraph,document,window:40",
            "--actor-types",
            "STATE,LEADER,ORG",
            "--wide",
            "--format",
            "csv,parquet");

    /** Runs the command with {@link #TABLE_OPTIONS} after the given arguments. */
    private static Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(TABLE_OPTIONS);
        return Cli.run(all.toArray(String[]::new));
    }

    /** The path under the test's Hadoop file system, whose scheme Entente treats as remote. */
    private static String testfs(Path path) {
        return TestFileSystem.SCHEME + "://" + path.toAbsolutePath();
    }

    @Test
    void writesEveryFileOfTheLocalRunByteForByte() throws IOException {
        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(spark.exitCode()).as(spark.err()).isZero();
        Map<String, byte[]> expected = files(shared.resolve("local"));
        Map<String, byte[]> actual = files(shared.resolve("spark"));

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(expected.keySet())
                .contains(
                        "dyads.csv",
                        "dyads.parquet",
                        "triads.csv",
                        "actors.csv",
                        "mentions.csv",
                        "timeseries.csv",
                        "doc_actor_counts_wide.csv",
                        "network.graphml",
                        "events.csv",
                        "events.parquet",
                        "directed_dyads.csv",
                        "doc_directed_dyads.csv",
                        "directed_timeseries.csv",
                        "network_directed.graphml");
        assertThat(Files.readAllLines(shared.resolve("local").resolve("events.csv")))
                .as("the sample corpus gives events")
                .hasSizeGreaterThan(1);
        expected.forEach((file, bytes) -> assertThat(new String(actual.get(file), StandardCharsets.UTF_8))
                .as(file)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void writesTheSameFilesFromAndToAHadoopFileSystem() throws IOException {
        assertThat(remote.exitCode()).as(remote.err()).isZero();
        Map<String, byte[]> expected = files(shared.resolve("local"));
        Map<String, byte[]> actual = files(shared.resolve("remote"));

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
        assertThat(remote.err())
                .isEqualTo(Cli.CORPUS_DOCUMENTS + " documents: " + Cli.CORPUS_DOCUMENTS
                        + " done, 0 failed — tables in "
                        + testfs(shared.resolve("remote")) + System.lineSeparator());
    }

    @Test
    void keepsGoingWhenOnePdfIsCorruptAndWritesTheSameFailedRows(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), in.resolve("vostochny.txt"));
        Files.write(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes());

        Cli.Result onSpark =
                Cli.run("spark", testfs(in), "--out", dir.resolve("spark").toString(), "--master", "local[2]");
        Cli.Result here =
                Cli.run("analyze", in.toString(), "--out", dir.resolve("local").toString(), "--quiet");

        assertThat(List.of(onSpark.exitCode(), here.exitCode())).containsExactly(1, 1);
        assertThat(onSpark.err())
                .startsWith("failed: broken.pdf (extract): not a readable PDF")
                .endsWith("2 documents: 1 done, 1 failed — see "
                        + dir.resolve("spark").resolve("failures.csv") + System.lineSeparator());
        Map<String, byte[]> expected = files(dir.resolve("local"));
        Map<String, byte[]> actual = files(dir.resolve("spark"));
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void exitsWithTwoAndNamesAMissingLocalInput(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");

        Cli.Result result =
                Cli.run("spark", missing.toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("entente: input " + missing + " does not exist; expected a file or folder"
                        + System.lineSeparator());
    }

    @Test
    void exitsWithTwoAndNamesTheSchemeWhenNoFileSystemServesIt() {
        Cli.Result result = Cli.run(
                "spark", "nofs://host/corpus", "--out", shared.resolve("never").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("entente: cannot list input nofs://host/corpus: "
                        + "UnsupportedFileSystemException: No FileSystem for scheme \"nofs\"; expected a file or folder on a "
                        + "reachable file system (see docs/spark.md)" + System.lineSeparator());
        assertThat(shared.resolve("never")).doesNotExist();
    }

    @Test
    void namesTheRunnerAndItsPartitionsInTheManifest() throws IOException {
        String manifest = Files.readString(shared.resolve("spark/run.json"));

        assertThat(manifest)
                .contains("\"spark_master\": \"local[2]\"")
                .contains("\"partitions\": 8")
                .containsPattern("\"runner\": \"spark 4\\.1\\.\\d+\"");
        assertThat(spark.err())
                .isEqualTo(Cli.CORPUS_DOCUMENTS + " documents: " + Cli.CORPUS_DOCUMENTS
                        + " done, 0 failed — tables in " + shared.resolve("spark")
                        + System.lineSeparator());
    }

    @Test
    void listsHadoopInputsWithTheLocalRunsIdsAndSidecarMetadata(@TempDir Path out) {
        AnalysisOptions options = AnalysisOptions.of(
                List.of(CORPUS), out, Settings.defaults(Cli.HOME.resolve("models"), TestEngines.spec("opennlp")));
        List<RunPlan.Task> expected = RunPlan.scan(options, line -> {}).tasks();

        List<RunPlan.Task> listed = HadoopInputs.list(
                        List.of(CORPUS.toUri().toString()), out.toUri().toString(), new Configuration())
                .tasks();

        assertThat(listed)
                .extracting(
                        RunPlan.Task::docId, RunPlan.Task::relativePath, RunPlan.Task::metadata, RunPlan.Task::language)
                .containsExactlyElementsOf(expected.stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(
                                t.docId(), t.relativePath(), t.metadata(), t.language()))
                        .toList());
        assertThat(listed).extracting(RunPlan.Task::location).allMatch(l -> l.startsWith("file:/"));
    }

    @Test
    void refusesAnOutputFolderInsideAHadoopInput() {
        String in = CORPUS.toUri().toString();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> HadoopInputs.list(List.of(in), in + "out", new Configuration()))
                .hasMessage("--out " + in + "out is inside the input folder " + in + "; expected an output folder "
                        + "outside every input folder (Entente never writes into its inputs)");
    }

    @Test
    void cutsAboutTwentyDocumentsPerPartitionWithAtLeastFourPerCore() {
        assertThat(List.of(
                        SparkAnalysis.partitions(0, 2, 1678),
                        SparkAnalysis.partitions(0, 2, 100),
                        SparkAnalysis.partitions(0, 2, 3),
                        SparkAnalysis.partitions(0, 2, 0),
                        SparkAnalysis.partitions(0, 64, 10_000_000),
                        SparkAnalysis.partitions(5, 2, 100)))
                .containsExactly(83, 8, 3, 1, 10_000, 5);
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(f).toString();
                if (!NOT_COMPARED.contains(name) && !name.startsWith(".entente")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
