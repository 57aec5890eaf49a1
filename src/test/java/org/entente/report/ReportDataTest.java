package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.report.FakeRun.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's embedded data, built from small made-up runs. */
class ReportDataTest {
    @TempDir
    Path dir;

    /** Two documents done and one failed; five sentence dyads, one triad; no run.json, no evidence.csv. */
    private FakeRun smallRun() {
        FakeRun run = new FakeRun(dir.resolve("out"))
                .table(
                        "documents.csv",
                        FakeRun.DOCUMENTS,
                        List.of(
                                row("a.txt", "Alpha", "2023-05-01", 6, "done", "", ""),
                                row("b.txt", "Beta", "2023-07-10", 3, "done", "", ""),
                                row("c.pdf", "", "", 0, "failed", "extract", "not a readable PDF")))
                .table(
                        "actors.csv",
                        FakeRun.ACTORS,
                        List.of(
                                row("CHN", "STATE", "China", "", "", 2, 2, 1),
                                row("JPN", "STATE", "Japan", "", "", 4, 3, 2),
                                row("KIM_JONG_UN", "LEADER", "Kim Jong Un", "PRK", "", 1, 1, 1),
                                row("KOR", "STATE", "South Korea", "", "", 2, 2, 2),
                                row("RUS", "STATE", "Russia", "", "", 1, 1, 1),
                                row("USA", "STATE", "United States", "", "", 1, 1, 1)))
                .table(
                        "dyads.csv",
                        FakeRun.DYADS,
                        List.of(
                                row("sentence", "CHN", "JPN", 1, 1, "2023-05-01", "2023-05-01"),
                                row("sentence", "CHN", "RUS", 1, 1, "2023-05-01", "2023-05-01"),
                                row("sentence", "JPN", "KOR", 1, 1, "2023-05-01", "2023-05-01"),
                                row("sentence", "JPN", "RUS", 1, 1, "2023-05-01", "2023-05-01"),
                                row("sentence", "JPN", "USA", 1, 1, "2023-07-10", "2023-07-10")))
                .table(
                        "triads.csv",
                        FakeRun.TRIADS,
                        List.of(row("sentence", "CHN", "JPN", "RUS", 1, 1, "2023-05-01", "2023-05-01")))
                .table(
                        "doc_dyads.csv",
                        FakeRun.DOC_DYADS,
                        List.of(
                                row("a.txt", "sentence", "CHN", "JPN", 1),
                                row("a.txt", "sentence", "CHN", "RUS", 1),
                                row("a.txt", "sentence", "JPN", "KOR", 1),
                                row("a.txt", "sentence", "JPN", "RUS", 1),
                                row("b.txt", "sentence", "JPN", "USA", 1)))
                .text("a.txt", "Japan met Korea in Tokyo. China was not there.\nRussia and China spoke of Japan.")
                .text("b.txt", "The U.S. and Japan agree. Mr. Kim of Korea said so.");
        return run.mention("a.txt", 0, "Japan", 0, "JPN", "STATE")
                .mention("a.txt", 0, "Korea", 0, "KOR", "STATE")
                .mention("a.txt", 0, "Tokyo", 0, "JPN", "STATE")
                .mention("a.txt", 1, "China", 0, "CHN", "STATE")
                .mention("a.txt", 2, "Russia", 0, "RUS", "STATE")
                .mention("a.txt", 2, "China", 1, "CHN", "STATE")
                .mention("a.txt", 2, "Japan", 1, "JPN", "STATE")
                .mention("b.txt", 0, "U.S.", 0, "USA", "STATE")
                .mention("b.txt", 0, "Japan", 0, "JPN", "STATE")
                .mention("b.txt", 1, "Kim", 0, "KIM_JONG_UN", "LEADER")
                .mention("b.txt", 1, "Korea", 0, "KOR", "STATE")
                .writeMentions();
    }

    private static List<String> strings(JsonArray array) {
        List<String> result = new ArrayList<>();
        for (JsonValue v : array) {
            result.add(v instanceof JsonString s ? s.getString() : v.toString());
        }
        return result;
    }

    /** Dyad rows as "A|B units documents evidence". */
    private static List<String> dyads(JsonObject data) {
        List<String> result = new ArrayList<>();
        for (JsonValue v : data.getJsonArray("dyads")) {
            JsonArray r = v.asJsonArray();
            result.add(String.join("|", strings(r.getJsonArray(0))) + " " + r.getInt(1) + " " + r.getInt(2) + " "
                    + r.getInt(6));
        }
        return result;
    }

