package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.export.ColumnType;
import org.entente.export.Hashes;
import org.entente.export.Network;
import org.entente.export.OutputFormat;
import org.entente.export.RunManifest;
import org.entente.export.SchemaDoc;
import org.entente.export.TableSpec;
import org.entente.export.Tables;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The tables as an API: every table written on the sample corpus is read back with Commons CSV and checked
 * against its definition in {@link Tables}; the manifest, the network files, the wide and time-series forms
 * and Excel safety are checked against the tables.
 */
class TablesContractTest {
    private static final Path CORPUS = Cli.HOME.resolve("corpus");
    /**
     * The top dyad of the sample corpus: most units at sentence scope, ties broken by more documents, then by
     * the ids. examples/analysis.ipynb and examples/analysis.R assert the same row.
     */
    static final String TOP_DYAD = "sentence,PRK,RUS,72,11";

    @TempDir
    static Path dir;

    private static Path out;
    private static String[] args;
    private static Cli.Result run;

    @BeforeAll
    static void analyzeTheSampleCorpusWithEveryTable() {
        out = dir.resolve("out");
        args = new String[] {
            "analyze",
            CORPUS.toString(),
            "--out",
            out.toString(),
            "--wide",
            "--scope",
            "sentence,paragraph",
            "--period",
            "quarter",
            "--max-arity",
            "4"
        };
        run = Cli.run(args);
    }

    private record Table(List<String> header, List<CSVRecord> rows) {
        List<String> column(String name) {
            return rows.stream().map(r -> r.get(name)).toList();
        }
    }

    private static Table read(Path file) throws IOException {
        try (CSVParser parser = org.entente.testing.Tables.parser(file)) {
            return new Table(parser.getHeaderNames(), parser.getRecords());
        }
    }

    private static boolean hasType(String value, ColumnType type) {
        return switch (type) {
            case INTEGER -> value.matches("0|[1-9][0-9]*");
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case DATE -> value.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
            case PARTIAL_DATE -> value.matches("|\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");
            case LIST -> value.isEmpty() || value.matches("[^;]+(;[^;]+)*");
            case STRING -> true;
        };
    }

    private static Comparator<CSVRecord> keyOrder(TableSpec spec) {
        Comparator<CSVRecord> order = (a, b) -> 0;
        for (String key : spec.key()) {
            Comparator<CSVRecord> next = spec.column(key).type() == ColumnType.INTEGER
                    ? Comparator.comparingLong(r -> Long.parseLong(r.get(key)))
                    : Comparator.comparing(r -> r.get(key));
            order = order.thenComparing(next);
        }
        return order;
    }

