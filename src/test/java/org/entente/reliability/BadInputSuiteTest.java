package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.entente.extract.InputFormat;
import org.entente.model.Document;
import org.entente.model.Paragraph;
import org.entente.model.Source;
import org.entente.pipeline.InputScanner;
import org.entente.testing.Cli;
import org.entente.testing.PdfFixtures;
import org.entente.testing.Tables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, each analyzed in a batch beside one good document: the bad input ends with the
 * asserted outcome (done, done with a warning, or failed at a stage with a one-line reason) and the good
 * document is always done with its mentions. Every input is generated here, in a temporary folder.
 */
class BadInputSuiteTest {
    /** The good document of every batch, and the actors it mentions. */
    private static final String GOOD_TEXT = "Japan and South Korea held talks.\n";

    private static final String GOOD = "good.txt";
    /** A small body for bad inputs that should still be read. */
    private static final String BODY = "Russia and North Korea signed a treaty. China welcomed the treaty.";

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- empty and corrupt files

    @Test
    void failsZeroByteTextFileAsEmptyAndFinishesTheBatch() throws IOException {
        Batch batch = batch().file("empty.txt", new byte[0]).run();
        batch.assertFailed("empty.txt", "extract", "no text: the file is empty (0 bytes)");
    }

    @Test
    void failsZeroByteHtmlFileAsEmptyAndFinishesTheBatch() throws IOException {
        Batch batch = batch().file("empty.html", new byte[0]).run();
        batch.assertFailed("empty.html", "extract", "no text: the file is empty (0 bytes)");
    }

    @Test
    void failsZeroBytePdfFileAsEmptyAndFinishesTheBatch() throws IOException {
        Batch batch = batch().file("empty.pdf", new byte[0]).run();
        batch.assertFailed("empty.pdf", "extract", "no text: the file is empty (0 bytes)");
    }

    @Test
    void failsWhitespaceOnlyTextFileAndFinishesTheBatch() throws IOException {
        Batch batch = batch().file("blank.txt", " \n\t\r\n  \n".getBytes(StandardCharsets.US_ASCII))
                .run();
        batch.assertFailed("blank.txt", "extract", "no text: the file is empty or holds only whitespace");
    }

    @Test
    void failsPdfTruncatedBeforeItsFirstPageAsUnreadable() throws IOException {
        Path pdf = goodPdf(tmp.resolve("source.pdf"));
        Batch batch = batch();
        PdfFixtures.truncated(pdf, batch.in.resolve("truncated.pdf"), 0.02);
        batch.run().assertFailedStartingWith("truncated.pdf", "extract", "not a readable PDF: ");
    }

    @Test
    void readsWhatIsLeftOfAPdfTruncatedAfterItsContentOrFailsItWithAReason() throws IOException {
        Path pdf = goodPdf(tmp.resolve("source.pdf"));
        Batch batch = batch();
        PdfFixtures.truncated(pdf, batch.in.resolve("truncated.pdf"), 0.9);
        batch.run();
        // PDFBox rebuilds a lost cross-reference table when it can: the page text is then read in full
        assertThat(batch.row("truncated.pdf")).containsEntry("status", "done").containsEntry("error", "");
        assertThat(batch.actors("truncated.pdf")).containsExactly("CHN", "PRK", "RUS");
    }

