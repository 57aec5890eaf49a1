package org.entente.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.CoMention;
import org.entente.model.Compound;
import org.entente.model.CoMentionUnit;
import org.entente.model.CueClass;
import org.entente.model.CueCounts;
import org.entente.model.DocCoMention;
import org.entente.model.DocumentRelations;
import org.entente.model.Scope;
import org.entente.model.Document;
import org.entente.model.Mention;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;

/**
 * Writes the tables of one run into an output folder. Per-document rows are streamed as documents are
 * added (which must happen in doc_id order); the corpus totals, summed by the caller ({@link CorpusTotals}),
 * are written by {@link #commit}, which also writes the wide matrix (with --wide), the time series, the
 * network files and schema.csv, and moves every table into place atomically. Each document's text goes to
 * {@code text/<doc_id>.txt}.
 *
 * <p>Not thread-safe: one thread adds the documents, in order.
 */
public final class RunTables implements Closeable {
    private final Path out;
    private final List<String> extraColumns;
    private final ExportOptions options;
    private final CsvTableWriter documents;
    private final CsvTableWriter docActorCounts;
    private final CsvTableWriter mentions;
    private final CsvTableWriter docDyads;
    private final CsvTableWriter docTriads;
    private final CsvTableWriter relations;
    private final CsvTableWriter evidence;
    private final CsvTableWriter failures;
    private final List<DocSummary> summaries = new ArrayList<>();
    private final List<CsvTableWriter> committed = new ArrayList<>();
    private int done;
    private int failed;
    private int undated;
    private int tooCoarse;
    private int networkNodes;
    private int networkEdges;

    /** What the wide matrix needs of a document done (kept only with --wide). */
    private record DocSummary(String docId, Map<String, Integer> actorCounts) {
    }

    /**
     * Opens the tables.
     *
     * @param out          output folder (created if missing)
     * @param extraColumns sidecar metadata columns to append to documents.csv, in order
     */
    public RunTables(Path out, List<String> extraColumns) {
        this(out, extraColumns, ExportOptions.DEFAULTS);
    }