    @Test
    void writesEveryTableWithItsColumnsTypesSortOrderAndUniqueKeys() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> actorIds = read(out.resolve("actors.csv")).column("actor_id");
        for (TableSpec spec : Tables.ALL) {
            Table table = read(out.resolve(OutputFormat.CSV.file(spec)));
            List<String> header = new ArrayList<>(spec.header());
            if (spec.repeated().isPresent()) {
                header.addAll(actorIds);
            }
            assertThat(table.header())
                    .as(OutputFormat.CSV.file(spec) + " columns")
                    .containsExactlyElementsOf(header);
            for (CSVRecord row : table.rows()) {
                for (String column : header) {
                    ColumnType type = spec.column(column).type();
                    assertThat(hasType(row.get(column), type))
                            .as(
                                    "%s line %d, %s = '%s' is a %s",
                                    OutputFormat.CSV.file(spec),
                                    row.getRecordNumber() + 1,
                                    column,
                                    row.get(column),
                                    type)
                            .isTrue();
                }
            }
            Set<List<String>> keys = new HashSet<>();
            for (CSVRecord row : table.rows()) {
                assertThat(keys.add(spec.key().stream().map(row::get).toList()))
                        .as(
                                "%s: key %s repeated on line %d",
                                OutputFormat.CSV.file(spec), spec.key(), row.getRecordNumber() + 1)
                        .isTrue();
            }
            assertThat(table.rows())
                    .as(OutputFormat.CSV.file(spec) + " sorted by " + spec.key())
                    .isSortedAccordingTo(keyOrder(spec));
            if (spec != Tables.FAILURES) { // every sample document is done, so failures.csv is only a header
                assertThat(table.rows()).as(OutputFormat.CSV.file(spec)).isNotEmpty();
            }
        }
    }

    @Test
    void listsEveryColumnOfEveryTableInSchemaCsv() throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> actorIds = read(out.resolve("actors.csv")).column("actor_id");
        Tables.ALL.stream().sorted(Comparator.comparing(TableSpec::name)).forEach(spec -> {
            List<String> names = new ArrayList<>(spec.header());
            spec.repeated().ifPresent(c -> names.addAll(actorIds));
            for (int i = 0; i < names.size(); i++) {
                boolean repeated = i >= spec.columns().size();
                expected.add(String.join(
                        ",",
                        spec.name(),
                        Integer.toString(i + 1),
                        names.get(i),
                        spec.column(names.get(i)).type().label(),
                        Boolean.toString(!repeated && spec.key().contains(names.get(i)))));
            }
        });

        assertThat(read(out.resolve("schema.csv")).rows().stream()
                        .map(r -> String.join(
                                ",", r.get("table"), r.get("position"), r.get("column"), r.get("type"), r.get("key")))
                        .toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void ranksNorthKoreaRussiaTheTopDyadOfTheSampleCorpus() throws IOException {
        List<CSVRecord> ranked = new ArrayList<>(read(out.resolve("dyads.csv")).rows().stream()
                .filter(r -> r.get("scope").equals("sentence"))
                .toList());
        ranked.sort(Comparator.comparingLong((CSVRecord r) -> -Long.parseLong(r.get("units")))
                .thenComparingLong(r -> -Long.parseLong(r.get("documents")))
                .thenComparing(r -> r.get("actor_1"))
                .thenComparing(r -> r.get("actor_2")));

        CSVRecord top = ranked.get(0);
        assertThat(String.join(
                        ",",
                        top.get("scope"),
                        top.get("actor_1"),
                        top.get("actor_2"),
                        top.get("units"),
                        top.get("documents")))
                .isEqualTo(TOP_DYAD);
    }

    @Test
    void writesTheSameCountsInTheLongAndTheWideForm() throws IOException {
        Map<String, String> fromLong = new TreeMap<>();
        for (CSVRecord r : read(out.resolve("doc_actor_counts.csv")).rows()) {
            fromLong.put(r.get("doc_id") + "/" + r.get("actor_id"), r.get("mentions"));
        }
        Map<String, String> fromWide = new TreeMap<>();
        Table wide = read(out.resolve("doc_actor_counts_wide.csv"));
        for (CSVRecord r : wide.rows()) {
            for (String actor : wide.header().subList(1, wide.header().size())) {
                if (!r.get(actor).equals("0")) {
                    fromWide.put(r.get("doc_id") + "/" + actor, r.get(actor));
                }
            }
        }
        Map<String, Long> fromMentions = new TreeMap<>();
        for (CSVRecord r : read(out.resolve("mentions.csv")).rows()) {
            fromMentions.merge(r.get("doc_id") + "/" + r.get("actor_id"), 1L, Long::sum);
        }

        assertThat(fromWide).isEqualTo(fromLong);
        assertThat(fromLong.keySet()).isEqualTo(fromMentions.keySet());
        fromMentions.forEach((k, n) -> assertThat(fromLong.get(k)).as(k).isEqualTo(Long.toString(n)));
        assertThat(wide.column("doc_id")).hasSize(Cli.CORPUS_DOCUMENTS);
    }

    @Test
    void addsUpTheTimeSeriesToTheCorpusTotals() throws IOException {
        Table series = read(out.resolve("timeseries.csv"));
        Map<String, Long> dyadUnits = new TreeMap<>();
        Map<String, Long> actorMentions = new TreeMap<>();
        for (CSVRecord r : series.rows()) {
            long count = Long.parseLong(r.get("count"));
            if (r.get("kind").equals("dyad")) {
                dyadUnits.merge(r.get("scope") + "," + r.get("actor_1") + "," + r.get("actor_2"), count, Long::sum);
            } else {
                actorMentions.merge(r.get("actor_1"), count, Long::sum);
            }
        }
        Map<String, Long> dyads = new TreeMap<>();
        read(out.resolve("dyads.csv"))
                .rows()
                .forEach(r -> dyads.put(
                        r.get("scope") + "," + r.get("actor_1") + "," + r.get("actor_2"),
                        Long.parseLong(r.get("units"))));
        Map<String, Long> actors = new TreeMap<>();
        read(out.resolve("actors.csv"))
                .rows()
                .forEach(r -> actors.put(r.get("actor_id"), Long.parseLong(r.get("mentions"))));

        assertThat(dyadUnits).isEqualTo(dyads);
        assertThat(actorMentions).isEqualTo(actors);
        assertThat(series(series, "sentence", "PRK", "RUS"))
                .containsExactly(
                        "2023-Q4,2023-10-01,6,1,1",
                        "2024-Q2,2024-04-01,3,1,1",
                        "2024-Q3,2024-07-01,3,1,1",
                        "2024-Q4,2024-10-01,15,1,1",
                        "2025-Q2,2025-04-01,9,1,1",
                        "2025-Q3,2025-07-01,14,2,2",
                        "2025-Q4,2025-10-01,22,4,4");
    }

    /** A dyad's rows of timeseries.csv: period, period_start, count, documents, period_documents. */
    private static List<String> series(Table t, String scope, String a1, String a2) {
        return t.rows().stream()
                .filter(r -> r.get("kind").equals("dyad")
                        && r.get("scope").equals(scope)
                        && r.get("actor_1").equals(a1)
                        && r.get("actor_2").equals(a2))
                .map(r -> String.join(
                        ",",
                        r.get("period"),
                        r.get("period_start"),
                        r.get("count"),
                        r.get("documents"),
                        r.get("period_documents")))
                .toList();
    }

    private static List<Element> elements(Path xml, String tag) throws Exception {
        org.w3c.dom.Document doc =
                DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void writesTheCoMentionGraphWithAStateNodePerActorAndAnEdgePerPair() throws Exception {
        List<String> states = read(out.resolve("actors.csv")).rows().stream()
                .filter(r -> r.get("actor_type").equals("STATE"))
                .map(r -> r.get("actor_id"))
                .toList();
        List<String> pairs = read(out.resolve("dyads.csv")).rows().stream()
                .map(r -> r.get("actor_1") + "--" + r.get("actor_2"))
                .distinct()
                .sorted()
                .toList();

        for (Path graph : List.of(out.resolve(Network.GRAPHML), out.resolve(Network.GEXF))) {
            assertThat(elements(graph, "node").stream().map(e -> e.getAttribute("id")))
                    .as(graph.toString())
                    .containsExactlyElementsOf(states);
            assertThat(elements(graph, "edge").stream()
                            .map(e -> e.getAttribute("id"))
                            .sorted())
                    .as(graph.toString())
                    .containsExactlyElementsOf(pairs);
        }
        Element prkRus = elements(out.resolve(Network.GRAPHML), "edge").stream()
                .filter(e -> e.getAttribute("id").equals("PRK--RUS"))
                .findFirst()
                .orElseThrow();
        Map<String, String> data = new LinkedHashMap<>();
        NodeList children = prkRus.getElementsByTagName("data");
        for (int i = 0; i < children.getLength(); i++) {
            Element d = (Element) children.item(i);
            data.put(d.getAttribute("key"), d.getTextContent());
        }
        assertThat(data.keySet())
                .containsExactlyElementsOf(Network.edgeAttributeNames(
                                List.of(org.entente.model.Scope.SENTENCE, org.entente.model.Scope.PARAGRAPH))
                        .stream()
                        .map(n -> "e_" + n)
                        .toList());
        assertThat(data)
                .containsEntry("e_weight", "72")
                .containsEntry("e_sentence_units", "72")
                .containsEntry("e_sentence_documents", "11")
                .containsEntry("e_sentence_first_date", "2023-10-24");
        assertThat(states).hasSize(14);
        assertThat(pairs).hasSize(48);
    }

    private static JsonObject manifest() throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(out.resolve(RunManifest.FILE)))) {
            return reader.readObject();
        }
    }

    @Test
    void describesTheRunInRunJson() throws IOException {
        JsonObject json = manifest();

        assertThat(json.keySet())
                .containsExactlyElementsOf(
                        RunManifest.FIELDS.stream().map(RunManifest.Field::name).toList());
        assertThat(json.getString("schema_version")).isEqualTo(Tables.SCHEMA_VERSION);
        assertThat(json.getJsonArray("command_line").getValuesAs(JsonValue::toString))
                .containsExactlyElementsOf(
                        Stream.of(args).map(a -> "\"" + a + "\"").toList());
        assertThat(json.getJsonObject("options").getString("period")).isEqualTo("quarter");
        assertThat(json.getJsonObject("options").getBoolean("wide")).isTrue();
        assertThat(json.getString("engine")).startsWith("corenlp ");
        assertThat(json.getJsonArray("models").getValuesAs(JsonValue::toString))
                .containsExactly(
                        "\"stanford-corenlp-4.5.10.jar\"",
                        "\"stanford-corenlp-4.5.10-models.jar\"",
                        "\"opennlp-models-langdetect-1.3.0.jar\"");
        for (JsonValue v : json.getJsonArray("dictionary")) {
            JsonObject f = v.asJsonObject();
            assertThat(f.getString("sha256"))
                    .as(f.getString("file"))
                    .isEqualTo(Hashes.sha256(Path.of(f.getString("file"))));
        }
        List<String> dataFiles = new ArrayList<>();
        for (String table :
                List.of("states.tsv", "orgs.tsv", "leaders.tsv", "offices.tsv", "exclusions.tsv", "events.tsv")) {
            dataFiles.add(Cli.HOME.resolve("models").resolve(table).toString());
        }
        try (Stream<Path> lang = Files.walk(Cli.HOME.resolve("models/lang"))) {
            lang.filter(Files::isRegularFile).sorted().forEach(f -> dataFiles.add(f.toString()));
        }
        dataFiles.add(Cli.HOME.resolve("models/cues.tsv").toString());
        assertThat(json.getJsonArray("dictionary").stream()
                        .map(v -> v.asJsonObject().getString("file")))
                .as("the dictionary tables, the event lexicon, the language data and the cue lexicon")
                .containsExactlyElementsOf(dataFiles);
        long bytes;
        try (Stream<Path> files = Files.list(CORPUS)) {
            bytes = files.filter(p -> p.toString().matches(".*\\.(txt|html|pdf)"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        assertThat(json.getJsonObject("input").toString())
                .isEqualTo("{\"files\":" + Cli.CORPUS_DOCUMENTS + ",\"bytes\":" + bytes + "}");
        assertThat(json.getJsonObject("documents").toString())
                .isEqualTo("{\"done\":" + Cli.CORPUS_DOCUMENTS + ",\"failed\":0,"
                        + "\"timeseries_undated\":0,\"timeseries_date_too_coarse\":0}");
        assertThat(json.getJsonObject("network").toString()).isEqualTo("{\"nodes\":14,\"edges\":48}");
        for (JsonValue v : json.getJsonArray("outputs")) {
            JsonObject f = v.asJsonObject();
            Path file = out.resolve(f.getString("file"));
            assertThat(f.getString("sha256")).as(file.toString()).isEqualTo(Hashes.sha256(file));
            if (f.containsKey("rows")) {
                assertThat(f.getJsonNumber("rows").longValue())
                        .isEqualTo(read(file).rows().size());
            }
        }
        assertThat(json.getJsonArray("outputs")).hasSize(Tables.ALL.size() + 4);
        assertThat(json.getJsonObject("timings_ms").keySet())
                .containsExactly(
                        "scan",
                        "dictionary",
                        "engine",
                        "extract",
                        "annotate",
                        "resolve",
                        "events",
                        "count",
                        "write",
                        "first_annotation",
                        "first_document",
                        "total");
        // from the start of the JVM to the first document processed, and to the first annotated (issue 18; 0 when
        // every result came from the result cache, as after the other tests' runs into the same folder)
        long firstDocument =
                json.getJsonObject("timings_ms").getJsonNumber("first_document").longValue();
        assertThat(firstDocument).isPositive();
        assertThat(json.getJsonObject("timings_ms")
                        .getJsonNumber("first_annotation")
                        .longValue())
                .isBetween(0L, firstDocument);
        assertThat(json.getString("started")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(json.getString("finished").compareTo(json.getString("started")))
                .isPositive();
    }

    @Test
    void writesTheSameManifestOnASecondRunButForTimingsAndTimestamps() throws IOException {
        String first = manifest().toString();
        Cli.Result again = Cli.run(args);
        assertThat(again.exitCode()).isZero();
        String second = manifest().toString();

        String pattern = "\"timings_ms\":\\{[^}]*},\"started\":\"[^\"]*\",\"finished\":\"[^\"]*\"";
        assertThat(second.replaceAll(pattern, "")).isEqualTo(first.replaceAll(pattern, ""));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void guardsFormulaCellsOnlyWithExcelSafe(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CORPUS.resolve("vostochny-summit-2023.txt"), in.resolve("a.txt"));
        Files.writeString(
                in.resolve("metadata.csv"),
                "file,title,authors,date,series,url\n" + "a.txt,=HYPERLINK(\"http://evil\"),@Eve,2023-10-24,-1,+url\n");

        assertThat(Cli.run(
                                "analyze",
                                in.toString(),
                                "--out",
                                tmp.resolve("plain").toString(),
                                "-q")
                        .exitCode())
                .isZero();
        assertThat(Cli.run(
                                "analyze",
                                in.toString(),
                                "--out",
                                tmp.resolve("safe").toString(),
                                "-q",
                                "--excel-safe")
                        .exitCode())
                .isZero();

        assertThat(firstDocument(tmp.resolve("plain/documents.csv")))
                .isEqualTo("=HYPERLINK(\"http://evil\")|@Eve|2023-10-24|-1|+url");
        assertThat(firstDocument(tmp.resolve("safe/documents.csv")))
                .isEqualTo("'=HYPERLINK(\"http://evil\")|'@Eve|2023-10-24|'-1|'+url");
        assertThat(tmp.resolve("safe/dyads.csv")).hasSameTextualContentAs(tmp.resolve("plain/dyads.csv"));
    }

    private static String firstDocument(Path documents) throws IOException {
        CSVRecord r = read(documents).rows().get(0);
        return String.join("|", r.get("title"), r.get("authors"), r.get("date"), r.get("series"), r.get("url"));
    }

    @Test
    void rejectsAnUnknownPeriodWithExitCodeTwo(@TempDir Path tmp) {
        Cli.Result bad =
                Cli.run("analyze", CORPUS.toString(), "--out", tmp.resolve("o").toString(), "--period", "week");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .isEqualTo("entente: --period week: expected year, quarter or month" + System.lineSeparator());
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void printsTheTableDocumentationWithTheSchemaCommand() {
        Cli.Result schema = Cli.run("schema");

        assertThat(schema.exitCode()).isZero();
        assertThat(schema.out()).isEqualTo(SchemaDoc.markdown());
    }
}
