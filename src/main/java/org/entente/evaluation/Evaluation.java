package org.entente.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.actors.ActorResolver;
import org.entente.extract.ExtractionException;
import org.entente.extract.Extractor;
import org.entente.extract.TextAssembler;
import org.entente.model.ActorType;
import org.entente.model.Compound;
import org.entente.model.Document;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;
import org.entente.nlp.NlpEngine;
import org.entente.pipeline.ConfigurationException;

/**
 * Scores an engine and the resolver against a {@link GoldSet}: precision, recall and F1 of STATE and LEADER
 * mentions (a mention is correct when its span and actor id equal the gold's), of sentence dyads (pairs of
 * distinct states in a sentence) and of hyphen compounds (their ids in text order). Each gold sentence is
 * analysed as a document of its own.
 *
 * <p>Stateless; thread-safe when the engine and resolver are.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * Counts for one kind of annotation.
     *
     * @param kind      STATE, LEADER, dyads or compounds
     * @param gold      items in the gold set
     * @param predicted items predicted
     * @param correct   predicted items that are in the gold set
     */
    public record Score(String kind, long gold, long predicted, long correct) implements GoldCounts {
        /** One row of the printed table. */
        public String row() {
            return String.format(
                    Locale.ROOT,
                    "%-10s %6d %9d %7d %9.3f %6.3f %6.3f",
                    kind,
                    gold,
                    predicted,
                    correct,
                    precision(),
                    recall(),
                    f1());
        }
    }

    /**
     * @param scores STATE, LEADER, dyads, compounds
     * @param errors one line per sentence with a difference, for reading
     */
    public record Result(List<Score> scores, List<String> errors) {
        public Result {
            scores = List.copyOf(scores);
            errors = List.copyOf(errors);
        }

        /** The score of a kind. */
        public Score score(String kind) {
            return scores.stream()
                    .filter(s -> s.kind().equals(kind))
                    .findFirst()
                    .orElseThrow();
        }

        /** The printed table, with a header line. */
        public String table() {
            StringBuilder out = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-10s %6s %9s %7s %9s %6s %6s%n",
                    "kind",
                    "gold",
                    "predicted",
                    "correct",
                    "precision",
                    "recall",
                    "f1"));
            scores.forEach(s -> out.append(s.row()).append(System.lineSeparator()));
            return out.toString();
        }
    }

    /**
     * Scores every sentence of the gold set.
     *
     * @param gold     the gold set
     * @param engine   the NLP engine
     * @param resolver the resolver
     * @return the scores
     */
    public static Result run(GoldSet gold, NlpEngine engine, ActorResolver resolver) {
        long[][] counts = new long[4][3];
        List<String> errors = new ArrayList<>();
        for (GoldSet.Sentence s : gold.sentences()) {
            ResolvedDocument resolved = resolver.resolve(engine.annotate(document(s)));
            List<String> differences = compare(
                    s,
                    spans(s.text(), s.states(), gold, s.id()),
                    spans(s.text(), s.leaders(), gold, s.id()),
                    resolved.mentions().stream()
                            .filter(m -> m.kind() != MatchKind.ROLLUP)
                            .toList(),
                    resolved.mentions(),
                    resolved.compounds().stream()
                            .filter(c -> c.form().equals(Compound.HYPHEN))
                            .toList(),
                    counts);
            if (!differences.isEmpty()) {
                errors.add(s.id() + " " + String.join("; ", differences) + " | " + s.text());
            }
        }
        return result(counts, errors);
    }

    /**
     * Scores sentences of real documents referenced by eval-refs.tsv (file, line, occurrence, first words,
     * then states, leaders, compounds as in gold.tsv; format in the gold folder's README.md). Each
     * referenced document is extracted and analysed whole (so surnames resolve against earlier full names);
     * a sentence is found by its first words (whitespace folded), and scored from there to the end of the
     * engine's sentence that holds its last annotated mention.
     *
     * @param refs      the references (a file, or the shipped builtin:eval-refs.tsv)
     * @param corpus    the folder the file paths are relative to
     * @param extractor the text extractor
     * @param engine    the NLP engine
     * @param resolver  the resolver
     * @return the scores
     * @throws ConfigurationException when a reference or a document cannot be found
     */
    public static Result runRefs(
            GoldSource refs, Path corpus, Extractor extractor, NlpEngine engine, ActorResolver resolver) {
        List<String[]> rows = new ArrayList<>();
        for (String line : refs.lines()) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("file\t")) {
                rows.add(line.split("\t", -1));
            }
        }
        Map<String, ResolvedDocument> documents = new HashMap<>();
        long[][] counts = new long[4][3];
        List<String> errors = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length != 7) {
                throw new ConfigurationException(refs.name() + ": row " + String.join("|", row) + " has " + row.length
                        + " columns; expected file, line, occurrence, start_words, states, leaders, compounds");
            }
            ResolvedDocument doc =
                    documents.computeIfAbsent(row[0], f -> analyse(corpus.resolve(f), extractor, engine, resolver));
            String text = doc.document().text();
            String folded = text.replaceAll("\\s", " ");
            String start = row[3].replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // markdown links, as extracted
                    .replace('_', ' ')
                    .replaceAll("\\s+", " ")
                    .strip();
            int found = -1;
            int skip = occurrencesBeforeLine(corpus.resolve(row[0]), Integer.parseInt(row[1]), start);
            for (int n = 0; n < skip + Integer.parseInt(row[2]); n++) {
                found = folded.indexOf(start, found + 1);
            }
            final int at = found;
            if (at < 0) {
                throw new ConfigurationException(refs.name() + ": \"" + start + "\" not found in " + row[0]);
            }
            GoldSet.Sentence gold = new GoldSet.Sentence(
                    row[0] + ":" + row[1],
                    "",
                    GoldSet.read(List.of(row[4])),
                    GoldSet.read(List.of(row[5])),
                    GoldSet.readCompounds(row[6]));
            List<String> goldStates = spansFrom(text, at, gold.states(), refs, gold.id());
            List<String> goldLeaders = spansFrom(text, at, gold.leaders(), refs, gold.id());
            int anchor = Math.max(at, Math.max(lastEnd(goldStates), lastEnd(goldLeaders)) - 1);
            int sentenceEnd = doc.annotated().sentences().stream()
                    .filter(s -> s.begin() <= anchor && anchor < s.end())
                    .mapToInt(org.entente.model.Sentence::end)
                    .findFirst()
                    .orElse(text.length());
            Matcher stop = SENTENCE_END.matcher(text);
            final int end = stop.find(anchor) ? Math.min(sentenceEnd, stop.start() + 1) : sentenceEnd;
            List<Mention> inside = doc.mentions().stream()
                    .filter(m -> m.begin() >= at && m.end() <= end && m.kind() != MatchKind.ROLLUP)
                    .toList();
            List<String> differences = compare(
                    gold,
                    goldStates,
                    goldLeaders,
                    inside,
                    inside,
                    doc.compounds().stream()
                            .filter(c -> c.form().equals(Compound.HYPHEN) && c.begin() >= at && c.end() <= end)
                            .toList(),
                    counts);
            if (!differences.isEmpty()) {
                errors.add(gold.id() + " " + String.join("; ", differences) + " | "
                        + text.substring(at, end).replaceAll("\\s+", " "));
            }
        }
        return result(counts, errors);
    }

    /** The kinds scored, in the order of the rows of the counts. */
    private static final List<String> KINDS = List.of("STATE", "LEADER", "dyads", "compounds");

    /**
     * Compares one gold sentence with what was predicted in it, kind by kind, adding to the counts (one row per
     * kind of {@link #KINDS}: gold, predicted, correct).
     *
     * @param gold         the gold sentence (its states make the gold dyads, its compounds the gold compounds)
     * @param goldStates   the gold STATE spans, "begin:end:ID"
     * @param goldLeaders  the gold LEADER spans
     * @param mentions     the predicted mentions of the sentence, roll-ups left out
     * @param dyadMentions the mentions whose states make the predicted dyads
     * @param compounds    the predicted hyphen compounds of the sentence
     * @param counts       the counts, added to
     * @return what is missing or extra, for reading
     */
    private static List<String> compare(
            GoldSet.Sentence gold,
            List<String> goldStates,
            List<String> goldLeaders,
            List<Mention> mentions,
            List<Mention> dyadMentions,
            List<Compound> compounds,
            long[][] counts) {
        List<String> differences = new ArrayList<>();
        compare(goldStates, spans(mentions, ActorType.STATE), counts[0], KINDS.get(0), differences);
        compare(goldLeaders, spans(mentions, ActorType.LEADER), counts[1], KINDS.get(1), differences);
        compare(
                pairs(gold.states().stream().map(GoldSet.Item::actorId).toList()),
                pairs(dyadMentions.stream()
                        .filter(m -> m.actor().type() == ActorType.STATE)
                        .map(m -> m.actor().id())
                        .toList()),
                counts[2],
                KINDS.get(2),
                differences);
        compare(
                gold.compounds().stream().map(c -> String.join(",", c)).toList(),
                compounds.stream().map(c -> String.join(",", c.actorIds())).toList(),
                counts[3],
                KINDS.get(3),
                differences);
        return differences;
    }

    private static Result result(long[][] counts, List<String> errors) {
        List<Score> scores = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            scores.add(new Score(KINDS.get(k), counts[k][0], counts[k][1], counts[k][2]));
        }
        return new Result(scores, errors);
    }

    /** A sentence end that the engine's splitter may have missed in hard-wrapped or list text. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+(?=[A-Z“\"])");

    /** How often the first words occur in the raw file before the given line (whitespace folded). */
    private static int occurrencesBeforeLine(Path file, int line, String start) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String before = String.join(" ", lines.subList(0, Math.min(line - 1, lines.size())))
                    .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .replaceAll("\\s+", " ");
            int n = 0;
            for (int i = before.indexOf(start); i >= 0; i = before.indexOf(start, i + 1)) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ResolvedDocument analyse(
            Path file, org.entente.extract.Extractor extractor, NlpEngine engine, ActorResolver resolver) {
        try {
            Source source = new Source(
                    file.getFileName().toString(), file, file.getFileName().toString(), "txt", "", 0);
            return resolver.resolve(engine.annotate(extractor.extract(source)));
        } catch (ExtractionException e) {
            throw new ConfigurationException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> spansFrom(String text, int from, List<GoldSet.Item> items, GoldSource refs, String id) {
        List<String> spans = new ArrayList<>();
        int at = from;
        for (GoldSet.Item item : items) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])"
                            + Pattern.quote(item.surface()).replace(" ", "\\E\\s+\\Q")
                            + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            if (!m.find(at)) {
                throw new ConfigurationException(refs.name() + ": " + id + ": \"" + item.surface() + "\" not found");
            }
            spans.add(m.start() + ":" + m.end() + ":" + item.actorId());
            at = m.end();
        }
        return spans;
    }

    private static int lastEnd(List<String> spans) {
        return spans.isEmpty()
                ? 0
                : Integer.parseInt(spans.get(spans.size() - 1).split(":")[1]);
    }

    private static Document document(GoldSet.Sentence s) {
        try {
            return SentenceDocument.of(s.id(), s.text(), s.date());
        } catch (ExtractionException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    /** Gold items as "begin:end:ID", found in text order. */
    private static List<String> spans(String text, List<GoldSet.Item> items, GoldSet gold, String id) {
        String normalised = TextAssembler.normalise(text);
        List<String> spans = new ArrayList<>();
        int from = 0;
        for (GoldSet.Item item : items) {
            int at = normalised.indexOf(item.surface(), from);
            if (at < 0) {
                throw new ConfigurationException(gold.file() + ": sentence " + id + ": \"" + item.surface()
                        + "\" not found after offset " + from + "; expected the surfaces in text order");
            }
            spans.add(at + ":" + (at + item.surface().length()) + ":" + item.actorId());
            from = at + item.surface().length();
        }
        return spans;
    }

    /** The mentions of a type as "begin:end:ID". */
    private static List<String> spans(List<Mention> mentions, ActorType type) {
        return mentions.stream()
                .filter(m -> m.actor().type() == type)
                .map(Evaluation::span)
                .toList();
    }

    private static String span(Mention m) {
        return m.begin() + ":" + m.end() + ":" + m.actor().id();
    }

    private static List<String> pairs(List<String> ids) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(ids));
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                pairs.add(distinct.get(i) + "-" + distinct.get(j));
            }
        }
        return pairs;
    }

    /**
     * The predicted items that match gold items, as multisets (each gold item matches at most once).
     *
     * @param gold      expected items
     * @param predicted found items
     * @return the matched items, in predicted order
     */
    static List<String> matched(List<String> gold, List<String> predicted) {
        Map<String, Integer> remaining = new HashMap<>();
        gold.forEach(g -> remaining.merge(g, 1, Integer::sum));
        List<String> matched = new ArrayList<>();
        for (String p : predicted) {
            Integer left = remaining.get(p);
            if (left != null && left > 0) {
                remaining.put(p, left - 1);
                matched.add(p);
            }
        }
        return matched;
    }

    /** Multiset comparison: adds gold, predicted and matched counts; notes what is missing or extra. */
    private static void compare(
            List<String> gold, List<String> predicted, long[] counts, String kind, List<String> differences) {
        List<String> matched = matched(gold, predicted);
        long correct = matched.size();
        List<String> extra = new ArrayList<>(predicted);
        matched.forEach(extra::remove);
        List<String> missing = new ArrayList<>(gold);
        matched.forEach(missing::remove);
        counts[0] += gold.size();
        counts[1] += predicted.size();
        counts[2] += correct;
        if (!missing.isEmpty()) {
            differences.add(kind + " missing " + new TreeSet<>(missing));
        }
        if (!extra.isEmpty()) {
            differences.add(kind + " extra " + new TreeSet<>(extra));
        }
    }
}
