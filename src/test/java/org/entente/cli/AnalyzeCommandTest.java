package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.export.Network;
import org.entente.export.OutputFormat;
import org.entente.export.TableSpec;
import org.entente.testing.Cli;
import org.entente.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code entente analyze}, in-process, on the sample corpus and the seed page. */
class AnalyzeCommandTest {
    private static final Path CORPUS = Cli.HOME.resolve("corpus");
    private static final Path SEED = Cli.SHARED.resolve("seed");

    @TempDir
    static Path shared;

    private static Path corpusOut;
    private static Cli.Result corpusRun;

    @BeforeAll
    static void analyzeTheSampleCorpusOnce() {
        corpusOut = shared.resolve("corpus-out");
        corpusRun = Cli.run("analyze", CORPUS.toString(), "--out", corpusOut.toString());
    }

    @Test
    void writesEveryTableAndTheTextOfEveryCorpusDocument() throws IOException {
        assertThat(corpusRun.exitCode()).as(corpusRun.err()).isZero();
        for (TableSpec spec : org.entente.export.Tables.ALL) {
            if (spec.option().isEmpty()) {
                assertThat(corpusOut.resolve(OutputFormat.CSV.file(spec))).isRegularFile();
            } else {
                assertThat(corpusOut.resolve(OutputFormat.CSV.file(spec)))
                        .as(spec.option() + " not given")
                        .doesNotExist();
            }
        }
        List<String> inputs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            inputs = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        assertThat(inputs).hasSize(Cli.CORPUS_DOCUMENTS);
        assertThat(Tables.project(corpusOut.resolve("documents.csv"), List.of("doc_id", "status"), r -> true))
                .containsExactlyElementsOf(inputs.stream().map(n -> n + ",done").toList());
        try (Stream<Path> texts = Files.list(corpusOut.resolve("text"))) {
            assertThat(texts.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(
                            inputs.stream().map(n -> n + ".txt").toList());
        }
        assertThat(corpusRun.err())
                .endsWith(inputs.size() + " documents: " + inputs.size() + " done, 0 failed — tables in " + corpusOut
                        + System.lineSeparator());
    }

    @Test
    void writesMentionsWhoseOffsetsPointAtTheirTextInTheExtractedDocument() throws IOException {
        for (Map<String, String> row : Tables.read(corpusOut.resolve("mentions.csv"))) {
            String text = Files.readString(corpusOut.resolve("text").resolve(row.get("doc_id") + ".txt"));
            assertThat(text.substring(Integer.parseInt(row.get("begin")), Integer.parseInt(row.get("end"))))
                    .as(row.toString())
                    .isEqualTo(row.get("text"));
        }
    }

    @Test
    void writesByteIdenticalTablesWhateverTheNumberOfThreads() throws IOException {
        for (String threads : List.of("1", "4")) {
            Path again = shared.resolve("corpus-out-threads-" + threads);
            assertThat(Cli.run("analyze", CORPUS.toString(), "--out", again.toString(), "--threads", threads)
                            .exitCode())
                    .isZero();
            for (TableSpec spec : org.entente.export.Tables.ALL) {
                if (spec.option().isEmpty()) {
                    assertThat(again.resolve(OutputFormat.CSV.file(spec)))
                            .as(OutputFormat.CSV.file(spec) + " with --threads " + threads)
                            .hasSameBinaryContentAs(corpusOut.resolve(OutputFormat.CSV.file(spec)));
                }
            }
            for (String graph : List.of(Network.GRAPHML, Network.GEXF)) {
                assertThat(again.resolve(graph)).hasSameBinaryContentAs(corpusOut.resolve(graph));
            }
        }
    }

    @Test
    void failsADocumentOverTheSizeOrTimeLimitAndFinishesTheOthers(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), in.resolve("small.txt"));
        String brief = Files.readString(CORPUS.resolve("dprk-russia-treaty-2024.txt"));
        Files.writeString(in.resolve("long.txt"), (brief + "\n\n").repeat(400)); // seconds of work, even when fast