    /** The evidence units of a dyad as "doc: text [marks]". */
    private static List<String> evidence(JsonObject data, String dyad) {
        JsonObject evidence = data.getJsonObject("evidence");
        List<String> result = new ArrayList<>();
        JsonArray indexes = evidence.getJsonObject("byDyad").getJsonArray(dyad);
        if (indexes == null) {
            return result;
        }
        for (JsonValue i : indexes) {
            JsonArray u = evidence.getJsonArray("units").getJsonArray(Integer.parseInt(i.toString()));
            List<String> marks = new ArrayList<>();
            for (JsonValue m : u.getJsonArray(4)) {
                JsonArray mark = m.asJsonArray();
                marks.add(u.getString(3).substring(mark.getInt(0), mark.getInt(1)) + "=" + mark.getString(2));
            }
            result.add(u.getString(0) + ": " + u.getString(3) + " " + marks);
        }
        return result;
    }

    @Test
    void ranksDyadsMostFrequentFirstSoThatThePageDrawsTheTopEdges() throws IOException {
        FakeRun run = smallRun();
        run.table(
                "dyads.csv",
                FakeRun.DYADS,
                List.of(
                        row("document", "CHN", "JPN", 9, 9, "", ""),
                        row("sentence", "CHN", "JPN", 2, 1, "", ""),
                        row("sentence", "CHN", "RUS", 5, 1, "", ""),
                        row("sentence", "JPN", "KOR", 2, 2, "", ""),
                        row("sentence", "JPN", "RUS", 2, 1, "", ""),
                        row("sentence", "JPN", "USA", 7, 2, "", "")));

        JsonObject data = ReportData.build(run.dir(), new ReportOptions(null, 3, 50, 2, 200, 1000));

        // units, then documents, then ids; the page draws the first network.top of them, nodes are their ends
        assertThat(dyads(data))
                .extracting(s -> s.substring(0, s.lastIndexOf(' ')))
                .containsExactly("JPN|USA 7 2", "CHN|RUS 5 1", "JPN|KOR 2 2", "CHN|JPN 2 1", "JPN|RUS 2 1");
        assertThat(data.getJsonObject("network").getInt("top")).isEqualTo(3);
        assertThat(data.getJsonObject("counts").getInt("dyads")).isEqualTo(5);
        assertThat(data.getJsonObject("run").getString("scope")).isEqualTo("sentence");
        assertThat(strings(data.getJsonObject("run").getJsonArray("scopes"))).containsExactly("document", "sentence");
        // evidence only for the two most frequent dyads
        assertThat(data.getJsonObject("evidence").getJsonObject("byDyad").keySet())
                .containsExactly("CHN|RUS", "JPN|USA");
        assertThat(data.getJsonObject("evidence").getInt("dyads")).isEqualTo(2);
        assertThat(data.getJsonObject("evidence").getInt("of")).isEqualTo(5);
    }

    @Test
    void derivesEvidenceSentencesFromMentionsAndTheTextWithEveryMentionMarked() {
        JsonObject data = ReportData.build(smallRun().dir(), ReportOptions.DEFAULTS);

        assertThat(evidence(data, "JPN|KOR"))
                .containsExactly("a.txt: Japan met Korea in Tokyo. [Japan=JPN, Korea=KOR, Tokyo=JPN]");
        assertThat(evidence(data, "JPN|USA")).containsExactly("b.txt: The U.S. and Japan agree. [U.S.=USA, Japan=JPN]");
        assertThat(evidence(data, "CHN|RUS"))
                .containsExactly("a.txt: Russia and China spoke of Japan. [Russia=RUS, China=CHN, Japan=JPN]");
        assertThat(evidence(data, "CHN|JPN")).isEqualTo(evidence(data, "CHN|RUS"));
        // one unit per sentence, shared by its dyads; Korea with Kim (a leader, not counted) is no unit
        assertThat(data.getJsonObject("evidence").getJsonArray("units")).hasSize(3);
        assertThat(data.getJsonObject("evidence").getString("source")).isEqualTo("mentions.csv");
        assertThat(dyads(data)).contains("JPN|KOR 1 1 1", "JPN|USA 1 1 1");
        JsonArray unit = data.getJsonObject("evidence").getJsonArray("units").getJsonArray(0);
        assertThat(unit.getInt(1)).isZero();
        assertThat(unit.getInt(2)).isEqualTo("Japan met Korea in Tokyo.".length());
    }

