package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {
    private static final Path SHARED = Path.of(System.getProperty("entente.shared", "../shared"));

    @TempDir
    Path dir;

    @Test
    void decodesUtf8WithoutBom() throws Exception {
        Document doc = extract("Seoul and Tōkyō met in Genève.".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text()).isEqualTo("Seoul and Tōkyō met in Genève.");
        assertThat(doc.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf8WithBomAndDropsTheBom() throws Exception {
        Document doc = extract(concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Genève talks ended.".getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.text()).isEqualTo("Genève talks ended.");
        assertThat(doc.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf16LittleAndBigEndianByTheirBom() throws Exception {
        Document le = extract(concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "평화 talks in Genève.".getBytes(StandardCharsets.UTF_16LE)));
        Document be = extract(concat(
                new byte[] {(byte) 0xFE, (byte) 0xFF}, "평화 talks in Genève.".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(List.of(le.text(), le.encoding(), be.text(), be.encoding()))
                .containsExactly("평화 talks in Genève.", "UTF-16LE", "평화 talks in Genève.", "UTF-16BE");
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        byte[] bytes = {
            0x54,
            0x68,
            0x65,
            0x20,
            (byte) 0x93,
            0x43,
            0x61,
            0x66,
            (byte) 0xE9,
            (byte) 0x94,
            0x20,
            0x74,
            0x61,
            0x6C,
            0x6B,
            0x73,
            0x2E
        };
        Document doc = extract(bytes);
        assertThat(doc.text()).isEqualTo("The \u201cCaf\u00e9\u201d talks.");
        assertThat(doc.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void removesNulBytes() throws Exception {
        Document doc = extract("Nuclear\0 talks\0 resumed.".getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text()).isEqualTo("Nuclear talks resumed.");
    }

    @Test
    void failsOnEmptyOrWhitespaceOnlyFiles() {
        assertThatThrownBy(() -> extract(new byte[0]))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no text: the file is empty (0 bytes)");
        assertThatThrownBy(() -> extract(" \n\t\r\n\0 \u00a0\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no text: the file is empty or holds only whitespace");
    }

    @Test
    void splitsParagraphsAtBlankLinesAndTakesAStandaloneFirstLineAsTitle() throws Exception {
        Document doc = extract(("Talks in Geneva\n\nThe first round opened on Monday.\nIt ended on Friday.\n\n"
                        + "The second round is planned for May.\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(doc))
                .containsExactly(
                        "Talks in Geneva",
                        "The first round opened on Monday.",
                        "It ended on Friday.",
                        "The second round is planned for May.");
        assertThat(headings(doc)).containsExactly(true, false, false, false);
        assertThat(doc.metadata().title()).isEqualTo("Talks in Geneva");
    }

    @Test
    void joinsHardWrappedLinesWithinAParagraph() throws Exception {
        String text = """
                Negotiators from both sides met again on Tuesday to discuss the
                timetable for the withdrawal of forces from the border area, and
                agreed that a joint commission would oversee each of its stages.

                The commission will report to both governments every month, and
                its first report is due before the end of the year, officials in
                the capital said after the meeting, which lasted for six hours.
                Observers from the region were invited to the next round of the
                talks, which is expected to open in the spring of next year.
                """;
        Document doc = extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(doc))
                .containsExactly(
                        "Negotiators from both sides met again on Tuesday to discuss the timetable for the withdrawal of "
                                + "forces from the border area, and agreed that a joint commission would oversee each of its stages.",
                        "The commission will report to both governments every month, and its first report is due before the "
                                + "end of the year, officials in the capital said after the meeting, which lasted for six hours. "
                                + "Observers from the region were invited to the next round of the talks, which is expected to "
                                + "open in the spring of next year.");
    }

    @Test
    void findsParagraphsAndHeadingsFromLineStructureWhenThereAreNoBlankLines() throws Exception {
        String text = """
                Background
                The treaty was signed in 1953 and has been renewed twice.
                Both parties reaffirmed it in 2023, after a long debate in
                parliament about its cost.
                Outlook for the Alliance
                Analysts expect further talks.
                """;
        Document doc = extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(doc))
                .containsExactly(
                        "Background",
                        "The treaty was signed in 1953 and has been renewed twice.",
                        "Both parties reaffirmed it in 2023, after a long debate in parliament about its cost.",
                        "Outlook for the Alliance",
                        "Analysts expect further talks.");
        assertThat(headings(doc)).containsExactly(true, false, false, true, false);
    }

    @Test
    void dropsPageFurnitureLinesByTheirShapeButKeepsNumberedHeadings() throws Exception {
        String text = """
                Share Facebook LinkedIn Email
                Print this page
                * Required field
                * Your name
                1. Overview
                2. Regional Responses to the Crisis
                The ministers agreed to meet again in Jakarta, according to a statement issued on Sunday.
                #ASEAN #Myanmar #Diplomacy
                briefing-note-2024.docx
                Why the Jakarta Meeting Failed to Deliver on Its Pro...
                Five Questions About the New Sanctions Regi...
                """;
        Document doc = extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(doc))
                .containsExactly(
                        "1. Overview",
                        "2. Regional Responses to the Crisis",
                        "The ministers agreed to meet again in Jakarta, according to a statement issued on Sunday.");
        assertThat(headings(doc)).containsExactly(true, true, false);
    }

    @Test
    void failsWhenEveryLineIsBoilerplate() {
        assertThatThrownBy(() -> extract(
                        "facebook twitter email\n* Required field\nreport.pdf\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no text: every line looked like page boilerplate");
    }

    @Test
    void takesTitleDateAndUrlFromAHeaderOfThreeLines() throws Exception {
        Document doc = extract(("Readout of the Trilateral Meeting\n2024-02-03\nhttps://example.gov/readout\n\n"
                        + "The leaders met today.\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(doc.metadata())
                .isEqualTo(new Metadata(
                        "Readout of the Trilateral Meeting",
                        "",
                        "2024-02-03",
                        "",
                        "https://example.gov/readout",
                        Map.of()));
        assertThat(paragraphs(doc)).containsExactly("Readout of the Trilateral Meeting", "The leaders met today.");
    }

    @Test
    void readsTheWhiteHouseFileHeaderAndJoinsItsWrappedLines() throws Exception {
        Path file = SHARED.resolve("eval/corpus/whitehouse/2021-01-22-press-briefing-by-press-secretary-jen-psaki-"
                + "and-national-economic-director-brian-deese.txt");
        assumeTrue(
                Files.exists(file),
                "shared White House corpus not found at " + file.toAbsolutePath()
                        + " (run with -Dentente.shared=/path/to/shared)");
        Document doc = new TextExtractor().extract(source(file));
        assertThat(doc.metadata())
                .isEqualTo(new Metadata(
                        "Press Briefing by Press Secretary Jen Psaki and National Economic Director Brian Deese",
                        "",
                        "2021-01-22",
                        "",
                        "https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/01/22/"
                                + "press-briefing-by-press-secretary-jen-psaki-and-national-economic-director-brian-deese/",
                        Map.of()));
        assertThat(paragraphs(doc).subList(0, 5))
                .containsExactly(
                        "Press Briefing by Press Secretary Jen Psaki and National Economic Director Brian Deese",
                        "James S. Brady Press Briefing Room",
                        "1:03 P.M. EST",
                        "MS. PSAKI: Good afternoon, everyone. Happy Friday. Today, we are joined by National Economic Council "
                                + "Director Brian Deese, who will highlight some key aspects of the executive orders the President "
                                + "is issuing today related to the economy and underline their impact on American families and "
                                + "workers.",
                        "Brian is kind enough to take a few questions; I didn’t have to twist his arm too much. But he does "
                                + "have to go to a briefing with the President, so I’ll be the bad cop and come up when he has "
                                + "to cut it off.");
        assertThat(headings(doc).subList(0, 5)).containsExactly(true, true, false, false, false);
    }

    @Test
    void keepsTitleContentsAndBodyOfTheSeedPageAndDropsItsFurniture() throws Exception {
        Path file = SHARED.resolve("seed/ifans-perspectives-2024-01E.txt");
        assumeTrue(
                Files.exists(file),
                "shared seed page not found at " + file.toAbsolutePath()
                        + " (run with -Dentente.shared=/path/to/shared)");
        Document doc = new TextExtractor().extract(source(file));
        List<String> kept = paragraphs(doc);
        List<String> lines = Files.readAllLines(file).stream()
                .map(TextAssembler::normalise)
                .filter(l -> !l.isEmpty())
                .toList();
        assertThat(kept)
                .containsExactly(
                        lines.get(1),
                        lines.get(9),
                        lines.get(10),
                        lines.get(11),
                        lines.get(12),
                        lines.get(13),
                        lines.get(14));
        assertThat(kept.get(0))
                .startsWith("IFANS PERSPECTIVES China's Response")
                .endsWith("Upload Date 2024-01-03 Hits 1581");
        assertThat(kept.get(1)).isEqualTo("1. Introduction");
        assertThat(kept.get(5)).startsWith("On September 13, 2023, the North Korea-Russia summit");
        assertThat(kept.get(6)).startsWith("Against this backdrop, this article aims");
        assertThat(headings(doc)).containsExactly(true, true, true, true, true, false, false);
        assertThat(lines.stream().filter(l -> !kept.contains(l)).toList())
                .containsExactly(
                        "본문 바로가기",
                        "facebook twitter kakaotalk",
                        "Send Email",
                        "* All fields are required.",
                        "* Recipient email",
                        "* Content address",
                        "* Title",
                        "* Message",
                        "* Attached File #China #NorthKorea #Russia #ChinaNKRelations #NKRussiaSummit",
                        "IFANS PERSPECTIVES 2024-01E(김한권).pdf",
                        "Promoting Human Rights in the DPRK: Recent Developments at t...",
                        "Turning Point in Korea-Japan Relations and Challenges in Kor...");
        assertThat(doc.metadata().date()).isEqualTo("2024-01-03");
    }

    private Document extract(byte[] bytes) throws IOException, ExtractionException {
        Path file = Files.createTempFile(dir, "doc", ".txt");
        Files.write(file, bytes);
        return new TextExtractor().extract(source(file));
    }

    private static Source source(Path file) throws IOException {
        return new Source("test", file, file.getFileName().toString(), "txt", "", Files.size(file));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static List<String> paragraphs(Document doc) {
        return IntStream.range(0, doc.paragraphs().size())
                .mapToObj(doc::paragraphText)
                .toList();
    }

    private static List<Boolean> headings(Document doc) {
        return doc.paragraphs().stream().map(p -> p.heading()).toList();
    }
}