        Cli.Result tooLarge =
                Cli.run("analyze", in.toString(), "--out", dir.resolve("a").toString(), "--max-chars", "100000");
        // the fast engine, so that the small document finishes far inside the limit even on a loaded machine
        Cli.Result tooSlow = Cli.run(
                "analyze",
                in.toString(),
                "--out",
                dir.resolve("b").toString(),
                "--doc-timeout",
                "1",
                "--engine",
                "opennlp");

        assertThat(tooLarge.exitCode()).isEqualTo(1);
        assertThat(Tables.read(dir.resolve("a/failures.csv"))).singleElement().satisfies(row -> {
            assertThat(row.get("doc_id") + "," + row.get("stage")).isEqualTo("long.txt,extract");
            assertThat(row.get("reason"))
                    .matches("too large: [0-9,]+ characters of text, over the limit of " + "100,000 \\(--max-chars\\)");
            assertThat(row.get("hint")).isEqualTo("raise --max-chars, or split the document");
        });
        assertThat(tooLarge.err()).contains("2 documents: 1 done, 1 failed — see " + dir.resolve("a/failures.csv"));
        assertThat(tooSlow.exitCode()).isEqualTo(1);
        assertThat(Tables.project(dir.resolve("b/documents.csv"), List.of("doc_id", "status", "error"), r -> true))
                .containsExactly("long.txt,failed,timeout: still running after 1 s (--doc-timeout)", "small.txt,done,");
    }

    @Test
    void keepsGoingWhenOnePdfIsCorrupt(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), in.resolve("vostochny.txt"));
        Files.copy(CORPUS.resolve("camp-david-trilateral-2023.html"), in.resolve("camp-david.html"));
        Files.write(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes());

        Cli.Result run =
                Cli.run("analyze", in.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<Map<String, String>> docs = Tables.read(dir.resolve("out/documents.csv"));
        assertThat(docs)
                .extracting(r -> r.get("doc_id") + "," + r.get("status") + "," + r.get("stage"))
                .containsExactly("broken.pdf,failed,extract", "camp-david.html,done,", "vostochny.txt,done,");
        assertThat(docs.get(0).get("error")).startsWith("not a readable PDF").doesNotContain("\n");
        assertThat(Tables.project(dir.resolve("out/mentions.csv"), List.of("doc_id"), r -> true))
                .contains("camp-david.html", "vostochny.txt")
                .doesNotContain("broken.pdf");
        assertThat(run.err()).contains("3 documents: 2 done, 1 failed");
    }

    @Test
    void findsTheSeedPagesDyadsTriadsAndLeaders(@TempDir Path out) {
        assumeThat(SEED).as("../shared/seed is absent: seed test skipped").isDirectory();

        Cli.Result run = Cli.run("analyze", SEED.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Hand count (see src/test/resources/README.md): STATE sets per sentence of the title, the contents
        // and the body give these sentence-scope units.
        assertThat(Tables.project(
                        out.resolve("dyads.csv"),
                        List.of("actor_1", "actor_2", "units", "documents"),
                        r -> r.get("scope").equals("sentence")))
                .containsExactly(
                        "CHN,JPN,3,1",
                        "CHN,KOR,3,1",
                        "CHN,PRK,6,1",
                        "CHN,RUS,6,1",
                        "CHN,USA,3,1",
                        "JPN,KOR,4,1",
                        "JPN,PRK,4,1",
                        "JPN,RUS,4,1",
                        "JPN,USA,4,1",
                        "KOR,PRK,4,1",
                        "KOR,RUS,4,1",
                        "KOR,USA,4,1",
                        "PRK,RUS,9,1",
                        "PRK,USA,4,1",
                        "RUS,USA,4,1");
        assertThat(Tables.project(
                        out.resolve("triads.csv"), List.of("actor_1", "actor_2", "actor_3", "units"), r -> true))
                .containsExactly(
                        "CHN,JPN,KOR,3",
                        "CHN,JPN,PRK,3",
                        "CHN,JPN,RUS,3",
                        "CHN,JPN,USA,3",
                        "CHN,KOR,PRK,3",
                        "CHN,KOR,RUS,3",
                        "CHN,KOR,USA,3",
                        "CHN,PRK,RUS,6",
                        "CHN,PRK,USA,3",
                        "CHN,RUS,USA,3",
                        "JPN,KOR,PRK,4",
                        "JPN,KOR,RUS,4",
                        "JPN,KOR,USA,4",
                        "JPN,PRK,RUS,4",
                        "JPN,PRK,USA,4",
                        "JPN,RUS,USA,4",
                        "KOR,PRK,RUS,4",
                        "KOR,PRK,USA,4",
                        "KOR,RUS,USA,4",
                        "PRK,RUS,USA,4");
        // Every state and leader mention of the title, the contents and the body, in text order, and nothing
        // else (the page furniture is gone; "Northeast Asian" is a region; "KIM Han-kwon" is the author).
        assertThat(Tables.project(out.resolve("mentions.csv"), List.of("text", "actor_id"), r -> true).stream()
                        .map(r -> r.replace(",", "="))
                        .toList())
                .containsExactly(
                        "China=CHN",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "China=CHN",
                        "North Korea=PRK",
                        "China=CHN",
                        "Russia=RUS",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "China=CHN",
                        "Xi Jinping=XI_JINPING",
                        "North Korea=PRK",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "Russia=RUS",
                        "Kim Jong Un=KIM_JONG_UN",
                        "Putin=PUTIN_VLADIMIR",
                        "North Korea=PRK",
                        "China=CHN",
                        "Russia=RUS",
                        "ROK=KOR",
                        "U.S.=USA",
                        "Japan=JPN",
                        "North Korea=PRK",
                        "China=CHN",
                        "Russia=RUS",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "ROK=KOR",
                        "U.S.=USA",
                        "Japan=JPN",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "Russia=RUS",
                        "North Korea=PRK",
                        "U.S.=USA",
                        "ROK=KOR",
                        "ROK=KOR",
                        "U.S.=USA",
                        "Japan=JPN",
                        "China=CHN",
                        "North Korea=PRK",
                        "China=CHN",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "China=CHN",
                        "China=CHN",
                        "ROK=KOR",
                        "U.S.=USA",
                        "Japan=JPN",
                        "North Korea=PRK",
                        "China=CHN",
                        "Russia=RUS",
                        "U.S.=USA",
                        "China=CHN",
                        "North Korea=PRK",
                        "Russia=RUS",
                        "China=CHN",
                        "China=CHN",
                        "North Korea=PRK",
                        "ROK=KOR",
                        "U.S.=USA",
                        "Japan=JPN",
                        "North Korea=PRK",
                        "China=CHN",
                        "Russia=RUS",
                        "North Korea=PRK",
                        "China=CHN");
        assertThat(Tables.project(
                        out.resolve("mentions.csv"),
                        List.of("text", "actor_id", "match_kind"),
                        r -> r.get("actor_type").equals("LEADER")))
                .containsExactly(
                        "Xi Jinping,XI_JINPING,possessive",
                        "Kim Jong Un,KIM_JONG_UN,compound_part",
                        "Putin,PUTIN_VLADIMIR,compound_part");
        assertThat(Tables.project(out.resolve("documents.csv"), List.of("date", "language", "status"), r -> true))
                .containsExactly("2024-01-03,eng,done");
        // Every compound relation of the title, the contents and the body, in text order, counted by hand.
        assertThat(Tables.project(
                        out.resolve("relations.csv"), List.of("text", "actor_ids", "form", "head"), r -> true))
                .containsExactly(
                        "North Korea-Russia,PRK;RUS,hyphen,summit", // title
                        "North Korea-China-Russia,PRK;CHN;RUS,hyphen,cooperation",
                        "North Korea-Russia,PRK;RUS,hyphen,summit", // contents, line 2
                        "North Korea-Russia,PRK;RUS,hyphen,summit", // body 1
                        "Kim Jong Un-Putin,KIM_JONG_UN;PUTIN_VLADIMIR,hyphen,summit",
                        "North Korea, China and Russia,PRK;CHN;RUS,list,cooperation",
                        "ROK, U.S., and Japan,KOR;USA;JPN,list,alignment",
                        "North Korea-Russia,PRK;RUS,hyphen,relations",
                        "ROK-U.S.-Japan,KOR;USA;JPN,hyphen,cooperation",
                        "North Korea-Russia,PRK;RUS,hyphen,summit",
                        "U.S.-ROK,USA;KOR,hyphen,alliance",
                        "ROK-U.S.-Japan,KOR;USA;JPN,hyphen,cooperation",
                        "North Korea-China,PRK;CHN,hyphen,relations", // body 2
                        "North Korea-Russia,PRK;RUS,hyphen,summit",
                        "ROK-U.S.-Japan,KOR;USA;JPN,hyphen,alignment",
                        "North Korea-China-Russia,PRK;CHN;RUS,hyphen,",
                        "U.S.-China,USA;CHN,hyphen,competition",
                        "North Korea-Russia,PRK;RUS,hyphen,summit",
                        "ROK-U.S.-Japan,KOR;USA;JPN,hyphen,alignment",
                        "North Korea-China-Russia,PRK;CHN;RUS,hyphen,",
                        "North Korea-China,PRK;CHN,hyphen,relations");
    }

    @Test
    void printsHelpAndVersion() {
        Cli.Result help = Cli.run("analyze", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: entente analyze", "--out=DIR", "Exit codes:");

        Cli.Result version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("entente ");
    }

    @Test
    void exitsWithTwoAndNamesTheValueOnAUsageError(@TempDir Path out) {
        Cli.Result unknown = Cli.run("analyze", "--frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");

        Path missing = out.resolve("no-such-folder");
        Cli.Result noInput =
                Cli.run("analyze", missing.toString(), "--out", out.resolve("o").toString());
        assertThat(noInput.exitCode()).isEqualTo(2);
        assertThat(noInput.err())
                .isEqualTo("entente: input " + missing + " does not exist; expected a file or folder"
                        + System.lineSeparator());

        Cli.Result scope = Cli.run("analyze", CORPUS.toString(), "--scope", "chapter", "--out", out.toString());
        assertThat(scope.exitCode()).isEqualTo(2);
        assertThat(scope.err()).contains("--scope chapter: expected sentence, paragraph, document or window:N");

        Cli.Result date = Cli.run("analyze", CORPUS.toString(), "--date", "2018-13", "--out", out.toString());
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--date 2018-13: not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /** Runs analyze of an input into DIR/out with a copy of models/ whose file has a row appended. */
    private static Cli.Result analyzeWithRowAppended(Path dir, String file, String row, Path input, String... options)
            throws IOException {
        Path models = Files.createDirectories(dir.resolve("models"));
        Cli.copyModels(models);
        Files.writeString(models.resolve(file), row, StandardOpenOption.APPEND);
        List<String> args = new ArrayList<>(List.of("analyze", input.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of(
                "--models", models.toString(), "--out", dir.resolve("out").toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void exitsWithTwoOnABrokenDictionaryBeforeAnyDocument(@TempDir Path dir) throws IOException {
        Cli.Result run = analyzeWithRowAppended(dir, "orgs.tsv", "NATO\tNorth Atlantic Treaty Organization\n", CORPUS);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("entente: " + dir.resolve("models/orgs.tsv") + ":")
                .contains(": 2 columns; expected 5 tab-separated columns");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void exitsWithTwoOnABrokenKoreanFormsFileAlsoWhenNoDocumentIsKorean(@TempDir Path dir) throws IOException {
        // the other languages' rules are built when a document needs them, but their files are checked first
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), in.resolve("a.txt"));

        Cli.Result run = analyzeWithRowAppended(
                dir, "lang/kor/forms.tsv", "XXX\t없는나라\tname\tstate\tunknown id\n", in, "--engine", "opennlp");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("entente: " + dir.resolve("models/lang/kor/forms.tsv") + ":")
                .contains("unknown actor id \"XXX\"; expected an id of the dictionary");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAnOutputFolderInsideAnInputFolder(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), dir.resolve("a.txt"));

        Cli.Result run =
                Cli.run("analyze", dir.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is inside the input folder");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