    @Test
    void capsTheEvidenceOfADyadAtTheFirstUnitsInDocumentOrder() {
        FakeRun run = smallRun();
        run.text("a.txt", "Japan and Korea. Korea and Japan again. Japan, Korea, once more.")
                .table("mentions.csv", FakeRun.MENTIONS, List.of());
        FakeRun fresh = new FakeRun(run.dir())
                .text("a.txt", "Japan and Korea. Korea and Japan again. Japan, Korea, once more.");
        fresh.mention("a.txt", 0, "Japan", 0, "JPN", "STATE")
                .mention("a.txt", 0, "Korea", 0, "KOR", "STATE")
                .mention("a.txt", 1, "Korea", 1, "KOR", "STATE")
                .mention("a.txt", 1, "Japan", 1, "JPN", "STATE")
                .mention("a.txt", 2, "Japan", 2, "JPN", "STATE")
                .mention("a.txt", 2, "Korea", 2, "KOR", "STATE")
                .writeMentions();

        JsonObject data = ReportData.build(run.dir(), new ReportOptions(null, 100, 2, 500, 200, 1000));

        assertThat(evidence(data, "JPN|KOR"))
                .containsExactly(
                        "a.txt: Japan and Korea. [Japan=JPN, Korea=KOR]",
                        "a.txt: Korea and Japan again. [Korea=KOR, Japan=JPN]");
        assertThat(data.getJsonObject("evidence").getInt("cap")).isEqualTo(2);
    }

    @Test
    void switchesToEvidenceCsvWhenTheRunHasItAndSplitsUnitsByCueClass() {
        FakeRun run = smallRun();
        String s0 = "Japan met Korea in Tokyo.";
        String s2 = "Russia and China spoke of Japan.";
        run.table(
                "evidence.csv",
                FakeRun.EVIDENCE,
                List.of(
                        row("a.txt", "sentence", 0, 0, s0.length(), "JPN;KOR", "verbal_cooperation", s0),
                        row(
                                "a.txt",
                                "sentence",
                                2,
                                47,
                                47 + s2.length(),
                                "CHN;JPN;RUS",
                                "verbal_conflict;material_conflict",
                                s2),
                        row("b.txt", "sentence", 0, 0, 25, "JPN;USA", "", "The U.S. and Japan agree."),
                        row("a.txt", "paragraph", 0, 0, 46, "JPN;KOR", "neutral", "ignored: another scope")));

        JsonObject data = ReportData.build(run.dir(), ReportOptions.DEFAULTS);

        assertThat(data.getJsonObject("evidence").getString("source")).isEqualTo("evidence.csv");
        assertThat(data.getJsonObject("cues").getString("source")).isEqualTo("evidence.csv");
        assertThat(evidence(data, "JPN|KOR"))
                .containsExactly("a.txt: Japan met Korea in Tokyo. [Japan=JPN, Korea=KOR, Tokyo=JPN]");
        assertThat(evidence(data, "CHN|RUS"))
                .containsExactly("a.txt: Russia and China spoke of Japan. [Russia=RUS, China=CHN, Japan=JPN]");
        assertThat(evidence(data, "JPN|USA")).containsExactly("b.txt: The U.S. and Japan agree. [U.S.=USA, Japan=JPN]");
        // units per cue class: verbal_cooperation, material_cooperation, verbal_conflict, material_conflict,
        // neutral, no_cue
        assertThat(cues(data.getJsonArray("dyads"), "JPN|KOR", 5)).isEqualTo("[1,0,0,0,0,0]");
        assertThat(cues(data.getJsonArray("dyads"), "CHN|RUS", 5)).isEqualTo("[0,0,1,1,0,0]");
        assertThat(cues(data.getJsonArray("dyads"), "JPN|USA", 5)).isEqualTo("[0,0,0,0,0,1]");
        assertThat(cues(data.getJsonArray("triads"), "CHN|JPN|RUS", 5)).isEqualTo("[0,0,1,1,0,0]");
        assertThat(cues(data.getJsonArray("actors"), "JPN", 6)).isEqualTo("[1,0,1,1,0,1]");
        assertThat(strings(data.getJsonArray("notes"))).noneMatch(n -> n.startsWith("evidence.csv is absent"));
    }