    /**
     * Opens the tables.
     *
     * @param out          output folder (created if missing)
     * @param extraColumns sidecar metadata columns to append to documents.csv, in order
     * @param options      what to write besides the fixed tables
     */
    public RunTables(Path out, List<String> extraColumns, ExportOptions options) {
        this.out = out;
        this.extraColumns = List.copyOf(extraColumns);
        this.options = options;
        try {
            Files.createDirectories(out.resolve("text"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + out + ": " + e.getMessage(), e);
        }
        documents = writer(Tables.DOCUMENTS.withExtraColumns(extraColumns));
        mentions = writer(Tables.MENTIONS);
        docDyads = writer(Tables.DOC_DYADS);
        docTriads = writer(Tables.DOC_TRIADS);
        relations = writer(Tables.RELATIONS);
        evidence = writer(Tables.EVIDENCE);
        failures = writer(Tables.FAILURES);
        docActorCounts = writer(Tables.DOC_ACTOR_COUNTS);
    }

    private CsvTableWriter writer(TableSpec spec) {
        return new CsvTableWriter(out, spec, List.of(), options.excelSafe());
    }

    /**
     * Adds a document that went through every stage.
     *
     * @param resolved  the document with its mentions
     * @param relations its co-mention counts, units and sentence cues
     */
    public void addDone(ResolvedDocument resolved, DocumentRelations relations) {
        List<DocCoMention> coMentions = relations.coMentions();
        Document doc = resolved.document();
        String id = doc.docId();
        documentRow(doc.source(), doc.metadata(), doc.language(), doc.encoding(), doc.pages(), doc.text().length(),
                doc.paragraphs().size(), resolved.annotated().sentences().size(), resolved.annotated().tokenCount(),
                resolved.mentions().size(), "done", "", "");
        CsvTableWriter.writeText(out.resolve("text").resolve(id + ".txt"), doc.text());
        for (Mention m : resolved.mentions()) {
            mentions.row(id, m.paragraph(), m.sentence(), m.begin(), m.end(), m.text(), m.actor().id(),
                    m.actor().type(), m.kind().label(), m.nerLabel(), m.source().label(), m.ambiguous());
        }
        Map<String, Integer> perActor = new TreeMap<>();
        resolved.mentions().forEach(m -> perActor.merge(m.actor().id(), 1, Integer::sum));
        perActor.forEach((actorId, n) -> docActorCounts.row(id, actorId, n));
        if (options.wide()) {
            summaries.add(new DocSummary(id, perActor));
        }
        List<DocCoMention> sorted = new ArrayList<>(coMentions);
        sorted.sort(java.util.Comparator.comparing((DocCoMention c) -> c.scope().label())
                .thenComparing(DocCoMention::actorIds, CoMention.ID_ORDER));
        for (DocCoMention c : sorted) {
            if (c.arity() <= 3) {
                List<Object> row = new ArrayList<>(List.of(id, c.scope().label()));
                row.addAll(c.actorIds());
                row.add(c.units());
                row.addAll(cueValues(c.cues()));
                (c.arity() == 2 ? docDyads : docTriads).row(row);
            }
        }
        List<CoMentionUnit> units = new ArrayList<>(relations.units());
        units.sort(java.util.Comparator.comparing((CoMentionUnit u) -> u.scope().label())
                .thenComparingInt(CoMentionUnit::index));
        for (CoMentionUnit u : units) {
            evidence.row(id, u.scope().label(), u.index(), u.begin(), u.end(), String.join(";", u.actorIds()),
                    labels(u.cues()),
                    u.scope().unit() == Scope.Unit.DOCUMENT ? "" : doc.text().substring(u.begin(), u.end()));
        }
        for (Compound c : resolved.compounds()) {
            org.entente.model.Sentence s = resolved.annotated().sentences().get(c.sentence());
            this.relations.row(id, c.paragraph(), c.sentence(), c.begin(), c.end(), c.text(),
                    String.join(";", c.actorIds()), c.form(), c.head(),
                    labels(relations.sentenceCues().get(c.sentence())), doc.text().substring(s.begin(), s.end()));
        }
        done++;
    }

    /**
     * Adds a document of an extract-only run ({@code entente extract}): its documents.csv row, with the NLP
     * columns (sentences, tokens, mentions) empty, and its text.
     *
     * @param doc the extracted document
     */
    public void addExtracted(Document doc) {
        documentRow(doc.source(), doc.metadata(), doc.language(), doc.encoding(), doc.pages(), doc.text().length(),
                doc.paragraphs().size(), null, null, null, "done", "", "");
        CsvTableWriter.writeText(out.resolve("text").resolve(doc.docId() + ".txt"), doc.text());
        done++;
    }

    /** Moves the tables of an extract-only run into place: documents.csv, failures.csv and schema.csv. */
    public void commitExtracted() {
        List<CsvTableWriter> all = new ArrayList<>(List.of(documents, failures));
        try (CsvTableWriter schema = writer(Tables.SCHEMA)) {
            all.add(schema);
            writeSchema(schema, all);
            for (CsvTableWriter w : all) {
                w.commit();
            }
            committed.addAll(all);
        }
    }

    /**
     * Adds a document that failed at some stage.
     *
     * @param source   the input file
     * @param metadata what is known of it (sidecar), or {@link Metadata#EMPTY}
     * @param stage    the stage that failed
     * @param error    a one-line reason
     */
    public void addFailed(Source source, Metadata metadata, String stage, String error) {
        // the counts of a failed document are missing (empty), not 0
        documentRow(source, metadata, metadata.extra().getOrDefault("language", ""), "", null, null, null, null, null,
                null, "failed", stage, error);
        failures.row(source.docId(), source.relativePath(), stage, error, FailureHints.hint(stage, error));
        failed++;
    }

    /** One documents.csv row; a null count is written empty (not computed). */
    private void documentRow(Source s, Metadata m, String language, String encoding, Integer pages, Integer chars,
                             Integer paragraphs, Integer sentences, Integer tokens, Integer mentionCount, String status,
                             String stage, String error) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(s.docId(), s.relativePath(), s.sha256(),
                s.format().label(), m.title(), m.authors(), m.date(), m.series(), m.url(), language, encoding, pages,
                chars, paragraphs, sentences, tokens, mentionCount, status, stage, error));
        for (String column : extraColumns) {
            row.add(m.extra().getOrDefault(column, ""));
        }
        documents.row(row);
    }

    private static List<Object> cueValues(CueCounts c) {
        return List.of(c.verbalCooperation(), c.materialCooperation(), c.verbalConflict(), c.materialConflict(),
                c.neutral(), c.none());
    }

    private static String labels(Set<CueClass> cues) {
        return String.join(";", cues.stream().sorted().map(CueClass::label).toList());
    }

    /** Documents added as done. */
    public int done() {
        return done;
    }

    /** Documents added as failed. */
    public int failed() {
        return failed;
    }

    /** Dated documents done that timeseries.csv left out: without a date. */
    public int undated() {
        return undated;
    }

    /** Documents done left out of timeseries.csv because their date is less precise than the period. */
    public int tooCoarse() {
        return tooCoarse;
    }

    /** Nodes of the network files (after {@link #commit}). */
    public int networkNodes() {
        return networkNodes;
    }

    /** Edges of the network files (after {@link #commit}). */
    public int networkEdges() {
        return networkEdges;
    }

    /** The tables written, in the order of {@link Tables#ALL}, with their row counts (after {@link #commit}). */
    public List<WrittenTable> written() {
        List<WrittenTable> list = new ArrayList<>();
        for (TableSpec spec : Tables.ALL) {
            committed.stream().filter(w -> w.spec().file().equals(spec.file())).findFirst()
                    .ifPresent(w -> list.add(new WrittenTable(spec.file(), w.rows())));
        }
        return list;
    }

    /**
     * Writes the corpus totals, the optional and derived tables, the network files and schema.csv, and moves
     * every table into place.
     *
     * @param totals the corpus totals of the documents added
     */
    public void commit(CorpusTotals totals) {
        List<CoMention> dyadTotals = totals.coMentions(2, 2);
        List<CoMention> triadTotals = totals.coMentions(3, 3);
        List<CoMention> naryTotals = totals.coMentions(4, Integer.MAX_VALUE);
        List<CorpusTotals.Partial> actors = List.copyOf(totals.of(CorpusTotals.Kind.ACTOR).values());
        List<String> actorIds = actors.stream().map(p -> p.actor().id()).toList();
        try (CsvTableWriter actorTable = writer(Tables.ACTORS);
             CsvTableWriter dyads = writer(Tables.DYADS);
             CsvTableWriter triads = writer(Tables.TRIADS);
             CsvTableWriter nary = writer(Tables.NARY);
             CsvTableWriter unresolvedTable = writer(Tables.UNRESOLVED);
             CsvTableWriter timeseries = writer(Tables.TIMESERIES);
             CsvTableWriter wide = options.wide()
                     ? new CsvTableWriter(out, Tables.DOC_ACTOR_COUNTS_WIDE, actorIds, options.excelSafe()) : null) {
            actors.forEach(t -> actorTable.row(t.actor().id(), t.actor().type(), t.actor().name(),
                    t.actor().state(), t.actor().wikidata(), t.actor().keys().cowCode(), t.actor().keys().cowNumber(),
                    t.actor().keys().archigos(), t.a(), t.b(), t.c()));
            writeTotals(dyads, dyadTotals);
            writeTotals(triads, triadTotals);
            List<CoMention> sortedNary = new ArrayList<>(naryTotals);
            sortedNary.sort(java.util.Comparator.comparing((CoMention c) -> c.scope().label())
                    .thenComparing(c -> String.join(";", c.actorIds())));
            for (CoMention c : sortedNary) {
                List<Object> row = new ArrayList<>(List.of(c.scope().label(), c.actorIds().size(),
                        String.join(";", c.actorIds()), c.units(), c.documents(), c.firstDate(), c.lastDate()));
                row.addAll(cueValues(c.cues()));
                nary.row(row);
            }
            totals.of(CorpusTotals.Kind.UNRESOLVED).forEach((k, v) -> unresolvedTable.row(k.parts().get(0),
                    k.parts().get(1), v.a(), v.b()));
            writeTimeseries(timeseries, totals);
            List<CsvTableWriter> all = new ArrayList<>(List.of(documents, mentions, actorTable, dyads, triads,
                    docDyads, docTriads, nary, evidence, relations, unresolvedTable, failures, docActorCounts, timeseries));
            if (wide != null) {
                for (DocSummary d : summaries) {
                    List<Object> row = new ArrayList<>(List.of(d.docId()));
                    actorIds.forEach(a -> row.add(d.actorCounts().getOrDefault(a, 0)));
                    wide.row(row);
                }
                all.add(wide);
            }
            List<Network.Node> nodes = actors.stream()
                    .filter(t -> options.actorTypes().contains(t.actor().type()))
                    .map(t -> new Network.Node(t.actor(), t.a(), t.b(), t.c())).toList();
            Network.write(out, nodes, dyadTotals, options.scopes());
            networkNodes = nodes.size();
            networkEdges = (int) dyadTotals.stream().map(CoMention::actorIds).distinct().count();
            try (CsvTableWriter schema = writer(Tables.SCHEMA)) {
                all.add(schema);
                writeSchema(schema, all);
                for (CsvTableWriter w : all) {
                    w.commit();
                }
                committed.addAll(all);
            }
        }
    }

    private static void writeSchema(CsvTableWriter schema, List<CsvTableWriter> tables) {
        List<CsvTableWriter> sorted = new ArrayList<>(tables);
        sorted.sort(java.util.Comparator.comparing(w -> w.spec().file()));
        for (CsvTableWriter w : sorted) {
            TableSpec spec = w.spec();
            List<String> header = w.header();
            for (int i = 0; i < header.size(); i++) {
                Column c = spec.column(header.get(i));
                boolean repeated = i >= spec.columns().size();
                String description = repeated ? "mentions of " + header.get(i) + " in the document" : c.description();
                schema.row(spec.file(), i + 1, header.get(i), c.type(), spec.key().contains(header.get(i))
                        && !repeated, description);
            }
        }
    }

    private void writeTimeseries(CsvTableWriter table, CorpusTotals totals) {
        undated = (int) totals.count(CorpusTotals.Kind.UNDATED);
        tooCoarse = (int) totals.count(CorpusTotals.Kind.TOO_COARSE);
        Map<String, Long> periodDocuments = new TreeMap<>();
        totals.of(CorpusTotals.Kind.PERIOD).forEach((k, v) -> periodDocuments.put(k.parts().get(0), v.a()));
        totals.of(CorpusTotals.Kind.SERIES).forEach((k, v) -> {
            List<String> c = k.parts();
            table.row(c.get(0), totals.period().start(c.get(0)), c.get(1), c.get(2), c.get(3), c.get(4), v.a(), v.b(),
                    periodDocuments.get(c.get(0)));
        });
    }

    /** Writes totals sorted by key: scope by its label, then the ids. */
    private static void writeTotals(CsvTableWriter table, List<CoMention> rows) {
        List<CoMention> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing((CoMention c) -> c.scope().label())
                .thenComparing(CoMention::actorIds, CoMention.ID_ORDER));
        for (CoMention c : sorted) {
            List<Object> row = new ArrayList<>(List.of(c.scope().label()));
            row.addAll(c.actorIds());
            row.addAll(List.of(c.units(), c.documents(), c.firstDate(), c.lastDate()));
            row.addAll(cueValues(c.cues()));
            table.row(row);
        }
    }

    /** Discards tables not committed. */
    @Override
    public void close() {
        for (CsvTableWriter w : List.of(documents, mentions, docDyads, docTriads, evidence, relations, failures,
                docActorCounts)) {
            w.close();
        }
    }
}
