package org.entente.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.json.Json;
import javax.json.JsonArrayBuilder;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonReader;
import javax.json.JsonValue;
import org.entente.export.OutputFormat;
import org.entente.export.RunManifest;
import org.entente.export.Tables;

/**
 * Gathers what the report of a finished run shows into one JSON document, from the run's CSV tables alone:
 * the run summary, actors, dyads and triads of one scope (with their cue-class split where the run has cue
 * classes), time series of the most frequent dyads by the documents' dates, evidence units of the most
 * frequent dyads, and one row per document. Tables the run lacks are listed with what the report leaves out
 * for want of them. The same run gives the same JSON.
 *
 * <p>Sizes are bounded for large runs: all dyads and documents are embedded (the page pages its tables and
 * draws the top {@link ReportOptions#topEdges()} dyads of the network first), while triads, time series and
 * evidence are embedded for the most frequent ones only, as {@link ReportOptions} says; the page states
 * every such cap.
 *
 * <p>Stateless; safe to use from any thread.
 */
final class ReportData {
    /** Version of the embedded JSON's layout, read by the page's script. */
    public static final int SCHEMA = 1;

    static final String DOCUMENTS = OutputFormat.CSV.file(Tables.DOCUMENTS);
    static final String MENTIONS = OutputFormat.CSV.file(Tables.MENTIONS);
    static final String ACTORS = OutputFormat.CSV.file(Tables.ACTORS);
    static final String DYADS = OutputFormat.CSV.file(Tables.DYADS);
    static final String TRIADS = OutputFormat.CSV.file(Tables.TRIADS);
    static final String DOC_DYADS = OutputFormat.CSV.file(Tables.DOC_DYADS);
    static final String RUN_JSON = RunManifest.FILE;
    static final String EVIDENCE = OutputFormat.CSV.file(Tables.EVIDENCE);
    static final String TIMESERIES = OutputFormat.CSV.file(Tables.TIMESERIES);
    static final String EVENTS = OutputFormat.CSV.file(Tables.EVENTS);
    static final String DIRECTED_DYADS = OutputFormat.CSV.file(Tables.DIRECTED_DYADS);

    /** Tables the report reads, with what it shows from each (listed in the report when one is missing). */
    private static final List<String[]> INPUTS = List.of(
            new String[] {RUN_JSON, "engine, settings, dictionary version and timings"},
            new String[] {DOCUMENTS, "the run summary and the documents table"},
            new String[] {ACTORS, "actor names and mention counts"},
            new String[] {DYADS, "dyads and the network"},
            new String[] {TRIADS, "triads"},
            new String[] {DOC_DYADS, "time series and each document's top dyad"},
            new String[] {MENTIONS, "highlighted mentions (and evidence, without evidence.csv)"},
            new String[] {EVIDENCE, "evidence units and cue classes (else derived from mentions.csv)"},
            new String[] {TIMESERIES, "not read: the report counts its series by month or year from doc_dyads.csv"},
            new String[] {DIRECTED_DYADS, "the directed view: who does what to whom"},
            new String[] {EVENTS, "the events behind each directed dyad"});

    private static final List<String> SCOPES = List.of("sentence", "paragraph", "document");

    private ReportData() {}

    /** A co-mentioned pair or triple of the shown scope. */
    private record Group(List<String> ids, long units, long documents, String first, String last, long[] cues) {
        String key() {
            return String.join("|", ids);
        }
    }

    /** A row of documents.csv. */
    private record Doc(
            String id,
            String title,
            String date,
            long mentions,
            String status,
            String stage,
            String error,
            String language) {}