    @Test
    void highlightsNoMentionWhereAnEvidenceTextDoesNotMatchTheOffsets() {
        FakeRun run = smallRun();
        run.table(
                "evidence.csv",
                FakeRun.EVIDENCE,
                List.of(row("a.txt", "sentence", 0, 0, 25, "JPN;KOR", "", "Japan  met Korea in Tokyo.")));

        assertThat(evidence(ReportData.build(run.dir(), ReportOptions.DEFAULTS), "JPN|KOR"))
                .containsExactly("a.txt: Japan  met Korea in Tokyo. [Japan=JPN]");
    }

    private static String cues(JsonArray rows, String key, int column) {
        for (JsonValue v : rows) {
            JsonArray r = v.asJsonArray();
            String id = r.get(0) instanceof JsonArray ids ? String.join("|", strings(ids)) : r.getString(0);
            if (id.equals(key)) {
                return r.get(column).toString();
            }
        }
        throw new AssertionError(key + " not found");
    }

    @Test
    void readsTheCueClassColumnsOfDyadsAndTriadsBeforeEvidenceCsv() {
        FakeRun run = smallRun();
        String cueColumns = ",units_verbal_cooperation,units_material_cooperation,units_verbal_conflict,"
                + "units_material_conflict,units_neutral,units_no_cue";
        run.table(
                "dyads.csv",
                FakeRun.DYADS + cueColumns,
                List.of(row("sentence", "JPN", "KOR", 3, 1, "", "", 2, 0, 0, 1, 0, 1)));
        run.table(
                "triads.csv",
                FakeRun.TRIADS + cueColumns,
                List.of(row("sentence", "CHN", "JPN", "RUS", 1, 1, "", "", 0, 0, 1, 0, 0, 0)));
        run.table(
                "evidence.csv",
                FakeRun.EVIDENCE,
                List.of(row("a.txt", "sentence", 0, 0, 25, "JPN;KOR", "neutral", "Japan met Korea in Tokyo.")));

        JsonObject data = ReportData.build(run.dir(), ReportOptions.DEFAULTS);

        assertThat(data.getJsonObject("cues").getString("source")).isEqualTo("dyads.csv");
        assertThat(cues(data.getJsonArray("dyads"), "JPN|KOR", 5)).isEqualTo("[2,0,0,1,0,1]");
        assertThat(cues(data.getJsonArray("triads"), "CHN|JPN|RUS", 5)).isEqualTo("[0,0,1,0,0,0]");
        assertThat(cues(data.getJsonArray("actors"), "KOR", 6)).isEqualTo("[0,0,0,0,1,0]");
    }

