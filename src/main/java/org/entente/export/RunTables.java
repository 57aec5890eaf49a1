package org.entente.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Actor;
import org.entente.model.CoMention;
import org.entente.model.CoMentionUnit;
import org.entente.model.Compound;
import org.entente.model.CorpusCounts;
import org.entente.model.Counting;
import org.entente.model.CueClass;
import org.entente.model.CueCounts;
import org.entente.model.DirectedDyad;
import org.entente.model.DocCoMention;
import org.entente.model.Document;
import org.entente.model.DocumentRelations;
import org.entente.model.Event;
import org.entente.model.FailureKind;
import org.entente.model.Mention;
import org.entente.model.Metadata;
import org.entente.model.Period;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.model.Sentence;
import org.entente.model.Source;
import org.entente.model.Stage;

/**
 * Writes the tables of one run into an output folder. Per-document rows are streamed as documents are
 * added (which must happen in doc_id order); the corpus totals, summed by the caller ({@link CorpusCounts}),
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
    private final Counting counting;
    private final TableOutput documents;
    private final TableOutput docActorCounts;
    private final TableOutput mentions;
    private final TableOutput docDyads;
    private final TableOutput docTriads;
    private final TableOutput relations;
    private final TableOutput evidence;
    private final TableOutput failures;
    private final TableOutput events;
    private final TableOutput docDirectedDyads;
    private final List<DocSummary> summaries = new ArrayList<>();
    private final List<TableOutput> committed = new ArrayList<>();
    private int done;
    private int failed;
    private int undated;
    private int tooCoarse;
    private int networkNodes;
    private int networkEdges;

    /** What the wide matrix needs of a document done (kept only with --wide). */
    private record DocSummary(String docId, Map<String, Integer> actorCounts) {}

    /**
     * Opens the tables.
     *
     * @param out          output folder (created if missing)
     * @param extraColumns sidecar metadata columns to append to documents.csv, in order
     * @param options      the formats and what to write besides the fixed tables
     * @param counting     what the co-mentions counted (the network's nodes and scopes)
     */
    public RunTables(Path out, List<String> extraColumns, ExportOptions options, Counting counting) {
        this.out = out;
        this.extraColumns = List.copyOf(extraColumns);
        this.options = options;
        this.counting = counting;
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
        events = writer(Tables.EVENTS);
        docDirectedDyads = writer(Tables.DOC_DIRECTED_DYADS);
    }

    private TableOutput writer(TableSpec spec) {
        return new TableOutput(out, spec, List.of(), options);
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
        addDocument(
                doc,
                resolved.annotated().sentences().size(),
                resolved.annotated().tokenCount(),
                resolved.mentions().size());
        for (Mention m : resolved.mentions()) {
            mentions.row(
                    id,
                    m.paragraph(),
                    m.sentence(),
                    m.begin(),
                    m.end(),
                    m.text(),
                    m.actor().id(),
                    m.actor().type(),
                    m.kind().label(),
                    m.nerLabel(),
                    m.source().label(),
                    m.ambiguous(),
                    doc.languageOf(m.paragraph()),
                    m.nameClass());
        }
        Map<String, Integer> perActor = new TreeMap<>();
        resolved.mentions().forEach(m -> perActor.merge(m.actor().id(), 1, Integer::sum));
        perActor.forEach((actorId, n) -> docActorCounts.row(id, actorId, n));
        if (options.wide()) {
            summaries.add(new DocSummary(id, perActor));
        }
        List<DocCoMention> sorted = new ArrayList<>(coMentions);
        sorted.sort(Comparator.comparing((DocCoMention c) -> c.scope().label())
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
        units.sort(Comparator.comparing((CoMentionUnit u) -> u.scope().label()).thenComparingInt(CoMentionUnit::index));
        for (CoMentionUnit u : units) {
            evidence.row(
                    id,
                    u.scope().label(),
                    u.index(),
                    u.begin(),
                    u.end(),
                    u.actorIds(),
                    labels(u.cues()),
                    u.scope().unit() == Scope.Unit.DOCUMENT ? "" : doc.text().substring(u.begin(), u.end()));
        }
        for (Compound c : resolved.compounds()) {
            Sentence s = resolved.annotated().sentences().get(c.sentence());
            this.relations.row(
                    id,
                    c.paragraph(),
                    c.sentence(),
                    c.begin(),
                    c.end(),
                    c.text(),
                    c.actorIds(),
                    c.form(),
                    c.head(),
                    labels(relations.sentenceCues().get(c.sentence())),
                    doc.text().substring(s.begin(), s.end()));
        }
        addEvents(resolved, relations.events());
        done++;
    }

    /** The events.csv and doc_directed_dyads.csv rows of a document. */
    private void addEvents(ResolvedDocument resolved, List<Event> coded) {
        String id = resolved.document().docId();
        List<Event> sorted = new ArrayList<>(coded);
        sorted.sort(Comparator.comparingInt(Event::begin)
                .thenComparingInt(Event::end)
                .thenComparing(e -> e.source().id())
                .thenComparing(e -> e.target().id())
                .thenComparing(e -> e.type().name()));
        for (Event e : sorted) {
            Sentence s = resolved.annotated().sentences().get(e.sentence());
            events.row(
                    id,
                    e.paragraph(),
                    e.sentence(),
                    e.begin(),
                    e.end(),
                    e.source().id(),
                    e.source().type(),
                    e.sourceState(),
                    e.target().id(),
                    e.target().type(),
                    e.targetState(),
                    e.type().name(),
                    e.quad().label(),
                    e.mode().label(),
                    e.nested(),
                    e.trigger(),
                    resolved.document().text().substring(s.begin(), s.end()));
        }
        for (DirectedDyad d : DirectedDyad.of(coded)) {
            docDirectedDyads.row(
                    id, d.source(), d.target(), d.type().name(), d.type().quad().label(), d.events(), d.sentences());
        }
    }

    /**
     * Adds a document of an extract-only run ({@code entente extract}): its documents.csv row, with the NLP
     * columns (sentences, tokens, mentions) empty, and its text.
     *
     * @param doc the extracted document
     */
    public void addExtracted(Document doc) {
        addDocument(doc, null, null, null);
        done++;
    }

    /** The documents.csv row of a document done and its text; null NLP counts are written empty. */
    private void addDocument(Document doc, Integer sentences, Integer tokens, Integer mentionCount) {
        documentRow(
                doc.source(),
                doc.metadata(),
                doc.language(),
                doc.encoding(),
                doc.pages(),
                doc.text().length(),
                doc.paragraphs().size(),
                sentences,
                tokens,
                mentionCount,
                "done",
                "",
                "");
        CsvTableWriter.writeText(out.resolve("text").resolve(doc.docId() + ".txt"), doc.text());
    }

    /** Moves the tables of an extract-only run into place: documents, failures and schema. */
    public void commitExtracted() {
        commitWithSchema(new ArrayList<>(List.of(documents, failures)));
    }

    /** Writes schema (the columns of the given tables and its own) and moves every table into place. */
    private void commitWithSchema(List<TableOutput> all) {
        try (TableOutput schema = writer(Tables.SCHEMA)) {
            all.add(schema);
            writeSchema(schema, all);
            for (TableOutput w : all) {
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
     * @param kind     what kind of failure
     * @param error    a one-line reason
     */
    public void addFailed(Source source, Metadata metadata, Stage stage, FailureKind kind, String error) {
        // the counts of a failed document are missing (empty), not 0
        documentRow(
                source,
                metadata,
                metadata.extra().getOrDefault("language", ""),
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                "failed",
                stage.label(),
                error);
        failures.row(source.docId(), source.relativePath(), stage.label(), error, FailureHints.hint(kind, stage));
        failed++;
    }

    /** The languages with a bundle of their own (pipeline.Language); others get a warning in documents.csv. */
    public static final Set<String> ANALYSED_LANGUAGES = Set.of("eng", "kor", "jpn", "zho", "rus");

    /** One documents.csv row; a null count is written empty (not computed). */
    private void documentRow(
            Source s,
            Metadata m,
            String language,
            String encoding,
            Integer pages,
            Integer chars,
            Integer paragraphs,
            Integer sentences,
            Integer tokens,
            Integer mentionCount,
            String status,
            String stage,
            String error) {
        List<Object> row = new ArrayList<>(Arrays.asList(
                s.docId(),
                s.relativePath(),
                s.sha256(),
                s.format(),
                m.title(),
                m.authors(),
                m.date(),
                m.series(),
                m.url(),
                language,
                encoding,
                pages,
                chars,
                paragraphs,
                sentences,
                tokens,
                mentionCount,
                status,
                stage,
                error,
                status.equals("done") && !language.isEmpty() && !ANALYSED_LANGUAGES.contains(language)
                        ? "language " + language + " has no bundle: analysed with the English rules"
                        : ""));
        for (String column : extraColumns) {
            row.add(m.extra().getOrDefault(column, ""));
        }
        documents.row(row);
    }

    private static List<Object> cueValues(CueCounts c) {
        return List.copyOf(c.values());
    }

    private static List<String> labels(Set<CueClass> cues) {
        return cues.stream().sorted().map(CueClass::label).toList();
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

    /**
     * The files written, in the order of {@link Tables#ALL} and, for each table, of the formats, with their row
     * counts (after {@link #commit}).
     */
    public List<WrittenTable> written() {
        List<WrittenTable> list = new ArrayList<>();
        for (TableSpec spec : Tables.ALL) {
            committed.stream()
                    .filter(w -> w.spec().name().equals(spec.name()))
                    .findFirst()
                    .ifPresent(w -> {
                        for (OutputFormat format : options.formats()) {
                            list.add(new WrittenTable(format.file(spec), w.rows()));
                        }
                    });
        }
        return list;
    }

    /**
     * Writes the corpus totals, the optional and derived tables, the network files and schema.csv, and moves
     * every table into place.
     *
     * @param totals the corpus totals of the documents added
     */
    public void commit(CorpusCounts totals) {
        List<CoMention> dyadTotals = totals.coMentions(2, 2);
        List<CorpusCounts.ActorCount> actors = totals.actors();
        List<String> actorIds = actors.stream().map(a -> a.actor().id()).toList();
        try (TableOutput actorTable = writer(Tables.ACTORS);
                TableOutput dyads = writer(Tables.DYADS);
                TableOutput triads = writer(Tables.TRIADS);
                TableOutput nary = writer(Tables.NARY);
                TableOutput unresolvedTable = writer(Tables.UNRESOLVED);
                TableOutput timeseries = writer(Tables.TIMESERIES);
                TableOutput directedDyads = writer(Tables.DIRECTED_DYADS);
                TableOutput directedSeries = writer(Tables.DIRECTED_TIMESERIES);
                TableOutput wide =
                        options.wide() ? new TableOutput(out, Tables.DOC_ACTOR_COUNTS_WIDE, actorIds, options) : null) {
            for (CorpusCounts.ActorCount t : actors) {
                Actor a = t.actor();
                actorTable.row(
                        a.id(),
                        a.type(),
                        a.name(),
                        a.state(),
                        a.wikidata(),
                        a.keys().cowCode(),
                        a.keys().cowNumber(),
                        a.keys().archigos(),
                        t.mentions(),
                        t.sentences(),
                        t.documents());
            }
            writeTotals(dyads, dyadTotals);
            writeTotals(triads, totals.coMentions(3, 3));
            List<CoMention> sortedNary = new ArrayList<>(totals.coMentions(4, Integer.MAX_VALUE));
            sortedNary.sort(Comparator.comparing((CoMention c) -> c.scope().label())
                    .thenComparing(c -> String.join(";", c.actorIds())));
            for (CoMention c : sortedNary) {
                List<Object> row = new ArrayList<>(List.of(
                        c.scope().label(),
                        c.actorIds().size(),
                        c.actorIds(),
                        c.units(),
                        c.documents(),
                        c.firstDate(),
                        c.lastDate()));
                row.addAll(cueValues(c.cues()));
                nary.row(row);
            }
            totals.unresolved()
                    .forEach(u ->
                            unresolvedTable.row(u.name(), u.labels(), u.suggestion(), u.mentions(), u.documents()));
            writeTimeseries(timeseries, totals);
            writeDirected(directedDyads, directedSeries, totals);
            List<TableOutput> all = new ArrayList<>(perDocumentTables());
            all.addAll(List.of(
                    actorTable, dyads, triads, nary, unresolvedTable, timeseries, directedDyads, directedSeries));
            if (wide != null) {
                for (DocSummary d : summaries) {
                    List<Object> row = new ArrayList<>(List.of(d.docId()));
                    actorIds.forEach(a -> row.add(d.actorCounts().getOrDefault(a, 0)));
                    wide.row(row);
                }
                all.add(wide);
            }
            List<Network.Node> nodes = actors.stream()
                    .filter(t -> counting.actorTypes().contains(t.actor().type()))
                    .map(t -> new Network.Node(t.actor(), t.mentions(), t.sentences(), t.documents()))
                    .toList();
            Network.write(out, nodes, dyadTotals, counting.scopes());
            Network.writeDirected(
                    out,
                    actors.stream()
                            .map(t -> new Network.Node(t.actor(), t.mentions(), t.sentences(), t.documents()))
                            .toList(),
                    totals.directed());
            networkNodes = nodes.size();
            networkEdges = (int)
                    dyadTotals.stream().map(CoMention::actorIds).distinct().count();
            commitWithSchema(all);
        }
    }

    private static void writeSchema(TableOutput schema, List<TableOutput> tables) {
        List<TableOutput> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(w -> w.spec().name()));
        for (TableOutput w : sorted) {
            TableSpec spec = w.spec();
            List<String> header = w.header();
            for (int i = 0; i < header.size(); i++) {
                Column c = spec.column(header.get(i));
                boolean repeated = i >= spec.columns().size();
                String description = repeated ? "mentions of " + header.get(i) + " in the document" : c.description();
                schema.row(
                        spec.name(),
                        i + 1,
                        header.get(i),
                        c.type().label(),
                        spec.key().contains(header.get(i)) && !repeated,
                        description);
            }
        }
    }

    private void writeTimeseries(TableOutput table, CorpusCounts totals) {
        undated = (int) totals.undated();
        tooCoarse = (int) totals.tooCoarse();
        Period period = this.options.period();
        for (CorpusCounts.SeriesCount c : totals.series()) {
            table.row(
                    c.period(),
                    period.start(c.period()),
                    c.kind(),
                    c.scope(),
                    c.actor1(),
                    c.actor2(),
                    c.count(),
                    c.documents(),
                    totals.periodDocuments().get(c.period()));
        }
    }

    private void writeDirected(TableOutput dyads, TableOutput series, CorpusCounts totals) {
        for (CorpusCounts.DirectedCount d : totals.directed()) {
            dyads.row(
                    d.source(),
                    d.target(),
                    d.type().name(),
                    d.type().quad().label(),
                    d.events(),
                    d.sentences(),
                    d.documents(),
                    d.firstDate(),
                    d.lastDate());
        }
        Period period = this.options.period();
        for (CorpusCounts.DirectedSeriesCount c : totals.directedSeries()) {
            series.row(
                    c.period(),
                    period.start(c.period()),
                    c.source(),
                    c.target(),
                    c.type().name(),
                    c.type().quad().label(),
                    c.events(),
                    c.documents(),
                    totals.periodDocuments().get(c.period()));
        }
    }

    /** Writes totals sorted by key: scope by its label, then the ids. */
    private static void writeTotals(TableOutput table, List<CoMention> rows) {
        List<CoMention> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((CoMention c) -> c.scope().label())
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
        perDocumentTables().forEach(TableOutput::close);
    }

    /** The tables streamed as documents are added. */
    private List<TableOutput> perDocumentTables() {
        return List.of(
                documents,
                mentions,
                docDyads,
                docTriads,
                evidence,
                relations,
                failures,
                docActorCounts,
                events,
                docDirectedDyads);
    }
}
