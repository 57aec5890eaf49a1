package org.entente.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Actor;
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
import org.entente.model.NamedEntity;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;

/**
 * Writes the tables of one run into an output folder. Per-document rows are streamed as documents are
 * added (which must happen in doc_id order); corpus totals are kept in memory and written by
 * {@link #commit}, which also moves every table into place atomically. Each document's text goes to
 * {@code text/<doc_id>.txt}.
 *
 * <p>Not thread-safe: one thread adds the documents, in order.
 */
public final class RunTables implements Closeable {
    private final Path out;
    private final List<String> extraColumns;
    private final CsvTableWriter documents;
    private final CsvTableWriter mentions;
    private final CsvTableWriter docDyads;
    private final CsvTableWriter docTriads;
    private final CsvTableWriter relations;
    private final CsvTableWriter evidence;
    private final Map<String, ActorTotal> actors = new TreeMap<>();
    private final Map<List<String>, long[]> unresolved = new TreeMap<>(CoMention.ID_ORDER);
    private int done;
    private int failed;

    private static final class ActorTotal {
        Actor actor;
        long mentions;
        long sentences;
        long documents;
    }

    /**
     * Opens the tables.
     *
     * @param out          output folder (created if missing)
     * @param extraColumns sidecar metadata columns to append to documents.csv, in order
     */
    public RunTables(Path out, List<String> extraColumns) {
        this.out = out;
        this.extraColumns = List.copyOf(extraColumns);
        try {
            Files.createDirectories(out.resolve("text"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + out + ": " + e.getMessage(), e);
        }
        documents = new CsvTableWriter(out, Tables.DOCUMENTS.withExtraColumns(extraColumns));
        mentions = new CsvTableWriter(out, Tables.MENTIONS);
        docDyads = new CsvTableWriter(out, Tables.DOC_DYADS);
        docTriads = new CsvTableWriter(out, Tables.DOC_TRIADS);
        relations = new CsvTableWriter(out, Tables.RELATIONS);
        evidence = new CsvTableWriter(out, Tables.EVIDENCE);
    }

    /**
     * Adds a document that went through every stage.
     *
     * @param resolved  the document with its mentions
     * @param relations its co-mention counts, units and sentence cues
     */
    public void addDone(ResolvedDocument resolved, DocumentRelations relations) {
        Document doc = resolved.document();
        String id = doc.docId();
        documentRow(doc.source(), doc.metadata(), doc.language(), doc.encoding(), doc.pages(), doc.text().length(),
                doc.paragraphs().size(), resolved.annotated().sentences().size(), resolved.annotated().tokenCount(),
                resolved.mentions().size(), "done", "", "");
        CsvTableWriter.writeText(out.resolve("text").resolve(id + ".txt"), doc.text());
        Set<String> inDocument = new HashSet<>();
        Map<String, Set<Integer>> sentencesByActor = new TreeMap<>();
        for (Mention m : resolved.mentions()) {
            mentions.row(id, m.paragraph(), m.sentence(), m.begin(), m.end(), m.text(), m.actor().id(),
                    m.actor().type(), m.kind().label(), m.nerLabel(), m.source().label(), m.ambiguous());
            ActorTotal t = actors.computeIfAbsent(m.actor().id(), k -> new ActorTotal());
            t.actor = m.actor();
            t.mentions++;
            if (inDocument.add(m.actor().id())) {
                t.documents++;
            }
            sentencesByActor.computeIfAbsent(m.actor().id(), k -> new HashSet<>()).add(m.sentence());
        }
        sentencesByActor.forEach((actorId, sentences) -> actors.get(actorId).sentences += sentences.size());
        for (DocCoMention c : relations.coMentions()) {
            if (c.arity() <= 3) {
                List<Object> row = new ArrayList<>(List.of(id, c.scope().label()));
                row.addAll(c.actorIds());
                row.add(c.units());
                row.addAll(cueValues(c.cues()));
                (c.arity() == 2 ? docDyads : docTriads).row(row);
            }
        }
        for (CoMentionUnit u : relations.units()) {
            evidence.row(id, u.scope().label(), u.index(), u.begin(), u.end(), String.join(";", u.actorIds()),
                    labels(u.cues()), u.scope().unit() == Scope.Unit.DOCUMENT ? "" : doc.text().substring(u.begin(), u.end()));
        }
        for (Compound c : resolved.compounds()) {
            org.entente.model.Sentence s = resolved.annotated().sentences().get(c.sentence());
            this.relations.row(id, c.paragraph(), c.sentence(), c.begin(), c.end(), c.text(),
                    String.join(";", c.actorIds()), c.form(), c.head(), labels(relations.sentenceCues().get(c.sentence())),
                    doc.text().substring(s.begin(), s.end()));
        }
        Set<List<String>> seen = new HashSet<>();
        for (NamedEntity e : resolved.unresolved()) {
            List<String> key = List.of(e.text(), e.label());
            long[] counts = unresolved.computeIfAbsent(key, k -> new long[2]);
            counts[0]++;
            if (seen.add(key)) {
                counts[1]++;
            }
        }
        done++;
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
        documentRow(source, metadata, metadata.extra().getOrDefault("language", ""), "", 0, 0, 0, 0, 0, 0,
                "failed", stage, error);
        failed++;
    }

    private void documentRow(Source s, Metadata m, String language, String encoding, int pages, int chars,
                             int paragraphs, int sentences, int tokens, int mentionCount, String status, String stage,
                             String error) {
        List<Object> row = new ArrayList<>(List.of(s.docId(), s.relativePath(), s.sha256(), s.format().label(),
                m.title(), m.authors(), m.date(), m.series(), m.url(), language, encoding, pages, chars, paragraphs,
                sentences, tokens, mentionCount, status, stage, error));
        for (String column : extraColumns) {
            row.add(m.extra().getOrDefault(column, ""));
        }
        documents.row(row);
    }

    /** Documents added as done. */
    public int done() {
        return done;
    }

    /** Documents added as failed. */
    public int failed() {
        return failed;
    }

    private static List<Object> cueValues(CueCounts c) {
        return List.of(c.verbalCooperation(), c.materialCooperation(), c.verbalConflict(), c.materialConflict(),
                c.neutral(), c.none());
    }

    private static String labels(Set<CueClass> cues) {
        return String.join(";", cues.stream().sorted().map(CueClass::label).toList());
    }

    /**
     * Writes the corpus totals and moves every table into place.
     *
     * @param dyadTotals  corpus dyads, sorted by scope and ids
     * @param triadTotals corpus triads, sorted likewise
     * @param naryTotals  corpus sets of four or more actors, sorted likewise
     */
    public void commit(List<CoMention> dyadTotals, List<CoMention> triadTotals, List<CoMention> naryTotals) {
        try (CsvTableWriter actorTable = new CsvTableWriter(out, Tables.ACTORS);
             CsvTableWriter dyads = new CsvTableWriter(out, Tables.DYADS);
             CsvTableWriter triads = new CsvTableWriter(out, Tables.TRIADS);
             CsvTableWriter nary = new CsvTableWriter(out, Tables.NARY);
             CsvTableWriter unresolvedTable = new CsvTableWriter(out, Tables.UNRESOLVED)) {
            actors.values().forEach(t -> actorTable.row(t.actor.id(), t.actor.type(), t.actor.name(),
                    t.actor.state(), t.actor.wikidata(), t.mentions, t.sentences, t.documents));
            writeTotals(dyads, dyadTotals);
            writeTotals(triads, triadTotals);
            for (CoMention c : naryTotals) {
                List<Object> row = new ArrayList<>(List.of(c.scope().label(), c.actorIds().size(),
                        String.join(";", c.actorIds()), c.units(), c.documents(), c.firstDate(), c.lastDate()));
                row.addAll(cueValues(c.cues()));
                nary.row(row);
            }
            unresolved.forEach((k, v) -> unresolvedTable.row(k.get(0), k.get(1), v[0], v[1]));
            for (CsvTableWriter w : List.of(documents, mentions, docDyads, docTriads, evidence, relations, actorTable,
                    dyads, triads, nary, unresolvedTable)) {
                w.commit();
            }
        }
    }

    private static void writeTotals(CsvTableWriter table, List<CoMention> rows) {
        for (CoMention c : rows) {
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
        for (CsvTableWriter w : List.of(documents, mentions, docDyads, docTriads, evidence, relations)) {
            w.close();
        }
    }
}