    /**
     * Builds the report's data.
     *
     * @param run     the output folder of {@code entente analyze}
     * @param options what to show and the caps
     * @return the JSON document the page renders
     * @throws ReportException when {@code run} is not a run's output folder or a table cannot be read
     */
    public static JsonObject build(Path run, ReportOptions options) {
        if (!Files.isDirectory(run)) {
            throw new ReportException(
                    "--run " + run + ": no such folder; expected the output folder of " + "entente analyze");
        }
        RunTablesReader tables = new RunTablesReader(run);
        if (!tables.exists(DOCUMENTS)) {
            throw new ReportException("--run " + run + ": no " + DOCUMENTS + " there; expected the output folder "
                    + "of entente analyze");
        }
        List<String> notes = new ArrayList<>();

        // documents
        List<Doc> docs = new ArrayList<>();
        tables.forEach(
                DOCUMENTS,
                r -> docs.add(new Doc(
                        r.get("doc_id"),
                        r.get("title"),
                        r.get("date"),
                        r.number("mentions"),
                        r.get("status"),
                        r.get("stage"),
                        r.get("error"),
                        r.get("language"))));
        Map<String, String> dates = new HashMap<>();
        for (Doc d : docs) {
            dates.put(d.id, d.date);
        }

        // actors
        Map<String, Actor> actors = new TreeMap<>();
        tables.forEach(
                ACTORS,
                r -> actors.put(
                        r.get("actor_id"),
                        new Actor(
                                r.get("actor_id"),
                                r.get("actor_type"),
                                r.get("name"),
                                r.number("mentions"),
                                r.number("sentences"),
                                r.number("documents"))));

        // dyads and triads of the shown scope
        Set<String> scopesPresent = new LinkedHashSet<>();
        tables.forEach(DYADS, r -> scopesPresent.add(r.get("scope")));
        String scope = chooseScope(options.scope(), scopesPresent, run);
        String[] dyadCueColumns = cueColumns(tables.header(DYADS));
        String[] triadCueColumns = cueColumns(tables.header(TRIADS));
        List<Group> dyads = groups(tables, DYADS, 2, scope, dyadCueColumns);
        List<Group> triadsAll = groups(tables, TRIADS, 3, scope, triadCueColumns);

        Set<String> countedTypes = new TreeSet<>();
        for (Group g : dyads) {
            for (String id : g.ids) {
                Actor a = actors.get(id);
                if (a != null && !a.type.isEmpty()) {
                    countedTypes.add(a.type);
                }
            }
        }
        if (countedTypes.isEmpty()) {
            countedTypes.add("STATE");
        }

        // evidence and cue classes
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < Math.min(options.evidenceDyads(), dyads.size()); i++) {
            wanted.add(dyads.get(i).key());
        }
        EvidenceCollector evidence =
                new EvidenceCollector(tables, wanted, options.evidencePerDyad(), scope, countedTypes);
        String evidenceSource;
        if (tables.exists(EVIDENCE)) {
            evidence.fromEvidenceTable();
            evidenceSource = EVIDENCE;
        } else {
            evidence.fromMentions();
            evidenceSource = MENTIONS;
            notes.add("evidence.csv is absent: evidence sentences are found from mentions.csv and the documents' "
                    + "texts (from the first to the last mention of a sentence, extended to its punctuation), and "
                    + "cue classes are not known.");
        }
        if (evidence.textsMissing() > 0) {
            notes.add(evidence.textsMissing() + " documents' texts are missing from text/: they give no evidence.");
        }
        // the tables' cue columns are the counts; evidence.csv's cue classes fill in what they lack
        String cueSource = null;
        if (dyadCueColumns != null) {
            cueSource = DYADS;
        } else if (evidence.cuesSeen()) {
            cueSource = EVIDENCE;
            dyads = withCues(dyads, evidence.dyadCues());
        }
        if (cueSource != null && triadCueColumns == null && evidence.cuesSeen()) {
            triadsAll = withCues(triadsAll, evidence.triadCues());
        }
        if (cueSource == null && tables.exists(EVIDENCE)) {
            notes.add("evidence.csv has no cue classes for the " + scope + " scope.");
        }
        List<Group> triads = triadsAll.subList(0, Math.min(options.triads(), triadsAll.size()));
        if (triads.size() < triadsAll.size()) {
            notes.add(String.format(
                    Locale.ROOT, "Triads: the %,d most frequent of %,d are shown.", triads.size(), triadsAll.size()));
        }

