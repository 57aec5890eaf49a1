package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.report.FakeRun.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written page: one self-contained, deterministic file. */
class ReportTest {
    @TempDir
    Path dir;

    private Path run() {
        return new FakeRun(dir.resolve("out"))
                .table(
                        "documents.csv",
                        FakeRun.DOCUMENTS,
                        List.of(row("a.txt", "</script><script>alert(1)</script> & more", "2024", 2, "done", "", "")))
                .table(
                        "actors.csv",
                        FakeRun.ACTORS,
                        List.of(
                                row("JPN", "STATE", "Japan", "", "", 1, 1, 1),
                                row("KOR", "STATE", "South Korea", "", "", 1, 1, 1)))
                .table("dyads.csv", FakeRun.DYADS, List.of(row("sentence", "JPN", "KOR", 1, 1, "2024", "2024")))
                .text("a.txt", "Japan and Korea <met>.")
                .mention("a.txt", 0, "Japan", 0, "JPN", "STATE")
                .mention("a.txt", 0, "Korea", 0, "KOR", "STATE")
                .writeMentions()
                .dir();
    }

    @Test
    void writesOnePageWithTheLibrariesTheStylesAndTheDataInlined() throws IOException {
        Path html = Report.write(run(), ReportOptions.DEFAULTS);

        assertThat(html).isEqualTo(dir.resolve("out/report.html"));
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(page.contains("Copyright (c) 2016-2026, The Cytoscape Consortium"))
                .as("cytoscape inlined")
                .isTrue();
        assertThat(page.contains("https://github.com/leeoniya/uPlot (v1.6.32)"))
                .as("uPlot inlined")
                .isTrue();
        assertThat(page.contains("<script id=\"entente-data\" type=\"application/json\">{\"schema\":1,"))
                .as("data inlined")
                .isTrue();
        assertThat(Pattern.compile("(?i)<(script|img|iframe)[^>]+src=|<link[^>]+href=")
                        .matcher(page)
                        .find())
                .as("nothing loaded from elsewhere")
                .isFalse();
        assertThat(page.contains("{{TITLE}}") || page.contains("{{DATA}}") || page.contains("/*{{"))
                .as("every placeholder filled")
                .isFalse();
        assertThat(dir.resolve("out/report.html.tmp")).doesNotExist();
    }

    @Test
    void keepsTextFromTheTablesInsideTheDataElement() throws IOException {
        String page = Files.readString(Report.write(run(), ReportOptions.DEFAULTS));

        // three script elements and no more: a title or a sentence cannot close one early
        assertThat(Pattern.compile("</script>").matcher(page).results().count()).isEqualTo(3);
        assertThat(page)
                .contains(
                        "\\u003c/script>\\u003cscript>alert(1)\\u003c/script> & more", "Japan and Korea \\u003cmet>.");
    }

    @Test
    void writesAByteIdenticalPageForTheSameRun() throws IOException {
        Path out = run();
        byte[] first = Files.readAllBytes(Report.write(out, ReportOptions.DEFAULTS));
        byte[] second = Files.readAllBytes(Report.write(out, ReportOptions.DEFAULTS));
        assertThat(second).isEqualTo(first);
    }
}