    @Test
    void saysWhichTablesAreMissingAndWhatTheReportLeavesOut() {
        JsonObject data = ReportData.build(smallRun().dir(), ReportOptions.DEFAULTS);

        assertThat(data.getJsonArray("inputs"))
                .extracting(v ->
                        v.asJsonArray().getString(0) + "=" + v.asJsonArray().getBoolean(1))
                .containsExactly(
                        "run.json=false",
                        "documents.csv=true",
                        "actors.csv=true",
                        "dyads.csv=true",
                        "triads.csv=true",
                        "doc_dyads.csv=true",
                        "mentions.csv=true",
                        "evidence.csv=false",
                        "timeseries.csv=false",
                        "directed_dyads.csv=false",
                        "events.csv=false");
        assertThat(strings(data.getJsonArray("notes")))
                .anyMatch(n -> n.startsWith("evidence.csv is absent"))
                .anyMatch(n -> n.startsWith("run.json is absent"));
        assertThat(data.getJsonObject("run").get("manifest")).isEqualTo(JsonValue.NULL);
        assertThat(data.getJsonObject("cues").get("source")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void embedsRunJsonAsItIsAndNotesOneThatCannotBeRead() throws IOException {
        FakeRun run = smallRun();
        Files.writeString(
                run.dir().resolve("run.json"),
                "{\"tool_version\":\"0.1.0\",\"engine\":\"corenlp\",\"options\":{\"scopes\":[\"sentence\"]}}");

        JsonObject manifest = ReportData.build(run.dir(), ReportOptions.DEFAULTS)
                .getJsonObject("run")
                .getJsonObject("manifest");
        assertThat(manifest.getString("engine")).isEqualTo("corenlp");
        assertThat(manifest.getJsonObject("options").getJsonArray("scopes")).hasSize(1);

        Files.writeString(run.dir().resolve("run.json"), "{\"engine\": ");
        JsonObject broken = ReportData.build(run.dir(), ReportOptions.DEFAULTS);
        assertThat(broken.getJsonObject("run").get("manifest")).isEqualTo(JsonValue.NULL);
        assertThat(strings(broken.getJsonArray("notes"))).anyMatch(n -> n.startsWith("run.json could not be read"));
    }

    @Test
    void summarisesDocumentsWithFailuresAndEachDocumentsTopDyad() {
        JsonObject data = ReportData.build(smallRun().dir(), ReportOptions.DEFAULTS);

        JsonObject summary = data.getJsonObject("run");
        assertThat(summary.getInt("documents")).isEqualTo(3);
        assertThat(summary.getInt("done")).isEqualTo(2);
        assertThat(summary.getInt("failed")).isEqualTo(1);
        assertThat(summary.getInt("mentions")).isEqualTo(9);
        assertThat(summary.getString("firstDate")).isEqualTo("2023-05-01");
        assertThat(summary.getString("lastDate")).isEqualTo("2023-07-10");
        assertThat(strings(summary.getJsonArray("countedTypes"))).containsExactly("STATE");
        assertThat(summary.getJsonArray("failures").toString())
                .isEqualTo("[[\"c.pdf\",\"extract\",\"not a readable PDF\"]]");
        // doc_id, title, date, mentions, dyads, top dyad, its units, status, error, has text
        assertThat(data.getJsonArray("documents").toString())
                .isEqualTo("["
                        + "[\"a.txt\",\"Alpha\",\"2023-05-01\",6,4,[\"CHN\",\"JPN\"],1,\"done\",\"\",true,\"\"],"
                        + "[\"b.txt\",\"Beta\",\"2023-07-10\",3,1,[\"JPN\",\"USA\"],1,\"done\",\"\",true,\"\"],"
                        + "[\"c.pdf\",\"\",\"\",0,0,[],0,\"failed\",\"extract: not a readable PDF\",false,\"\"]]");
    }

    @Test
    void countsEachDyadsUnitsPerMonthOfTheDocumentsDates() {
        JsonObject series =
                ReportData.build(smallRun().dir(), ReportOptions.DEFAULTS).getJsonObject("series");

        assertThat(series.getString("granularity")).isEqualTo("month");
        assertThat(strings(series.getJsonArray("periods"))).containsExactly("2023-05", "2023-06", "2023-07");
        assertThat(series.getJsonArray("documents").toString()).isEqualTo("[1,0,1]");
        assertThat(series.getJsonObject("values").getJsonArray("JPN|USA").toString())
                .isEqualTo("[[2,1]]");
        assertThat(series.getJsonObject("values").getJsonArray("JPN|KOR").toString())
                .isEqualTo("[[0,1]]");
        assertThat(series.getInt("undated")).isZero();
    }

    @Test
    void capsTheTriadsAndSaysSo() {
        FakeRun run = smallRun();
        run.table(
                "triads.csv",
                FakeRun.TRIADS,
                List.of(
                        row("sentence", "CHN", "JPN", "RUS", 1, 1, "", ""),
                        row("sentence", "CHN", "JPN", "USA", 4, 1, "", ""),
                        row("sentence", "JPN", "KOR", "USA", 2, 1, "", "")));

        JsonObject data = ReportData.build(run.dir(), new ReportOptions(null, 100, 50, 500, 200, 2));

        assertThat(data.getJsonArray("triads"))
                .extracting(v -> strings(v.asJsonArray().getJsonArray(0)).toString())
                .containsExactly("[CHN, JPN, USA]", "[JPN, KOR, USA]");
        assertThat(data.getJsonObject("counts").getInt("triads")).isEqualTo(3);
        assertThat(strings(data.getJsonArray("notes"))).contains("Triads: the 2 most frequent of 3 are shown.");
    }

    @Test
    void rejectsAFolderThatIsNoRunAndAScopeTheRunDidNotCount() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> ReportData.build(missing, ReportOptions.DEFAULTS))
                .isInstanceOf(ReportException.class)
                .hasMessage("--run " + missing + ": no such folder; expected the output folder of entente analyze");
        assertThatThrownBy(() -> ReportData.build(dir, ReportOptions.DEFAULTS))
                .isInstanceOf(ReportException.class)
                .hasMessage("--run " + dir + ": no documents.csv there; expected the output folder of entente analyze");
        Path out = smallRun().dir();
        assertThatThrownBy(() -> ReportData.build(out, new ReportOptions("paragraph", 1, 1, 1, 1, 1)))
                .hasMessage("--report-scope paragraph: the run in " + out + " counted sentence; expected it");
        assertThatThrownBy(() -> new ReportOptions(null, 0, 1, 1, 1, 1))
                .hasMessage("--top-edges 0: expected a whole number of at least 1");
    }

