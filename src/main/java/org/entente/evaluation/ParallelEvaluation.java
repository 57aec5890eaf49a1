package org.entente.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.extract.ExtractionException;
import org.entente.extract.TextAssembler;
import org.entente.model.ActorType;
import org.entente.model.Document;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;
import org.entente.nlp.NlpEngine;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.Language;

/**
 * Cross-language agreement on parallel news ({@code ../shared/eval/parallel/}: NTREX-128, the same 1,997
 * English news sentences of 123 documents translated into Korean, Japanese, Russian and Chinese, simplified and
 * traditional): each language's documents are analysed with its bundle, and the set of states each sentence and
 * each document mentions is compared with the English side's (English = gold). Translations are not literal,
 * so the disagreements are listed to be read.
 *
 * <p>Stateless; thread-safe.
 */
public final class ParallelEvaluation {
    /** The file of the parallel folder read. */
    public static final String FILE = "ntrex128_newstest2019_eng_kor_jpn_rus_zho.tsv";

    private ParallelEvaluation() {}

    /** One language of the parallel text: its column, its bundle's code, its engine and resolver. */
    public record Side(String column, String language, NlpEngine engine, ActorResolver resolver) {}

    /** The columns of the translations in {@link #FILE}, each named after its language's code. */
    public static final List<String> TRANSLATIONS = List.of("kor", "jpn", "rus", "zho_CN", "zho_TW");