    @Test
    void failsPdfWithGarbageBodyAsUnreadable() throws IOException {
        byte[] bytes =
                ("%PDF-1.7\n" + "\u0001\u0002garbage".repeat(200) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        Batch batch = batch().file("corrupt.pdf", bytes).run();
        batch.assertFailedStartingWith("corrupt.pdf", "extract", "not a readable PDF: ");
    }

    // ---------------------------------------------------------------- PDFs Entente cannot or may read

    @Test
    void failsPdfEncryptedWithAUserPassword() throws IOException {
        Path pdf = goodPdf(tmp.resolve("source.pdf"));
        Batch batch = batch();
        PdfFixtures.encrypted(pdf, batch.in.resolve("locked.pdf"), "user-secret");
        batch.run().assertFailed("locked.pdf", "extract", "encrypted PDF: a password is required");
    }

    @Test
    void readsPdfEncryptedWithAnOwnerPasswordOnly() throws IOException {
        Path pdf = goodPdf(tmp.resolve("source.pdf"));
        Batch batch = batch();
        PdfFixtures.encrypted(pdf, batch.in.resolve("restricted.pdf"), "");
        batch.run();
        assertThat(batch.row("restricted.pdf")).containsEntry("status", "done").containsEntry("pages", "1");
        assertThat(batch.actors("restricted.pdf")).containsExactly("CHN", "PRK", "RUS");
        assertThat(batch.result.exitCode()).isZero();
    }

    @Test
    void failsPdfWithoutATextLayerAsScanned() throws IOException {
        Batch batch = batch();
        PdfFixtures.imageOnly(batch.in.resolve("scanned.pdf"));
        batch.run().assertFailed("scanned.pdf", "extract", "no text layer: scanned PDF, OCR not supported");
    }

    @Test
    void readsOnlyTheFirstMaxPagesOfAPdfWithThousandsOfPages() throws IOException {
        Batch batch = batch();
        thousandsOfPages(batch.in.resolve("huge.pdf"), 3000);
        batch.run("--max-pages", "50");
        assertThat(batch.row("huge.pdf"))
                .containsEntry("status", "done")
                .containsEntry("pages", "50")
                .containsEntry("error", "");
        assertThat(batch.result.exitCode()).isZero();
    }

    @Test
    void failsHtmlSavedAsPdfSayingWhatTheFileIs() throws IOException {
        Batch batch = batch().file(
                        "page.pdf",
                        ("<!DOCTYPE html><html><body><p>" + BODY + "</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8))
                .run();
        batch.assertFailed("page.pdf", "extract", "not a PDF: the file is an HTML page (expected %PDF- at its start)");
    }

    @Test
    void failsZipSavedAsPdfSayingWhatTheFileIs() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(BODY.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Batch batch = batch().file("report.pdf", zip.toByteArray()).run();
        batch.assertFailed(
                "report.pdf",
                "extract",
                "not a PDF: the file is a ZIP archive (.docx, .epub, .zip; expected %PDF- at its start)");
    }

    @Test
    void failsPlainTextSavedAsPdfSayingWhatTheFileIs() throws IOException {
        Batch batch =
                batch().file("notes.pdf", BODY.getBytes(StandardCharsets.UTF_8)).run();
        batch.assertFailed("notes.pdf", "extract", "not a PDF: the file is text (expected %PDF- at its start)");
    }

    // ---------------------------------------------------------------- hostile HTML

    @Test
    void readsHtmlWithMegabytesOfScript() throws IOException {
        String script = "<script>var x = \"" + "Japan China ".repeat(300_000) + "\";</script>";
        String html = "<html><head>" + script + "</head><body>" + script + "<article><p>" + BODY + "</p></article>"
                + script + "</body></html>";
        assertThat(html.length()).isGreaterThan(10_000_000);
        Batch batch = batch().file("scripts.html", html.getBytes(StandardCharsets.UTF_8))
                .run();
        assertThat(batch.row("scripts.html")).containsEntry("status", "done").containsEntry("error", "");
        assertThat(batch.actors("scripts.html")).containsExactly("CHN", "PRK", "RUS");
    }

    @Test
    void readsHtmlWithDeeplyNestedTags() throws IOException {
        int depth = 20_000;
        String html = "<html><body>" + "<div><span>".repeat(depth) + "<p>" + BODY + "</p>"
                + "</span></div>".repeat(depth) + "</body></html>";
        Batch batch = batch().file("nested.html", html.getBytes(StandardCharsets.UTF_8))
                .run();
        assertThat(batch.row("nested.html")).containsEntry("status", "done").containsEntry("error", "");
        assertThat(batch.actors("nested.html")).containsExactly("CHN", "PRK", "RUS");
    }

    @Test
    void failsHtmlWithoutABodyAsHavingNoText() throws IOException {
        Batch batch = batch().file(
                        "nobody.html",
                        "<html><head><title>Russia and China</title><meta name=\"x\" content=\"y\"></head></html>"
                                .getBytes(StandardCharsets.UTF_8))
                .run();
        batch.assertFailed("nobody.html", "extract", "no text: the page has no article text");
    }

    @Test
    void readsHtmlFragmentWithoutHtmlOrBodyTags() throws IOException {
        Batch batch = batch().file("fragment.html", ("<p>" + BODY + "</p>").getBytes(StandardCharsets.UTF_8))
                .run();
        assertThat(batch.row("fragment.html")).containsEntry("status", "done");
        assertThat(batch.actors("fragment.html")).containsExactly("CHN", "PRK", "RUS");
    }

    // ---------------------------------------------------------------- encodings and odd characters

    @Test
    void readsUtf16TextWithAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Batch batch = batch().file("utf16.txt", concat(bom, BODY.getBytes(StandardCharsets.UTF_16LE)))
                .run();
        assertThat(batch.row("utf16.txt")).containsEntry("status", "done").containsEntry("encoding", "UTF-16LE");
        assertThat(batch.actors("utf16.txt")).containsExactly("CHN", "PRK", "RUS");
    }

    @Test
    void readsUtf16TextWithoutAByteOrderMark() throws IOException {
        String text = "Côte d’Ivoire and Russia signed a treaty. China welcomed the treaty.";
        Batch batch = batch().file("utf16be.txt", text.getBytes(StandardCharsets.UTF_16BE))
                .run();
        assertThat(batch.row("utf16be.txt")).containsEntry("status", "done").containsEntry("encoding", "UTF-16BE");
        assertThat(batch.actors("utf16be.txt")).containsExactly("CHN", "CIV", "RUS");
    }

    @Test
    void readsWindows1252Text() throws IOException {
        String text = "Côte d’Ivoire and Russia signed a treaty. China welcomed the “treaty”.";
        Batch batch = batch().file("cp1252.txt", text.getBytes(Charset.forName("windows-1252")))
                .run();
        assertThat(batch.row("cp1252.txt")).containsEntry("status", "done").containsEntry("encoding", "windows-1252");
        assertThat(batch.actors("cp1252.txt")).containsExactly("CHN", "CIV", "RUS");
        assertThat(Files.readString(batch.out.resolve("text/cp1252.txt.txt"))).contains("Côte d’Ivoire");
    }

    @Test
    void readsMostlyUtf8TextWithInvalidBytesAsUtf8WithReplacementCharacters() throws IOException {
        byte[] text = concat(
                "Côte d’Ivoire and Russia signed a treaty. ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                " China welcomed the treaty.".getBytes(StandardCharsets.UTF_8));
        Batch batch = batch().file("broken-utf8.txt", text).run();
        assertThat(batch.row("broken-utf8.txt"))
                .containsEntry("status", "done")
                .containsEntry("encoding", "UTF-8 (2 invalid bytes replaced)");
        assertThat(batch.actors("broken-utf8.txt")).containsExactly("CHN", "CIV", "RUS");
        assertThat(Files.readString(batch.out.resolve("text/broken-utf8.txt.txt")))
                .contains("Côte d’Ivoire", "\uFFFD(\uFFFD");
    }

    // ---------------------------------------------------------------- other languages (issue 16)

    private static final String KOREAN = "북한과 러시아는 조약을 체결했다. 중국 외교부는 우려를 표명했다.";
    private static final String JAPANESE = "北朝鮮とロシアは条約に署名した。中国外務省は懸念を表明した。";
    private static final String CHINESE = "朝鲜和俄罗斯签署了条约。中国外交部对此表示关切。";
    private static final String RUSSIAN = "Россия и КНДР подписали договор. Китай выразил обеспокоенность.";

    @Test
    void readsEveryLegacyEncodingOfTheFourLanguagesAndReportsIt() throws IOException {
        Batch batch = batch().file("euc-kr.txt", KOREAN.getBytes(Charset.forName("EUC-KR")))
                .file("shift-jis.txt", JAPANESE.getBytes(Charset.forName("Shift_JIS")))
                .file("gb18030.txt", CHINESE.getBytes(Charset.forName("GB18030")))
                .file("cp1251.txt", RUSSIAN.getBytes(Charset.forName("windows-1251")))
                .file("koi8-r.txt", RUSSIAN.getBytes(Charset.forName("KOI8-R")))
                .run("--engine", "opennlp");
        Map<String, List<String>> expected = Map.of(
                "euc-kr.txt", List.of("EUC-KR", "kor", KOREAN),
                "shift-jis.txt", List.of("Shift_JIS", "jpn", JAPANESE),
                "gb18030.txt", List.of("GB18030", "zho", CHINESE),
                "cp1251.txt", List.of("windows-1251", "rus", RUSSIAN),
                "koi8-r.txt", List.of("KOI8-R", "rus", RUSSIAN));
        expected.forEach((path, want) -> {
            assertThat(batch.row(path))
                    .as(path)
                    .containsEntry("status", "done")
                    .containsEntry("encoding", want.get(0))
                    .containsEntry("language", want.get(1));
            assertThat(batch.actors(path)).as(path).containsExactly("CHN", "PRK", "RUS");
            assertThat(batch.text(path)).as(path).isEqualTo(want.get(2));
            batch.assertOffsetsExact(path);
        });
    }

    @Test
    void readsMixedScriptsFullWidthZeroWidthAndLongCjkRunsWithExactOffsets() throws IOException {
        Batch batch = batch().file(
                        "korean-english-quote.txt",
                        "북한과 러시아는 조약을 체결했다. 그는 \"China welcomed the treaty\"라고 말했다.\n".getBytes(StandardCharsets.UTF_8))
                .file("chinese-kana.txt", "朝鲜和俄罗斯签署了条约。中国外交部对此表示关切。美国の反应还不清楚。\n".getBytes(StandardCharsets.UTF_8))
                .file(
                        "latin-in-cyrillic.txt",
                        "Россия и Kim Jong Un подписали договор; Pyongyang и Китай его приветствовали.\n"
                                .getBytes(StandardCharsets.UTF_8))
                .file("full-width.txt", "北朝鮮\u200Dとロシア　（露）は、日米韓に反発した！　中国は？\n".getBytes(StandardCharsets.UTF_8))
                .file("long-cjk-run.txt", ("朝鲜".repeat(20_000) + "和俄罗斯\n").getBytes(StandardCharsets.UTF_8))
                .run("--engine", "opennlp");
        for (String path : List.of(
                "korean-english-quote.txt",
                "chinese-kana.txt",
                "latin-in-cyrillic.txt",
                "full-width.txt",
                "long-cjk-run.txt")) {
            assertThat(batch.row(path)).as(path).containsEntry("status", "done").containsEntry("error", "");
            batch.assertOffsetsExact(path);
        }
        assertThat(batch.row("korean-english-quote.txt")).containsEntry("language", "kor");
        // a Latin name inside a Korean paragraph counts (actors.LatinRuns, issue 16): "China" in the quote
        assertThat(batch.actors("korean-english-quote.txt")).containsExactly("CHN", "PRK", "RUS");
        assertThat(batch.row("chinese-kana.txt")).containsEntry("language", "zho");
        // one kana in more than twenty CJK characters stays Chinese (LanguageDetector); more is Japanese
        assertThat(batch.actors("chinese-kana.txt")).containsExactly("CHN", "PRK", "RUS", "USA");
        assertThat(batch.row("latin-in-cyrillic.txt")).containsEntry("language", "rus");
        assertThat(batch.actors("latin-in-cyrillic.txt"))
                .containsExactly("CHN", "KIM_JONG_UN", "RUS"); // Latin full name: LatinRuns
        assertThat(batch.row("full-width.txt")).containsEntry("language", "jpn");
        assertThat(batch.actors("full-width.txt")).containsExactly("CHN", "JPN", "KOR", "PRK", "RUS", "USA");
        assertThat(batch.row("long-cjk-run.txt"))
                .containsEntry("language", "zho")
                .containsEntry("mentions", "20001");
        assertThat(batch.actors("long-cjk-run.txt")).containsExactly("PRK", "RUS");
    }

    @Test
    void readsTextWithNulBytes() throws IOException {
        String text = "Russia\0 and North Korea signed\0\0 a treaty.\0\nChina welcomed the treaty.\0";
        Batch batch =
                batch().file("nul.txt", text.getBytes(StandardCharsets.UTF_8)).run();
        assertThat(batch.row("nul.txt")).containsEntry("status", "done");
        assertThat(batch.actors("nul.txt")).containsExactly("CHN", "PRK", "RUS");
        assertThat(Files.readString(batch.out.resolve("text/nul.txt.txt"))).doesNotContain("\0");
    }

    @Test
    void readsTextWithVeryLongLines() throws IOException {
        String line = (BODY + " ").repeat(600); // about 40,000 characters on one line
        Batch batch = batch().file("long-lines.txt", (line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8))
                .run();
        assertThat(batch.row("long-lines.txt")).containsEntry("status", "done").containsEntry("mentions", "3600");
    }

    @Test
    void extractsAFiveMegabyteSentenceWithoutPunctuationQuickly() throws Exception {
        String sentence = "Russia and China and Japan held talks ".repeat(140_000);
        assertThat(sentence.length()).isGreaterThan(5_000_000);
        Path file = Files.writeString(tmp.resolve("five-mb.txt"), sentence, StandardCharsets.UTF_8);
        Document doc = InputFormat.TXT
                .extractor(1)
                .extract(new Source("five-mb.txt", file, "five-mb.txt", "txt", "", Files.size(file)));
        assertThat(doc.text()).isEqualTo(sentence.strip());
        assertThat(doc.paragraphs())
                .extracting(Paragraph::begin, Paragraph::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, sentence.strip().length()));
    }

    @Test
    void failsAFiveMegabyteSentenceOverTheSizeLimitAndFinishesTheBatch() throws IOException {
        String sentence = "Russia and China and Japan held talks ".repeat(140_000);
        Batch batch = batch().file("five-mb.txt", sentence.getBytes(StandardCharsets.UTF_8))
                .run("--max-chars", "1000000");
        batch.assertFailedStartingWith(
                "five-mb.txt",
                "extract",
                "too large: 5,319,999 characters of text, over the " + "limit of 1,000,000 (--max-chars)");
    }

    // ---------------------------------------------------------------- file names and the input folder

    @Test
    void readsFilesWhoseNamesHaveSpacesAndNonAsciiCharacters() throws IOException {
        String name = "Seoul talks (draft) 서울 — Ünïcode.txt";
        Batch batch = batch().file(name, BODY.getBytes(StandardCharsets.UTF_8)).run();
        Map<String, String> row = batch.row(name);
        assertThat(row).containsEntry("status", "done").containsEntry("doc_id", "Seoul_talks__draft________n_code.txt");
        assertThat(batch.actors(name)).containsExactly("CHN", "PRK", "RUS");
        assertThat(batch.out.resolve("text").resolve(row.get("doc_id") + ".txt"))
                .isRegularFile();
    }

    @Test
    void skipsASymlinkLoopInTheInputFolderAndFinishesTheBatch() throws IOException {
        Batch batch = batch();
        Files.createDirectories(batch.in.resolve("sub"));
        Files.writeString(batch.in.resolve("sub/inner.txt"), BODY);
        Files.createSymbolicLink(batch.in.resolve("sub/loop"), batch.in);
        List<String> warnings = new ArrayList<>();
        assertThat(InputScanner.scan(List.of(batch.in), Set.of(), warnings::add))
                .extracting(InputScanner.Found::relativePath)
                .containsExactly(GOOD, "sub/inner.txt");
        assertThat(warnings)
                .containsExactly("warning: skipped " + batch.in.resolve("sub/loop") + ": symbolic link loop back to "
                        + batch.in.toRealPath() + " (a folder already being searched)");
        batch.run();
        assertThat(batch.result.exitCode()).as(batch.result.err()).isZero();
        assertThat(batch.paths()).containsExactly(GOOD, "sub/inner.txt");
    }

    @Test
    void skipsABrokenLinkToADocumentWithAWarning() throws IOException {
        Batch batch = batch();
        Files.createSymbolicLink(batch.in.resolve("moved.pdf"), tmp.resolve("nowhere.pdf"));
        List<String> warnings = new ArrayList<>();
        assertThat(InputScanner.scan(List.of(batch.in), Set.of(), warnings::add))
                .extracting(InputScanner.Found::relativePath)
                .containsExactly(GOOD);
        assertThat(warnings)
                .containsExactly("warning: skipped " + batch.in.resolve("moved.pdf")
                        + ": broken symbolic link (its target does not exist)");
        batch.run();
        assertThat(batch.result.exitCode()).as(batch.result.err()).isZero();
        assertThat(batch.paths()).containsExactly(GOOD);
    }

    @Test
    void warnsOfASymlinkLoopOnTheCommandsErrorStream() throws IOException {
        Batch batch = batch();
        Files.createSymbolicLink(batch.in.resolve("loop"), batch.in);
        batch.run();
        assertThat(batch.result.err())
                .contains("warning: skipped " + batch.in.resolve("loop") + ": symbolic link loop back to " + batch.in);
    }

    @Test
    void failsAnUnreadableFileWithPermissionDeniedAndFinishesTheBatch() throws IOException {
        Assumptions.assumeFalse(
                "root".equals(System.getProperty("user.name")),
                "tests run as root, who reads files "
                        + "whatever their permissions: run them as another user to check unreadable files");
        Batch batch = batch().file("secret.txt", BODY.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(batch.in.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
        try {
            batch.run().assertFailed("secret.txt", "read", "cannot read file: permission denied");
        } finally {
            Files.setPosixFilePermissions(batch.in.resolve("secret.txt"), PosixFilePermissions.fromString("rw-------"));
        }
    }

    // ---------------------------------------------------------------- dictionary and sidecar

    @Test
    void refusesADictionaryFileWithABrokenRowNamingFileAndLine() throws IOException {
        Path actors = Files.writeString(
                tmp.resolve("extra.tsv"),
                "id\tname\taliases\tabbreviations\twikidata\nORG_TEST\tTest Organisation\t\tTO\tQ1\nORG_BROKEN\tbroken\n");
        Batch batch = batch();
        Cli.Result result =
                Cli.run("analyze", batch.in.toString(), "--out", batch.out.toString(), "--actors", actors.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("entente: " + actors + ":3: 2 columns; expected 5 tab-separated columns (id, name, aliases, "
                        + "abbreviations, wikidata)" + System.lineSeparator());
        assertThat(batch.out.resolve("documents.csv")).doesNotExist();
    }

    @Test
    void readsEveryListedFileWhenTheSidecarNamesMissingFiles() throws IOException {
        Batch batch = batch().file(
                        "metadata.csv",
                        ("file,title,date\n" + GOOD + ",Good brief,2024-06-19\n"
                                        + "gone.pdf,A lost brief,2024-01-01\nsub/also-gone.txt,Another,2024-02-02\n")
                                .getBytes(StandardCharsets.UTF_8))
                .run();
        assertThat(batch.result.exitCode()).as(batch.result.err()).isZero();
        assertThat(batch.row(GOOD)).containsEntry("title", "Good brief").containsEntry("date", "2024-06-19");
        assertThat(batch.paths()).containsExactly(GOOD);
        List<String> warnings = new ArrayList<>();
        InputScanner.scan(List.of(batch.in), Set.of(), warnings::add);
        Path csv = batch.in.resolve("metadata.csv");
        assertThat(warnings)
                .containsExactly(
                        "warning: " + csv + ":3: file 'gone.pdf' does not exist; its metadata row is ignored",
                        "warning: " + csv + ":4: file 'sub/also-gone.txt' does not exist; its metadata row is ignored");
    }

    // ---------------------------------------------------------------- input never changed

    @Test
    void leavesEveryInputFileAndFolderAsItWasAfterABatchOfBadInputs() throws IOException {
        Batch batch = batch().file("empty.txt", new byte[0])
                .file("page.pdf", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))
                .file(
                        "metadata.csv",
                        ("file,title\ngone.pdf,Lost\n" + GOOD + ",Good\n").getBytes(StandardCharsets.UTF_8));
        PdfFixtures.imageOnly(batch.in.resolve("scanned.pdf"));
        goodPdf(batch.in.resolve("brief.pdf"));
        Map<String, String> before = snapshot(batch.in);
        batch.run();
        assertThat(snapshot(batch.in)).isEqualTo(before);
        assertThat(batch.paths()).containsExactly("brief.pdf", "empty.txt", GOOD, "page.pdf", "scanned.pdf");
    }

    @Test
    void refusesAnOutFolderInsideAnInputFolderBeforeWritingAnything() throws IOException {
        Batch batch = batch();
        Map<String, String> before = snapshot(batch.in);
        Path inside = batch.in.resolve("results");
        Cli.Result result = Cli.run("analyze", batch.in.toString(), "--out", inside.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("entente: --out " + inside + " is inside the input folder " + batch.in
                        + "; expected an output folder outside every input folder (Entente never writes into its inputs)"
                        + System.lineSeparator());
        assertThat(inside).doesNotExist();
        assertThat(snapshot(batch.in)).isEqualTo(before);
    }

    @Test
    void refusesAnOutFolderThatIsTheInputFolderItself() throws IOException {
        Batch batch = batch();
        Cli.Result result = Cli.run("analyze", batch.in.toString(), "--out", batch.in.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("entente: --out " + batch.in + " is inside the input folder " + batch.in + ";");
        assertThat(snapshot(batch.in)).containsOnlyKeys(GOOD);
    }

    /** Every file and folder under a folder, with its size, modification time and SHA-256 (files). */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(p -> !p.equals(dir)).toList()) {
                String value = Files.isDirectory(p)
                        ? "dir"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p) + " "
                                + HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(Files.readAllBytes(p)));
                entries.put(dir.relativize(p).toString(), value);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    // ---------------------------------------------------------------- the harness

    private Batch batch() throws IOException {
        return new Batch(tmp.resolve("in"), tmp.resolve("out"));
    }

    /** One input folder with the good document and the bad inputs of a case, and the run's results. */
    private static final class Batch {
        final Path in;
        final Path out;
        Cli.Result result;
        private List<Map<String, String>> documents;
        private List<Map<String, String>> mentions;

        Batch(Path in, Path out) throws IOException {
            this.in = Files.createDirectories(in);
            this.out = out;
            Files.writeString(in.resolve(GOOD), GOOD_TEXT, StandardCharsets.UTF_8);
        }

        Batch file(String name, byte[] bytes) throws IOException {
            Files.write(in.resolve(name), bytes);
            return this;
        }

        /** Runs analyze, then checks that the good document is done with its two mentions. */
        Batch run(String... options) {
            List<String> args = new ArrayList<>(List.of("analyze", in.toString(), "--out", out.toString()));
            args.addAll(List.of(options));
            result = Cli.run(args.toArray(String[]::new));
            assertThat(out.resolve("documents.csv")).as(result.err()).isRegularFile();
            documents = Tables.read(out.resolve("documents.csv"));
            mentions = Tables.read(out.resolve("mentions.csv"));
            assertThat(row(GOOD))
                    .containsEntry("status", "done")
                    .containsEntry("mentions", "2")
                    .containsEntry("error", "");
            assertThat(actors(GOOD)).containsExactly("JPN", "KOR");
            return this;
        }

        Map<String, String> row(String path) {
            return documents.stream()
                    .filter(r -> r.get("path").equals(path))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(path + " not in documents.csv: " + documents));
        }

        List<String> paths() {
            return documents.stream().map(r -> r.get("path")).toList();
        }

        /** Distinct actor ids mentioned in a document, sorted. */
        List<String> actors(String path) {
            String id = row(path).get("doc_id");
            return mentions.stream()
                    .filter(m -> m.get("doc_id").equals(id))
                    .map(m -> m.get("actor_id"))
                    .distinct()
                    .sorted()
                    .collect(Collectors.toList());
        }

        /** The extracted text of a document (out/text/), without its final line end. */
        String text(String path) {
            try {
                return Files.readString(out.resolve("text/" + row(path).get("doc_id") + ".txt"))
                        .stripTrailing();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        /** Every mention of a document is the text between its offsets in the extracted text. */
        void assertOffsetsExact(String path) {
            String id = row(path).get("doc_id");
            String text = text(path);
            List<Map<String, String>> rows =
                    mentions.stream().filter(m -> m.get("doc_id").equals(id)).toList();
            assertThat(rows)
                    .as(path)
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(
                                    text.substring(Integer.parseInt(m.get("begin")), Integer.parseInt(m.get("end"))))
                            .isEqualTo(m.get("text")));
        }

        void assertFailed(String path, String stage, String error) {
            assertThat(row(path))
                    .containsEntry("status", "failed")
                    .containsEntry("stage", stage)
                    .containsEntry("error", error);
            assertSomeFailed(path, stage, error);
        }

        void assertFailedStartingWith(String path, String stage, String prefix) {
            Map<String, String> row = row(path);
            assertThat(row).containsEntry("status", "failed").containsEntry("stage", stage);
            assertThat(row.get("error")).startsWith(prefix).doesNotContain("\n").hasSizeLessThan(400);
            assertSomeFailed(path, stage, row.get("error"));
        }

        private void assertSomeFailed(String path, String stage, String error) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("failed: " + path + " (" + stage + "): " + error + System.lineSeparator());
            assertThat(result.err()).doesNotContain("Exception", "\tat ");
        }
    }

    // ---------------------------------------------------------------- generated inputs

    /** A one-page PDF of {@link #BODY}. */
    private static Path goodPdf(Path file) throws IOException {
        return PdfFixtures.builder()
                .title("Treaty brief")
                .paragraph(BODY)
                .paragraph(BODY)
                .write(file)
                .path();
    }

    /** A PDF of tiny pages, each with one short distinct sentence. */
    private static void thousandsOfPages(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(new PDRectangle(300, 100));
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 8);
                    s.newLineAtOffset(10, 50);
                    s.showText("Note " + i + ": Russia and China held talks number " + i + " today.");
                    s.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unused")
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
