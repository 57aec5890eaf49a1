package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.export.Network;
import org.entente.export.Tables;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Events end to end through {@code entente analyze} (the fast engine): sentences of the conventions' worked
 * examples in two dated documents give the rows of events.csv, the directed dyads, their per-document and
 * per-period forms and the directed network; {@code --no-events} writes the same tables with their header only.
 */
class EventsAnalyzeTest {
    @TempDir
    static Path dir;

    static Path in;
    static Path out;
    static Cli.Result run;

    @BeforeAll
    static void analyzeTwoDatedDocuments() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(
                in.resolve("a.txt"),
                "North Korea sent troops to Russia.\n\nThe weather in Japan was mild.\n\n"
                        + "Russia has not imposed sanctions on Japan.\n");
        Files.writeString(in.resolve("b.txt"), "In June, North Korea sent troops to Russia.\n");
        Files.writeString(
                in.resolve("metadata.csv"),
                "file,title,authors,date,series,url,language\n"
                        + "a.txt,A,,2024-06-19,,,\n"
                        + "b.txt,B,,2024-11-02,,,\n");
        out = dir.resolve("out");
        run = Cli.run("analyze", in.toString(), "--out", out.toString(), "-q", "--engine", "opennlp");
    }

    private static List<Map<String, String>> rows(Path folder, String file) {
        return org.entente.testing.Tables.read(folder.resolve(file));
    }

    private static List<String> project(List<Map<String, String>> rows, String... columns) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                values.add(r.get(c));
            }
            out.add(String.join(" ", values));
        }
        return out;
    }

    @Test
    void writesOneEventsRowPerCodedEventWithItsSentence() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Map<String, String>> events = rows(out, "events.csv");

        assertThat(project(
                        events,
                        "doc_id",
                        "sentence",
                        "source_id",
                        "source_state",
                        "target_id",
                        "event_type",
                        "quad_class",
                        "mode",
                        "nested",
                        "trigger"))
                .isEqualTo(List.of(
                        "a.txt 0 PRK PRK RUS AID material_cooperation asserted false sent troops",
                        "a.txt 2 RUS RUS JPN SANCTION material_conflict negated false imposed sanctions",
                        "b.txt 0 PRK PRK RUS AID material_cooperation asserted false sent troops"));
        assertThat(events.get(0).get("text")).isEqualTo("North Korea sent troops to Russia.");
        String text = Files.readString(out.resolve("text/a.txt.txt"));
        assertThat(text.substring(
                        Integer.parseInt(events.get(0).get("begin")),
                        Integer.parseInt(events.get(0).get("end"))))
                .isEqualTo("sent troops");
    }

    @Test
    void countsTheAssertedEventsInTheDirectedDyadsPerDocumentAndPeriod() throws IOException {
        assertThat(project(
                        rows(out, "directed_dyads.csv"),
                        "source",
                        "target",
                        "event_type",
                        "quad_class",
                        "events",
                        "sentences",
                        "documents",
                        "first_date",
                        "last_date"))
                .isEqualTo(List.of("PRK RUS AID material_cooperation 2 2 2 2024-06-19 2024-11-02"));
        assertThat(project(rows(out, "doc_directed_dyads.csv"), "doc_id", "source", "target", "events"))
                .isEqualTo(List.of("a.txt PRK RUS 1", "b.txt PRK RUS 1"));
        assertThat(project(
                        rows(out, "directed_timeseries.csv"),
                        "period",
                        "period_start",
                        "source",
                        "target",
                        "event_type",
                        "events",
                        "documents",
                        "period_documents"))
                .isEqualTo(List.of("2024-Q2 2024-04-01 PRK RUS AID 1 1 1", "2024-Q4 2024-10-01 PRK RUS AID 1 1 1"));
    }

    @Test
    void writesTheDirectedDyadsAsDirectedEdgesOfBothGraphFiles() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        for (String file : List.of(Network.DIRECTED_GRAPHML, Network.DIRECTED_GEXF)) {
            org.w3c.dom.Document xml =
                    factory.newDocumentBuilder().parse(out.resolve(file).toFile());
            Element graph = (Element) xml.getElementsByTagName("graph").item(0);
            NodeList edges = xml.getElementsByTagName("edge");
            Set<String> found = new TreeSet<>();
            for (int i = 0; i < edges.getLength(); i++) {
                Element e = (Element) edges.item(i);
                found.add(e.getAttribute("source") + "->" + e.getAttribute("target"));
            }
            Set<String> nodes = new TreeSet<>();
            NodeList ns = xml.getElementsByTagName("node");
            for (int i = 0; i < ns.getLength(); i++) {
                nodes.add(((Element) ns.item(i)).getAttribute("id"));
            }

            assertThat(graph.getAttribute(file.endsWith("graphml") ? "edgedefault" : "defaultedgetype"))
                    .as(file)
                    .isEqualTo("directed");
            assertThat(found).as(file).isEqualTo(Set.of("PRK->RUS"));
            assertThat(nodes).as(file).isEqualTo(Set.of("PRK", "RUS"));
        }
    }

    @Test
    void writesTheEventTablesWithTheirHeaderOnlyWhenEventsAreOff() throws IOException {
        Path off = dir.resolve("off");
        Cli.Result result =
                Cli.run("analyze", in.toString(), "--out", off.toString(), "-q", "--engine", "opennlp", "--no-events");

        assertThat(result.exitCode()).as(result.err()).isZero();
        for (var spec :
                List.of(Tables.EVENTS, Tables.DIRECTED_DYADS, Tables.DOC_DIRECTED_DYADS, Tables.DIRECTED_TIMESERIES)) {
            assertThat(Files.readAllLines(off.resolve(spec.name() + ".csv")))
                    .as(spec.name())
                    .isEqualTo(List.of(String.join(",", spec.header())));
        }
        assertThat(Files.readString(off.resolve("run.json"))).contains("\"events\": false");
        assertThat(rows(off, "dyads.csv")).hasSameSizeAs(rows(out, "dyads.csv"));
    }

    @Test
    void refusesARunWhoseDictionaryFolderHasNoEventLexiconNamingItAndTheSwitch() throws IOException {
        Path models = dir.resolve("models");
        Cli.copyModels(models);
        Files.delete(models.resolve("events.tsv"));

        Cli.Result result = Cli.run(
                "analyze",
                in.toString(),
                "--out",
                dir.resolve("none").toString(),
                "-q",
                "--engine",
                "opennlp",
                "--models",
                models.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("entente: " + models.resolve("events.tsv") + ": event lexicon not found")
                .contains("--no-events");
    }
}
