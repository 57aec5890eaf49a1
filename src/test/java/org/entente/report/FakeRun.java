package org.entente.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the tables of a small made-up run into a folder, the way entente analyze lays them out. */
final class FakeRun {
    static final String DOCUMENTS = "doc_id,title,date,mentions,status,stage,error";
    static final String ACTORS = "actor_id,actor_type,name,state_id,wikidata,mentions,sentences,documents";
    static final String DYADS = "scope,actor_1,actor_2,units,documents,first_date,last_date";
    static final String TRIADS = "scope,actor_1,actor_2,actor_3,units,documents,first_date,last_date";
    static final String DOC_DYADS = "doc_id,scope,actor_1,actor_2,units";
    static final String MENTIONS = "doc_id,paragraph,sentence,begin,end,text,actor_id,actor_type";
    static final String EVIDENCE = "doc_id,scope,unit,begin,end,actor_ids,cue_classes,text";

    private final Path dir;
    private final List<List<Object>> mentions = new ArrayList<>();

    FakeRun(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("text"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** Writes a table: a header line of comma-separated names, then rows of values. */
    FakeRun table(String file, String header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord((Object[]) header.split(","));
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
            Files.writeString(dir.resolve(file), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a document's text and records a mention of each (actor id, form) in the given sentence. */
    FakeRun text(String docId, String text) {
        try {
            Files.writeString(dir.resolve("text").resolve(docId + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Records a mention of {@code form}'s n-th occurrence (0-based) in the document's text. */
    FakeRun mention(String docId, int sentence, String form, int occurrence, String actorId, String type) {
        String text;
        try {
            text = Files.readString(dir.resolve("text").resolve(docId + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(form, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(form + " not in " + docId);
        }
        mentions.add(List.of(docId, 0, sentence, at, at + form.length(), form, actorId, type));
        return this;
    }

    /** Writes mentions.csv from the recorded mentions (in the order recorded, which must be doc_id, begin). */
    FakeRun writeMentions() {
        return table("mentions.csv", MENTIONS, mentions);
    }

    static List<Object> row(Object... values) {
        return List.of(values);
    }
}
