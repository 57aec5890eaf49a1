package org.entente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers the evidence of the most frequent dyads: the co-mention units (sentences) behind their counts, at
 * most a fixed number per dyad in doc_id and text order, each with the spans of the actor mentions inside it.
 * Units come from evidence.csv when the run has it, else from mentions.csv and the documents' texts (see
 * {@link SentenceSpans}). Cue-class counts are taken from evidence.csv along the way.
 *
 * <p>Not thread-safe: one instance per report.
 */
final class EvidenceCollector {
    /** One co-mention unit shown as evidence. */
    static final class Unit {
        final String docId;
        final int begin;
        final int end;
        final String text;
        final List<String> cues;
        final List<Mark> marks = new ArrayList<>();

        Unit(String docId, int begin, int end, String text, List<String> cues) {
            this.docId = docId;
            this.begin = begin;
            this.end = end;
            this.text = text;
            this.cues = cues;
        }
    }

    /** A mention inside a unit, relative to the unit's text. */
    record Mark(int begin, int end, String actorId) {}

    private final RunTablesReader tables;
    private final Set<String> wanted;
    private final int cap;
    private final String scope;
    private final Set<String> countedTypes;
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, List<Integer>> byDyad = new HashMap<>();
    private final Map<String, long[]> dyadCues = new HashMap<>();
    private final Map<String, long[]> actorCues = new HashMap<>();
    private final Map<String, long[]> triadCues = new HashMap<>();
    private boolean cuesSeen;
    private boolean hasCueColumn;
    private int textsMissing;

    /**
     * @param tables       the run's tables
     * @param wanted       dyad keys ("A|B", ids sorted) whose evidence is kept
     * @param cap          units kept per dyad at most
     * @param scope        the scope shown; evidence.csv rows of other scopes are skipped
     * @param countedTypes actor types counted in co-mentions (for evidence derived from mentions.csv)
     */
    EvidenceCollector(RunTablesReader tables, Set<String> wanted, int cap, String scope, Set<String> countedTypes) {
        this.tables = tables;
        this.wanted = wanted;
        this.cap = cap;
        this.scope = scope;
        this.countedTypes = countedTypes;
    }

    List<Unit> units() {
        return units;
    }

    /** Units of each dyad, by index into {@link #units()}. */
    Map<String, List<Integer>> byDyad() {
        return byDyad;
    }

    /** Whether evidence.csv has cue classes and a unit of the scope was counted. */
    boolean cuesSeen() {
        return cuesSeen;
    }

    Map<String, long[]> dyadCues() {
        return dyadCues;
    }

    Map<String, long[]> actorCues() {
        return actorCues;
    }

    Map<String, long[]> triadCues() {
        return triadCues;
    }

    /** Documents whose text file was missing, so that they gave no evidence. */
    int textsMissing() {
        return textsMissing;
    }

    static String key(List<String> ids) {
        return String.join("|", ids);
    }

    /** Reads evidence.csv: the units, their cue classes, and then their mentions from mentions.csv. */
    void fromEvidenceTable() {
        List<String> header = tables.header(ReportData.EVIDENCE);
        boolean hasScope = header.contains("scope");
        hasCueColumn = header.contains("cue_classes");
        Map<String, List<Integer>> unitsByDoc = new LinkedHashMap<>();
        tables.forEach(ReportData.EVIDENCE, row -> {
            if (hasScope && !row.get("scope").equals(scope)) {
                return;
            }
            List<String> ids = new ArrayList<>(new TreeSet<>(split(row.get("actor_ids"))));
            List<String> cues = split(row.get("cue_classes"));
            countCues(ids, cues);
            List<String> needed = needed(ids);
            if (needed.isEmpty()) {
                return;
            }
            int begin = (int) row.number("begin");
            String text = row.get("text");
            Unit unit = new Unit(row.get("doc_id"), begin, begin + text.length(), text, cues);
            int index = add(unit, needed);
            unitsByDoc.computeIfAbsent(unit.docId, k -> new ArrayList<>()).add(index);
        });
        if (unitsByDoc.isEmpty()) {
            return;
        }
        tables.forEach(ReportData.MENTIONS, row -> {
            List<Integer> docUnits = unitsByDoc.get(row.get("doc_id"));
            if (docUnits == null) {
                return;
            }
            int begin = (int) row.number("begin");
            int end = (int) row.number("end");
            String form = row.get("text");
            for (int i : docUnits) {
                Unit u = units.get(i);
                // only where the unit's text has the mention at its offset (a unit whose text was
                // normalised gets no highlight rather than a wrong one)
                if (begin >= u.begin
                        && end <= u.end
                        && u.text.startsWith(form, begin - u.begin)
                        && end - begin == form.length()) {
                    u.marks.add(new Mark(begin - u.begin, end - u.begin, row.get("actor_id")));
                }
            }
        });
    }