        // per document: top dyad and number of dyads; per period: units of the most frequent dyads
        Map<String, Group> dyadByKey = new HashMap<>();
        for (Group g : dyads) {
            dyadByKey.put(g.key(), g);
        }
        Map<String, String[]> topDyad = new HashMap<>();
        Map<String, long[]> topUnits = new HashMap<>();
        Map<String, Long> dyadsPerDoc = new HashMap<>();
        Set<String> seriesKeys = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(options.seriesDyads(), dyads.size()); i++) {
            seriesKeys.add(dyads.get(i).key());
        }
        Periods periods = Periods.of(docs.stream()
                .filter(d -> d.status.equals("done"))
                .map(Doc::date)
                .toList());
        Map<String, TreeMap<Integer, Long>> series = new HashMap<>();
        tables.forEach(DOC_DYADS, r -> {
            if (!r.get("scope").equals(scope)) {
                return;
            }
            String doc = r.get("doc_id");
            String a1 = r.get("actor_1");
            String a2 = r.get("actor_2");
            long units = r.number("units");
            dyadsPerDoc.merge(doc, 1L, Long::sum);
            long[] best = topUnits.computeIfAbsent(doc, k -> new long[] {0});
            if (units > best[0]) {
                best[0] = units;
                topDyad.put(doc, new String[] {a1, a2});
            }
            String k = a1 + "|" + a2;
            int period = periods.index(dates.getOrDefault(doc, ""));
            if (period >= 0 && seriesKeys.contains(k)) {
                series.computeIfAbsent(k, x -> new TreeMap<>()).merge(period, units, Long::sum);
            }
        });

        // missing inputs
        JsonArrayBuilder inputs = Json.createArrayBuilder();
        for (String[] in : INPUTS) {
            boolean present =
                    in[0].equals(RUN_JSON) ? Files.isRegularFile(run.resolve(RUN_JSON)) : tables.exists(in[0]);
            inputs.add(Json.createArrayBuilder().add(in[0]).add(present).add(in[1]));
        }

        JsonObjectBuilder root = Json.createObjectBuilder();
        root.add("schema", SCHEMA);
        root.add("run", runSummary(run, docs, notes, scope, scopesPresent, countedTypes));
        root.add("inputs", inputs);
        root.add("cues", cues(cueSource));
        root.add("actors", actorRows(actors, evidence.actorCues(), evidence.cuesSeen()));
        root.add("dyads", groupRows(dyads, evidence.byDyad()));
        root.add("triads", groupRows(triads, Map.of()));
        root.add("counts", Json.createObjectBuilder().add("dyads", dyads.size()).add("triads", triadsAll.size()));
        root.add("network", Json.createObjectBuilder().add("top", options.topEdges()));
        root.add("series", seriesJson(periods, seriesKeys, series, docs, options, dyads.size()));
        root.add("evidence", evidenceJson(evidence, evidenceSource, options, wanted.size(), dyads.size()));
        root.add("documents", documentRows(docs, topDyad, topUnits, dyadsPerDoc, tables));
        root.add("directed", directed(tables, options));
        JsonArrayBuilder noteArray = Json.createArrayBuilder();
        notes.forEach(noteArray::add);
        root.add("notes", noteArray);
        return root.build();
    }

    private record Actor(String id, String type, String name, long mentions, long sentences, long documents) {}

    /**
     * The directed view: the directed dyads (source, target, type, quad class, events, documents), most events
     * first, and for the most frequent source–target pairs ({@link ReportOptions#evidenceDyads()}) their events as
     * evidence (document, sentence, type, mode, trigger, sentence text), at most
     * {@link ReportOptions#evidencePerDyad()} each, in table order. Events counted as the directed dyads count
     * them: asserted or reported, between two different states.
     */
    private static JsonObject directed(RunTablesReader tables, ReportOptions options) {
        List<String[]> rows = new ArrayList<>();
        Map<String, Long> pairEvents = new TreeMap<>();
        tables.forEach(DIRECTED_DYADS, r -> {
            rows.add(new String[] {
                r.get("source"),
                r.get("target"),
                r.get("event_type"),
                r.get("quad_class"),
                r.get("events"),
                r.get("documents")
            });
            pairEvents.merge(r.get("source") + "|" + r.get("target"), r.number("events"), Long::sum);
        });
        rows.sort(Comparator.comparingLong((String[] r) -> -Long.parseLong(r[4]))
                .thenComparing(r -> r[0])
                .thenComparing(r -> r[1])
                .thenComparing(r -> r[2]));
        List<String> pairs = new ArrayList<>(pairEvents.keySet());
        pairs.sort(Comparator.comparingLong((String k) -> -pairEvents.get(k)).thenComparing(k -> k));
        Set<String> wanted = new HashSet<>(pairs.subList(0, Math.min(options.evidenceDyads(), pairs.size())));
        Map<String, JsonArrayBuilder> evidence = new TreeMap<>();
        Map<String, Integer> shown = new HashMap<>();
        tables.forEach(EVENTS, r -> {
            String key = r.get("source_state") + "|" + r.get("target_state");
            String mode = r.get("mode");
            if (!wanted.contains(key)
                    || !(mode.equals("asserted") || mode.equals("reported"))
                    || shown.getOrDefault(key, 0) >= options.evidencePerDyad()) {
                return;
            }
            shown.merge(key, 1, Integer::sum);
            evidence.computeIfAbsent(key, k -> Json.createArrayBuilder())
                    .add(Json.createArrayBuilder()
                            .add(r.get("doc_id"))
                            .add(r.number("sentence"))
                            .add(r.get("event_type"))
                            .add(mode)
                            .add(r.get("trigger"))
                            .add(r.get("source_id"))
                            .add(r.get("target_id"))
                            .add(r.get("text")));
        });
        JsonArrayBuilder dyadRows = Json.createArrayBuilder();
        for (String[] r : rows) {
            dyadRows.add(Json.createArrayBuilder()
                    .add(r[0])
                    .add(r[1])
                    .add(r[2])
                    .add(r[3])
                    .add(Long.parseLong(r[4]))
                    .add(Long.parseLong(r[5])));
        }
        JsonObjectBuilder byPair = Json.createObjectBuilder();
        evidence.forEach(byPair::add);
        return Json.createObjectBuilder()
                .add("present", tables.exists(DIRECTED_DYADS))
                .add("dyads", dyadRows)
                .add("pairs", pairs.size())
                .add("evidence", byPair)
                .build();
    }

    /** The asked scope, else sentence, paragraph or document (the first the run counted), else its first. */
    private static String chooseScope(String asked, Set<String> present, Path run) {
        if (asked != null) {
            String s = asked.strip().toLowerCase(Locale.ROOT);
            if (present.isEmpty() ? !SCOPES.contains(s) && !s.startsWith("window:") : !present.contains(s)) {
                throw new ReportException("--report-scope " + asked + ": the run in " + run + " counted "
                        + (present.isEmpty() ? "no co-mentions" : String.join(", ", present))
                        + "; expected " + (present.size() == 1 ? "it" : "one of them"));
            }
            return s;
        }
        for (String s : SCOPES) {
            if (present.contains(s)) {
                return s;
            }
        }
        return present.isEmpty() ? "sentence" : present.iterator().next();
    }

    /** The cue-class columns of a table's header, one per class (null where absent), or null when it has none. */
    private static String[] cueColumns(List<String> header) {
        String[] columns = new String[CueClasses.ALL.size()];
        boolean any = false;
        for (int i = 0; i < columns.length; i++) {
            columns[i] = CueClasses.column(header, CueClasses.ALL.get(i));
            any |= columns[i] != null;
        }
        return any ? columns : null;
    }

    private static List<Group> groups(
            RunTablesReader tables, String file, int arity, String scope, String[] cueColumns) {
        List<Group> result = new ArrayList<>();
        tables.forEach(file, r -> {
            if (!r.get("scope").equals(scope)) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= arity; i++) {
                ids.add(r.get("actor_" + i));
            }
            long[] cues = null;
            if (cueColumns != null) {
                cues = new long[cueColumns.length];
                for (int i = 0; i < cueColumns.length; i++) {
                    cues[i] = cueColumns[i] == null ? 0 : r.number(cueColumns[i]);
                }
            }
            result.add(new Group(
                    List.copyOf(ids),
                    r.number("units"),
                    r.number("documents"),
                    r.get("first_date"),
                    r.get("last_date"),
                    cues));
        });
        result.sort(BY_FREQUENCY);
        return result;
    }

    /** Most units first, then most documents, then ids in order: the order of every ranking in the report. */
    static final Comparator<Group> BY_FREQUENCY = Comparator.comparingLong((Group g) -> -g.units)
            .thenComparingLong(g -> -g.documents)
            .thenComparing(Group::key);

    private static List<Group> withCues(List<Group> groups, Map<String, long[]> cues) {
        List<Group> result = new ArrayList<>(groups.size());
        for (Group g : groups) {
            long[] c = cues.getOrDefault(g.key(), new long[CueClasses.ALL.size()]);
            result.add(new Group(g.ids, g.units, g.documents, g.first, g.last, c));
        }
        return result;
    }

    private static JsonObject runSummary(
            Path run, List<Doc> docs, List<String> notes, String scope, Set<String> scopes, Set<String> countedTypes) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        Path name = run.toAbsolutePath().normalize().getFileName();
        b.add("folder", name == null ? run.toString() : name.toString());
        long done = docs.stream().filter(d -> d.status.equals("done")).count();
        b.add("documents", docs.size());
        b.add("done", done);
        b.add("failed", docs.size() - done);
        b.add("mentions", docs.stream().mapToLong(Doc::mentions).sum());
        TreeSet<String> dated = new TreeSet<>();
        docs.stream().filter(d -> d.status.equals("done") && !d.date.isEmpty()).forEach(d -> dated.add(d.date));
        b.add("firstDate", dated.isEmpty() ? "" : dated.first());
        b.add("lastDate", dated.isEmpty() ? "" : dated.last());
        b.add("scope", scope);
        JsonArrayBuilder sc = Json.createArrayBuilder();
        scopes.forEach(sc::add);
        b.add("scopes", sc);
        JsonArrayBuilder types = Json.createArrayBuilder();
        countedTypes.forEach(types::add);
        b.add("countedTypes", types);
        JsonArrayBuilder failures = Json.createArrayBuilder();
        for (Doc d : docs) {
            if (!d.status.equals("done")) {
                failures.add(Json.createArrayBuilder().add(d.id).add(d.stage).add(d.error));
            }
        }
        b.add("failures", failures);
        Path manifest = run.resolve(RUN_JSON);
        if (Files.isRegularFile(manifest)) {
            try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
                    JsonReader json = Json.createReader(reader)) {
                JsonValue value = json.readValue();
                b.add("manifest", value);
            } catch (IOException | JsonException e) {
                b.addNull("manifest");
                notes.add("run.json could not be read (" + oneLine(e.getMessage()) + "): the engine and settings "
                        + "of this run are not shown.");
            }
        } else {
            b.addNull("manifest");
            notes.add("run.json is absent: the engine, settings and dictionary version of this run are not known "
                    + "to the report.");
        }
        return b.build();
    }

    private static JsonObject cues(String source) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (source == null) {
            b.addNull("source");
        } else {
            b.add("source", source);
        }
        JsonArrayBuilder classes = Json.createArrayBuilder();
        CueClasses.ALL.forEach(classes::add);
        b.add("classes", classes);
        return b.build();
    }

    private static JsonArrayBuilder actorRows(Map<String, Actor> actors, Map<String, long[]> cues, boolean withCues) {
        List<Actor> sorted = new ArrayList<>(actors.values());
        sorted.sort(Comparator.comparingLong((Actor a) -> -a.mentions).thenComparing(Actor::id));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Actor a : sorted) {
            JsonArrayBuilder row = Json.createArrayBuilder()
                    .add(a.id)
                    .add(a.type)
                    .add(a.name)
                    .add(a.mentions)
                    .add(a.sentences)
                    .add(a.documents);
            row.add(
                    withCues
                            ? cueArray(cues.getOrDefault(a.id, new long[CueClasses.ALL.size()]))
                            : Json.createArrayBuilder());
            rows.add(row);
        }
        return rows;
    }

    private static JsonArrayBuilder groupRows(List<Group> groups, Map<String, List<Integer>> evidence) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Group g : groups) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            g.ids.forEach(ids::add);
            rows.add(Json.createArrayBuilder()
                    .add(ids)
                    .add(g.units)
                    .add(g.documents)
                    .add(g.first)
                    .add(g.last)
                    .add(g.cues == null ? Json.createArrayBuilder() : cueArray(g.cues))
                    .add(evidence.getOrDefault(g.key(), List.of()).size()));
        }
        return rows;
    }

    private static JsonArrayBuilder cueArray(long[] cues) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (long c : cues) {
            a.add(c);
        }
        return a;
    }

    private static JsonObject seriesJson(
            Periods periods,
            Set<String> keys,
            Map<String, TreeMap<Integer, Long>> series,
            List<Doc> docs,
            ReportOptions options,
            int dyadCount) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("granularity", periods.granularity());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        periods.labels().forEach(labels::add);
        b.add("periods", labels);
        long[] docsPerPeriod = new long[periods.labels().size()];
        long undated = 0;
        for (Doc d : docs) {
            if (!d.status.equals("done")) {
                continue;
            }
            int p = periods.index(d.date);
            if (p < 0) {
                undated++;
            } else {
                docsPerPeriod[p]++;
            }
        }
        b.add("documents", cueArray(docsPerPeriod));
        b.add("undated", undated);
        b.add("dyads", keys.size());
        b.add("of", dyadCount);
        b.add("cap", options.seriesDyads());
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (String k : keys) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            series.getOrDefault(k, new TreeMap<>())
                    .forEach((p, u) ->
                            points.add(Json.createArrayBuilder().add(p).add(u)));
            values.add(k, points);
        }
        b.add("values", values);
        return b.build();
    }

    private static JsonObject evidenceJson(
            EvidenceCollector evidence, String source, ReportOptions options, int dyadsCovered, int dyadCount) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("source", source);
        b.add("cap", options.evidencePerDyad());
        b.add("dyads", dyadsCovered);
        b.add("of", dyadCount);
        b.add("reach", SentenceSpans.REACH);
        JsonArrayBuilder units = Json.createArrayBuilder();
        for (EvidenceCollector.Unit u : evidence.units()) {
            JsonArrayBuilder marks = Json.createArrayBuilder();
            u.marks.stream()
                    .sorted(Comparator.comparingInt(EvidenceCollector.Mark::begin)
                            .thenComparingInt(EvidenceCollector.Mark::end)
                            .thenComparing(EvidenceCollector.Mark::actorId))
                    .forEach(m -> marks.add(Json.createArrayBuilder()
                            .add(m.begin())
                            .add(m.end())
                            .add(m.actorId())));
            JsonArrayBuilder cues = Json.createArrayBuilder();
            u.cues.forEach(cues::add);
            units.add(Json.createArrayBuilder()
                    .add(u.docId)
                    .add(u.begin)
                    .add(u.end)
                    .add(u.text)
                    .add(marks)
                    .add(cues));
        }
        b.add("units", units);
        JsonObjectBuilder byDyad = Json.createObjectBuilder();
        new TreeMap<>(evidence.byDyad()).forEach((k, list) -> {
            JsonArrayBuilder a = Json.createArrayBuilder();
            list.forEach(a::add);
            byDyad.add(k, a);
        });
        b.add("byDyad", byDyad);
        return b.build();
    }

    private static JsonArrayBuilder documentRows(
            List<Doc> docs,
            Map<String, String[]> topDyad,
            Map<String, long[]> topUnits,
            Map<String, Long> dyadsPerDoc,
            RunTablesReader tables) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Doc d : docs) {
            String[] top = topDyad.get(d.id);
            JsonArrayBuilder topIds = Json.createArrayBuilder();
            if (top != null) {
                topIds.add(top[0]).add(top[1]);
            }
            rows.add(Json.createArrayBuilder()
                    .add(d.id)
                    .add(d.title)
                    .add(d.date)
                    .add(d.mentions)
                    .add(dyadsPerDoc.getOrDefault(d.id, 0L))
                    .add(topIds)
                    .add(top == null ? 0 : topUnits.get(d.id)[0])
                    .add(d.status)
                    .add(d.status.equals("done") ? "" : oneLine(d.stage + ": " + d.error))
                    .add(Files.isRegularFile(tables.file("text").resolve(d.id + ".txt")))
                    .add(d.language));
        }
        return rows;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