    /**
     * The English side: the given engine with the dictionary and the default resolver options.
     *
     * @param engine     the English engine
     * @param dictionary the actor dictionary
     */
    public static Side english(NlpEngine engine, ActorDictionary dictionary) {
        return new Side("eng", "eng", engine, new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS));
    }

    /**
     * The sides of the {@link #TRANSLATIONS}, in order: each analysed with its language's bundle (annotator and
     * resolution rules) over the dictionary.
     *
     * @param dictionary the actor dictionary
     */
    public static List<Side> translations(ActorDictionary dictionary) {
        List<Side> sides = new ArrayList<>();
        for (String column : TRANSLATIONS) {
            Language language = Language.of(column.substring(0, 3)).orElseThrow();
            sides.add(new Side(
                    column,
                    language.code(),
                    language.annotator(null),
                    new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS, List.of(language.rules(dictionary)))));
        }
        return sides;
    }

    /**
     * Scores of one language against English.
     *
     * @param column          the column (kor, jpn, rus, zho_CN, zho_TW)
     * @param sentences       per-sentence STATE-set counts: {gold, predicted, correct}
     * @param documents       per-document counts
     * @param sentencesAgreed sentences whose sets are equal
     * @param sentenceCount   sentences scored
     * @param differences     document-level differences (a state one side names in a document and the other not)
     * @param choices         of these, the ones reviewed as translation choices ({@link TranslationChoices})
     * @param beyond          per-document counts with the translation choices left out
     */
    public record Score(
            String column,
            long[] sentences,
            long[] documents,
            int sentencesAgreed,
            int sentenceCount,
            int differences,
            int choices,
            long[] beyond) {
        /** F1 of the per-document STATE sets. */
        public double documentF1() {
            return f1(documents);
        }

        /** F1 of the per-sentence STATE sets. */
        public double sentenceF1() {
            return f1(sentences);
        }

        /** F1 of the per-document STATE sets when the reviewed translation choices are left out. */
        public double documentF1BeyondChoices() {
            return f1(beyond);
        }

        private static double f1(long[] c) {
            return PrecisionRecall.f1(PrecisionRecall.precision(c[2], c[1]), PrecisionRecall.recall(c[2], c[0]));
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "%-7s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %5d/%d %5d %5d %6.3f",
                    column,
                    PrecisionRecall.precision(sentences[2], sentences[1]),
                    PrecisionRecall.recall(sentences[2], sentences[0]),
                    sentenceF1(),
                    PrecisionRecall.precision(documents[2], documents[1]),
                    PrecisionRecall.recall(documents[2], documents[0]),
                    documentF1(),
                    sentencesAgreed,
                    sentenceCount,
                    differences,
                    choices,
                    documentF1BeyondChoices());
        }
    }

    /**
     * @param scores        one per language
     * @param disagreements one line per sentence whose STATE set differs from English's, then one line per
     *                      document whose STATE set differs ({@code <column> document <doc_id> missing=… extra=…},
     *                      each difference reviewed as a translation choice followed by its reason), then one line
     *                      per stale translation choice
     */
    public record Result(List<Score> scores, List<String> disagreements) {
        /** The score of a column. */
        public Score score(String column) {
            return scores.stream()
                    .filter(s -> s.column().equals(column))
                    .findFirst()
                    .orElseThrow();
        }

        /** The scores as a text table. */
        public String table() {
            StringBuilder b =
                    new StringBuilder("STATE sets against English    per sentence (P R F1)   per document (P R F1)"
                            + "   sentences equal   document differences   of which translation choices   document F1"
                            + " beyond them\n");
            scores.forEach(s -> b.append(s.row()).append('\n'));
            return b.toString();
        }
    }

    /**
     * @param file    the parallel TSV (columns line, doc_id, eng, kor, jpn, rus, zho_CN, zho_TW)
     * @param english the English side
     * @param others  the other languages
     * @return the scores, in the order of {@code others}
     * @throws ConfigurationException when the file is missing or lacks a column
     */
    public static Result run(Path file, Side english, List<Side> others) {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new ConfigurationException(file + " is empty; expected the parallel TSV with a header row");
            }
            header = lines.get(0).split("\t", -1);
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split("\t", -1));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException(
                    file + ": cannot read (" + e.getMessage() + "); expected the NTREX parallel TSV " + FILE);
        }
        List<String> columns = List.of(header);
        Map<String, List<Integer>> docs = new LinkedHashMap<>();
        int docColumn = column(columns, "doc_id", file);
        for (int i = 0; i < rows.size(); i++) {
            docs.computeIfAbsent(rows.get(i)[docColumn], k -> new ArrayList<>()).add(i);
        }
        List<Set<String>> englishSets = sets(rows, docs, column(columns, english.column(), file), english);
        List<Score> scores = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int lineColumn = column(columns, "line", file);
        for (Side side : others) {
            int c = column(columns, side.column(), file);
            List<Set<String>> sets = sets(rows, docs, c, side);
            long[] sentences = new long[3];
            long[] documents = new long[3];
            int agreed = 0;
            for (int i = 0; i < rows.size(); i++) {
                add(sentences, englishSets.get(i), sets.get(i));
                if (englishSets.get(i).equals(sets.get(i))) {
                    agreed++;
                } else {
                    Set<String> missing = new TreeSet<>(englishSets.get(i));
                    missing.removeAll(sets.get(i));
                    Set<String> extra = new TreeSet<>(sets.get(i));
                    extra.removeAll(englishSets.get(i));
                    disagreements.add(side.column() + " " + rows.get(i)[lineColumn] + " " + rows.get(i)[docColumn]
                            + " missing=" + missing + " extra=" + extra + " | " + rows.get(i)[c] + " | "
                            + rows.get(i)[columns.indexOf(english.column())]);
                }
            }
            TranslationChoices reviewed = TranslationChoices.of(side.column());
            long[] beyond = new long[3];
            Set<String> differences = new TreeSet<>();
            int choices = 0;
            for (Map.Entry<String, List<Integer>> doc : docs.entrySet()) {
                Set<String> e = new TreeSet<>();
                Set<String> p = new TreeSet<>();
                doc.getValue().forEach(i -> {
                    e.addAll(englishSets.get(i));
                    p.addAll(sets.get(i));
                });
                add(documents, e, p);
                if (e.equals(p)) {
                    add(beyond, e, p);
                    continue;
                }
                Set<String> missing = new TreeSet<>(e);
                missing.removeAll(p);
                Set<String> extra = new TreeSet<>(p);
                extra.removeAll(e);
                List<String> reasons = new ArrayList<>();
                Set<String> gold = new TreeSet<>(e);
                Set<String> predicted = new TreeSet<>(p);
                for (String side2 : List.of("missing", "extra")) {
                    for (String state : side2.equals("missing") ? missing : extra) {
                        differences.add(TranslationChoices.key(doc.getKey(), side2, state));
                        String reason = reviewed.reason(doc.getKey(), side2, state);
                        if (reason != null) {
                            choices++;
                            (side2.equals("missing") ? gold : predicted).remove(state);
                            reasons.add(side2 + " " + state + ": " + reason);
                        }
                    }
                }
                add(beyond, gold, predicted);
                disagreements.add(side.column() + " document " + doc.getKey() + " missing=" + missing + " extra="
                        + extra + " english=" + e + (reasons.isEmpty() ? "" : " translation choices: " + reasons));
            }
            reviewed.stale(differences)
                    .forEach(k -> disagreements.add(side.column() + " stale translation choice (" + reviewed.file()
                            + "): " + k + " is no longer a difference"));
            scores.add(new Score(
                    side.column(), sentences, documents, agreed, rows.size(), differences.size(), choices, beyond));
        }
        return new Result(scores, disagreements);
    }

    private static void add(long[] counts, Set<String> gold, Set<String> predicted) {
        counts[0] += gold.size();
        counts[1] += predicted.size();
        counts[2] += predicted.stream().filter(gold::contains).count();
    }

    private static int column(List<String> columns, String name, Path file) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new ConfigurationException(file + ": no column " + name + "; expected the columns " + columns);
        }
        return c;
    }

    /** The STATE set of every row, each document analysed whole (one paragraph per sentence). */
    private static List<Set<String>> sets(List<String[]> rows, Map<String, List<Integer>> docs, int column, Side side) {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            sets.add(new TreeSet<>());
        }
        for (Map.Entry<String, List<Integer>> doc : docs.entrySet()) {
            TextAssembler text = new TextAssembler();
            List<Integer> paragraphRow = new ArrayList<>();
            for (int row : doc.getValue()) {
                String s = column < rows.get(row).length ? rows.get(row)[column] : "";
                if (!s.isBlank()) {
                    text.add(s, false);
                    paragraphRow.add(row);
                }
            }
            Document document;
            try {
                document = text.build(
                                new Source(doc.getKey(), Path.of(doc.getKey()), doc.getKey(), "txt", "", 0),
                                Metadata.EMPTY,
                                0,
                                "",
                                "empty")
                        .withLanguage(side.language());
            } catch (ExtractionException e) {
                continue;
            }
            ResolvedDocument resolved = side.resolver().resolve(side.engine().annotate(document));
            for (Mention m : resolved.mentions()) {
                if (m.actor().type() == ActorType.STATE
                        && m.kind() != MatchKind.ROLLUP
                        && m.paragraph() < paragraphRow.size()) {
                    sets.get(paragraphRow.get(m.paragraph())).add(m.actor().id());
                }
            }
        }
        return sets;
    }
}
