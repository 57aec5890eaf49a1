package org.entente.export;

import java.util.List;

/**
 * The definitions of every table Entente writes: the single source for writing them and for docs/tables.md.
 * Column order is stable; a change of columns is a new {@link #SCHEMA_VERSION}.
 */
public final class Tables {
    /** Version of the table schema; bumped whenever a table gains, loses or reorders a column. */
    public static final String SCHEMA_VERSION = "1";

    private Tables() {
    }

    private static Column s(String name, String description) {
        return new Column(name, "string", description);
    }

    private static Column i(String name, String description) {
        return new Column(name, "integer", description);
    }

    private static Column d(String name, String description) {
        return new Column(name, "date", description);
    }

    private static Column b(String name, String description) {
        return new Column(name, "boolean", description);
    }

    /** The unit counts split by relation cue class, appended to every co-mention table. */
    private static List<Column> cueColumns() {
        return List.of(i("units_verbal_cooperation", "of those units, the ones with a verbal-cooperation cue"),
                i("units_material_cooperation", "… with a material-cooperation cue"),
                i("units_verbal_conflict", "… with a verbal-conflict cue"),
                i("units_material_conflict", "… with a material-conflict cue"),
                i("units_neutral", "… with a neutral relation cue (relations, ties)"),
                i("units_no_cue", "… with no cue at all"));
    }