    @Test
    void showsAWindowScopeWhenTheRunCountedNoOther() {
        FakeRun run = smallRun();
        run.table("dyads.csv", FakeRun.DYADS, List.of(row("window:50", "JPN", "KOR", 2, 1, "", "")));

        JsonObject data = ReportData.build(run.dir(), ReportOptions.DEFAULTS);

        assertThat(data.getJsonObject("run").getString("scope")).isEqualTo("window:50");
        assertThat(dyads(data))
                .extracting(s -> s.substring(0, s.lastIndexOf(' ')))
                .containsExactly("JPN|KOR 2 1");
    }

    @Test
    void givesTheSameDataForTheSameRun() {
        Path out = smallRun().dir();
        assertThat(Report.json(ReportData.build(out, ReportOptions.DEFAULTS)))
                .isEqualTo(Report.json(ReportData.build(out, ReportOptions.DEFAULTS)));
    }

    @Test
    void embedsTheDirectedDyadsMostEventsFirstAndTheCountedEventsOfTheTopPairsAsEvidence() throws IOException {
        FakeRun run = smallRun()
                .table(
                        "directed_dyads.csv",
                        "source,target,event_type,quad_class,events,sentences,documents,first_date,last_date",
                        List.of(
                                row("JPN", "KOR", "CONSULT", "verbal_cooperation", 1, 1, 1, "2023-05-01", "2023-05-01"),
                                row("RUS", "JPN", "THREATEN", "verbal_conflict", 3, 2, 1, "2023-05-01", "2023-05-01"),
                                row("USA", "JPN", "AGREE", "verbal_cooperation", 1, 1, 1, "2023-07-10", "2023-07-10")))
                .table(
                        "events.csv",
                        "doc_id,sentence,source_id,source_state,target_id,target_state,event_type,mode,trigger,text",
                        List.of(
                                row(
                                        "a.txt",
                                        0,
                                        "JPN",
                                        "JPN",
                                        "KOR",
                                        "KOR",
                                        "CONSULT",
                                        "asserted",
                                        "met",
                                        "Japan met Korea."),
                                row("a.txt", 2, "RUS", "RUS", "JPN", "JPN", "THREATEN", "asserted", "warned", "R1"),
                                row("a.txt", 3, "RUS", "RUS", "JPN", "JPN", "THREATEN", "negated", "warned", "R2"),
                                row("a.txt", 4, "RUS", "RUS", "JPN", "JPN", "THREATEN", "reported", "warned", "R3"),
                                row("b.txt", 0, "USA", "USA", "JPN", "JPN", "AGREE", "asserted", "agree", "U1")));

        JsonObject directed = ReportData.build(run.dir(), new ReportOptions(null, 100, 50, 2, 200, 1000))
                .getJsonObject("directed");

        List<String> rows = new ArrayList<>();
        directed.getJsonArray("dyads").forEach(v -> rows.add(String.join(" ", strings(v.asJsonArray()))));
        assertThat(rows)
                .containsExactly(
                        "RUS JPN THREATEN verbal_conflict 3 1",
                        "JPN KOR CONSULT verbal_cooperation 1 1",
                        "USA JPN AGREE verbal_cooperation 1 1");
        List<String> evidence = new ArrayList<>();
        directed.getJsonObject("evidence")
                .forEach((pair, list) -> list.asJsonArray()
                        .forEach(e -> evidence.add(pair + " " + e.asJsonArray().getString(7))));
        // the two pairs with most events (evidenceDyads 2), negated events left out as the directed dyads leave them
        assertThat(evidence).containsExactly("JPN|KOR Japan met Korea.", "RUS|JPN R1", "RUS|JPN R3");
        assertThat(directed.getInt("pairs")).isEqualTo(3);
    }

    @Test
    void saysARunWithoutDirectedDyadsHasNoDirectedView() throws IOException {
        JsonObject directed =
                ReportData.build(smallRun().dir(), ReportOptions.DEFAULTS).getJsonObject("directed");

        assertThat(directed.getBoolean("present")).isFalse();
        assertThat(directed.getJsonArray("dyads")).isEmpty();
    }
}