    /** Derives the units from mentions.csv, grouped by (doc_id, sentence), and the documents' texts. */
    void fromMentions() {
        List<M> doc = new ArrayList<>();
        tables.forEach(ReportData.MENTIONS, row -> {
            M m = new M(
                    row.get("doc_id"),
                    (int) row.number("sentence"),
                    (int) row.number("begin"),
                    (int) row.number("end"),
                    row.get("actor_id"),
                    row.get("actor_type"));
            if (!doc.isEmpty() && !doc.get(0).docId.equals(m.docId)) {
                document(doc);
                doc.clear();
            }
            doc.add(m);
        });
        if (!doc.isEmpty()) {
            document(doc);
        }
    }

    private record M(String docId, int sentence, int begin, int end, String actorId, String actorType) {}

    private void document(List<M> mentions) {
        TreeMap<Integer, List<M>> sentences = new TreeMap<>();
        for (M m : mentions) {
            sentences.computeIfAbsent(m.sentence, k -> new ArrayList<>()).add(m);
        }
        String text = null;
        int previousEnd = 0;
        for (Map.Entry<Integer, List<M>> e : sentences.entrySet()) {
            List<M> ms = e.getValue();
            ms.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(a.end, b.end));
            int first = ms.get(0).begin;
            int last = ms.stream().mapToInt(M::end).max().orElse(first);
            int lower = previousEnd;
            previousEnd = Math.max(previousEnd, last);
            TreeSet<String> counted = new TreeSet<>();
            for (M m : ms) {
                if (countedTypes.contains(m.actorType)) {
                    counted.add(m.actorId);
                }
            }
            List<String> needed = needed(new ArrayList<>(counted));
            if (needed.isEmpty()) {
                continue;
            }
            if (text == null) {
                text = readText(ms.get(0).docId);
                if (text == null) {
                    return;
                }
            }
            Map.Entry<Integer, List<M>> next = sentences.higherEntry(e.getKey());
            int upper = next == null
                    ? text.length()
                    : next.getValue().stream().mapToInt(M::begin).min().orElse(0);
            if (last > text.length() || first < 0) {
                continue;
            }
            int[] span = SentenceSpans.around(text, first, last, lower, Math.max(upper, last));
            Unit unit = new Unit(ms.get(0).docId, span[0], span[1], text.substring(span[0], span[1]), List.of());
            for (M m : ms) {
                if (m.begin >= span[0] && m.end <= span[1]) {
                    unit.marks.add(new Mark(m.begin - span[0], m.end - span[0], m.actorId));
                }
            }
            add(unit, needed);
        }
    }

    private String readText(String docId) {
        Path file = tables.file("text").resolve(docId + ".txt");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            textsMissing++;
            return null;
        }
    }

    /** The wanted dyads of a unit's sorted actor ids whose evidence is not yet full. */
    private List<String> needed(List<String> ids) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String k = ids.get(i) + "|" + ids.get(j);
                if (wanted.contains(k) && byDyad.getOrDefault(k, List.of()).size() < cap) {
                    result.add(k);
                }
            }
        }
        return result;
    }

    private int add(Unit unit, List<String> dyads) {
        int index = units.size();
        units.add(unit);
        for (String k : dyads) {
            byDyad.computeIfAbsent(k, x -> new ArrayList<>()).add(index);
        }
        return index;
    }

    private void countCues(List<String> ids, List<String> cues) {
        if (!hasCueColumn) {
            return;
        }
        List<Integer> classes = new ArrayList<>();
        for (String c : cues) {
            int i = CueClasses.index(c);
            if (i >= 0 && i != CueClasses.NO_CUE && !classes.contains(i)) {
                classes.add(i);
            }
        }
        if (classes.isEmpty()) {
            classes.add(CueClasses.NO_CUE);
        }
        cuesSeen = true;
        int n = ids.size();
        for (int a = 0; a < n; a++) {
            bump(actorCues, ids.get(a), classes);
            for (int b = a + 1; b < n; b++) {
                bump(dyadCues, ids.get(a) + "|" + ids.get(b), classes);
                for (int c = b + 1; c < n; c++) {
                    bump(triadCues, ids.get(a) + "|" + ids.get(b) + "|" + ids.get(c), classes);
                }
            }
        }
    }

    private static void bump(Map<String, long[]> counts, String key, List<Integer> classes) {
        long[] c = counts.computeIfAbsent(key, k -> new long[CueClasses.ALL.size()]);
        for (int i : classes) {
            c[i]++;
        }
    }

    private static List<String> split(String value) {
        List<String> result = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }
}