    private static List<Column> concat(List<Column> a, List<Column> b) {
        List<Column> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One row per input document, done or failed. */
    public static final TableSpec DOCUMENTS = new TableSpec("documents.csv", "one row per input document",
            List.of(s("doc_id", "stable id derived from the path relative to its input folder"),
                    s("path", "path relative to its input folder, '/' separated"),
                    s("sha256", "SHA-256 of the file's bytes"),
                    s("format", "pdf, html or txt"),
                    s("title", "title (sidecar, then file metadata, then first heading)"),
                    s("authors", "authors, '; ' separated"),
                    d("date", "publication date, ISO 8601 (yyyy, yyyy-mm or yyyy-mm-dd)"),
                    s("series", "series or publication venue"),
                    s("url", "source address"),
                    s("language", "ISO 639-3 code of the detected language"),
                    s("encoding", "character encoding of a text file"),
                    i("pages", "pages read (PDF), else 0"),
                    i("chars", "characters of extracted text"),
                    i("paragraphs", "paragraphs of extracted text"),
                    i("sentences", "sentences"),
                    i("tokens", "tokens"),
                    i("mentions", "actor mentions (all types)"),
                    s("status", "done or failed"),
                    s("stage", "for failed documents: the stage that failed (extract, annotate, resolve)"),
                    s("error", "for failed documents: a one-line reason")),
            List.of("doc_id"));

    /** One row per actor mention. */
    public static final TableSpec MENTIONS = new TableSpec("mentions.csv", "one row per actor mention",
            List.of(s("doc_id", "document id"),
                    i("paragraph", "0-based paragraph index"),
                    i("sentence", "0-based sentence index in the document"),
                    i("begin", "char offset into out/text/<doc_id>.txt, inclusive (UTF-16 code units)"),
                    i("end", "char offset, exclusive"),
                    s("text", "the mention as written"),
                    s("actor_id", "id of the actor"),
                    s("actor_type", "STATE, LEADER or ORG"),
                    s("match_kind", "name, alias, abbreviation, compound_part, possessive, capital, demonym, "
                            + "surname, title_surname"),
                    s("ner_label", "label of the overlapping named entity, if any"),
                    s("source", "dictionary, ner or both"),
                    b("ambiguous", "true for forms the conventions flag ambiguous (Korea -> KOR)")),
            List.of("doc_id", "begin", "end", "actor_id"));

    /** One row per actor mentioned anywhere in the run. */
    public static final TableSpec ACTORS = new TableSpec("actors.csv", "one row per actor mentioned in the run",
            List.of(s("actor_id", "id of the actor"),
                    s("actor_type", "STATE, LEADER or ORG"),
                    s("name", "preferred English name"),
                    s("state_id", "for leaders: the state served in the latest term"),
                    s("wikidata", "Wikidata QID"),
                    i("mentions", "mentions in all documents"),
                    i("sentences", "sentences that mention the actor"),
                    i("documents", "documents that mention the actor")),
            List.of("actor_id"));

    /** Corpus totals of dyads. */
    public static final TableSpec DYADS = new TableSpec("dyads.csv", "one row per co-mentioned pair and scope",
            concat(List.of(s("scope", "sentence, paragraph, document or window:N"),
                    s("actor_1", "first id, in sorted order"),
                    s("actor_2", "second id"),
                    i("units", "units (sentences, paragraphs or documents) that mention both"),
                    i("documents", "documents with at least one such unit"),
                    d("first_date", "earliest date of those documents"),
                    d("last_date", "latest date of those documents")), cueColumns()),
            List.of("scope", "actor_1", "actor_2"));

    /** Corpus totals of triads. */
    public static final TableSpec TRIADS = new TableSpec("triads.csv", "one row per co-mentioned triple and scope",
            concat(List.of(s("scope", "sentence, paragraph, document or window:N"),
                    s("actor_1", "first id, in sorted order"),
                    s("actor_2", "second id"),
                    s("actor_3", "third id"),
                    i("units", "units that mention all three"),
                    i("documents", "documents with at least one such unit"),
                    d("first_date", "earliest date of those documents"),
                    d("last_date", "latest date of those documents")), cueColumns()),
            List.of("scope", "actor_1", "actor_2", "actor_3"));

    /** Per-document dyads. */
    public static final TableSpec DOC_DYADS = new TableSpec("doc_dyads.csv", "one row per document, scope and pair",
            concat(List.of(s("doc_id", "document id"),
                    s("scope", "sentence, paragraph, document or window:N"),
                    s("actor_1", "first id, in sorted order"),
                    s("actor_2", "second id"),
                    i("units", "units of the document that mention both")), cueColumns()),
            List.of("doc_id", "scope", "actor_1", "actor_2"));

    /** Per-document triads. */
    public static final TableSpec DOC_TRIADS = new TableSpec("doc_triads.csv",
            "one row per document, scope and triple",
            concat(List.of(s("doc_id", "document id"),
                    s("scope", "sentence, paragraph, document or window:N"),
                    s("actor_1", "first id, in sorted order"),
                    s("actor_2", "second id"),
                    s("actor_3", "third id"),
                    i("units", "units of the document that mention all three")), cueColumns()),
            List.of("doc_id", "scope", "actor_1", "actor_2", "actor_3"));

    /** Co-mentioned sets of four or more actors (written when --max-arity is above 3). */
    public static final TableSpec NARY = new TableSpec("nary.csv",
            "one row per co-mentioned set of four or more actors and scope (with --max-arity 4 or more)",
            concat(List.of(s("scope", "sentence, paragraph, document or window:N"),
                    i("arity", "number of actors in the set"),
                    s("actor_ids", "the ids, sorted, ';' separated"),
                    i("units", "units that mention them all"),
                    i("documents", "documents with at least one such unit"),
                    d("first_date", "earliest date of those documents"),
                    d("last_date", "latest date of those documents")), cueColumns()),
            List.of("scope", "actor_ids"));

    /** The units behind every co-mention count. */
    public static final TableSpec EVIDENCE = new TableSpec("evidence.csv",
            "one row per co-mention unit (a unit with two or more counted actors): the evidence behind the counts",
            List.of(s("doc_id", "document id"),
                    s("scope", "sentence, paragraph, document or window:N"),
                    i("unit", "index of the unit in the document (sentence, paragraph or window index; 0 for "
                            + "the document)"),
                    i("begin", "char offset of the unit, inclusive"),
                    i("end", "char offset, exclusive"),
                    s("actor_ids", "the counted actors in the unit, sorted, ';' separated"),
                    s("cue_classes", "the relation cue classes found in the unit, ';' separated"),
                    s("text", "the unit's text (empty for document units: see text/<doc_id>.txt)")),
            List.of("doc_id", "scope", "unit"));

    /** Explicit compound relations. */
    public static final TableSpec RELATIONS = new TableSpec("relations.csv",
            "one row per explicit compound relation (\"North Korea-Russia summit\", \"among North Korea, China "
                    + "and Russia\")",
            List.of(s("doc_id", "document id"),
                    i("paragraph", "0-based paragraph index"),
                    i("sentence", "0-based sentence index"),
                    i("begin", "char offset of the compound, inclusive"),
                    i("end", "char offset, exclusive"),
                    s("text", "the compound as written"),
                    s("actor_ids", "the parts' actor ids in text order, ';' separated"),
                    s("form", "hyphen (joined by - or /) or list (a coordinated list after a relation noun)"),
                    s("head", "the head noun (summit, cooperation…), or empty"),
                    s("cue_classes", "the relation cue classes of its sentence, ';' separated"),
                    s("sentence_text", "the sentence")),
            List.of("doc_id", "begin"));

    /** Named entities that no actor matched. */
    public static final TableSpec UNRESOLVED = new TableSpec("unresolved.csv",
            "one row per unresolved PERSON, ORGANIZATION or LOCATION entity text",
            List.of(s("text", "the entity as written"),
                    s("ner_label", "the engine's label"),
                    i("mentions", "occurrences in all documents"),
                    i("documents", "documents with it")),
            List.of("text", "ner_label"));

    /** Every table, in the order documented. */
    public static final List<TableSpec> ALL =
            List.of(DOCUMENTS, MENTIONS, ACTORS, DYADS, TRIADS, DOC_DYADS, DOC_TRIADS, NARY, EVIDENCE, RELATIONS,
                    UNRESOLVED);
}
