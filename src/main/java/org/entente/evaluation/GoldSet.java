package org.entente.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.ConfigurationException;

/**
 * A gold set of hand-annotated sentences (the shipped {@code builtin:gold.tsv} or a file of the same format;
 * format in src/main/resources/org/entente/evaluation/gold/README.md): per sentence
 * the STATE and LEADER mentions in text order as {@code surface=ID} items (spaces in a surface written '_'),
 * and the compounds as ';'-separated lists of ',' separated ids.
 *
 * @param file      where it was read from (a path, or builtin:gold.tsv)
 * @param sentences the annotated sentences, in file order
 */
public record GoldSet(String file, List<GoldSet.Sentence> sentences) {
    public GoldSet {
        sentences = List.copyOf(sentences);
    }

    /**
     * One annotated mention.
     *
     * @param surface the text of the mention as it appears
     * @param actorId the actor
     */
    public record Item(String surface, String actorId) {}

    /**
     * One annotated sentence.
     *
     * @param id        sentence id
     * @param text      the sentence
     * @param states    STATE mentions in text order
     * @param leaders   LEADER mentions in text order
     * @param compounds compounds, each its ids in text order
     * @param date      the document date of a {@code # date: yyyy-mm-dd} line right above the row, or empty
     */
    public record Sentence(
            String id, String text, List<Item> states, List<Item> leaders, List<List<String>> compounds, String date) {
        public Sentence {
            states = List.copyOf(states);
            leaders = List.copyOf(leaders);
            compounds = compounds.stream().map(List::copyOf).toList();
            date = date == null ? "" : date;
        }

        /** A sentence without a date. */
        public Sentence(String id, String text, List<Item> states, List<Item> leaders, List<List<String>> compounds) {
            this(id, text, states, leaders, compounds, "");
        }
    }

    /** The English gold set shipped with Entente (builtin:gold.tsv). */
    public static GoldSet builtIn() {
        return read(GoldSource.builtIn("gold.tsv"));
    }

    /**
     * Reads a gold file.
     *
     * @param file the TSV file
     * @return the gold set
     * @throws ConfigurationException naming file:line, the value and what was expected
     */
    public static GoldSet read(Path file) {
        return read(GoldSource.of(file));
    }

    /**
     * Reads gold-set lines.
     *
     * @param source the lines and where they came from
     * @return the gold set
     * @throws ConfigurationException naming file:line, the value and what was expected
     */
    public static GoldSet read(GoldSource source) {
        List<String> lines = source.lines();
        String file = source.name();
        List<Sentence> sentences = new ArrayList<>();
        boolean header = false;
        String date = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                date = line.startsWith("# date:")
                        ? line.substring("# date:".length()).strip()
                        : "";
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                if (!String.join("\t", cells).equals("sentence_id\ttext\tstates\tleaders\tcompounds")) {
                    throw new ConfigurationException(where + ": header; expected sentence_id, text, states, leaders, "
                            + "compounds separated by tabs");
                }
                header = true;
                continue;
            }
            if (cells.length != 5) {
                throw new ConfigurationException(where + ": " + cells.length + " columns; expected 5");
            }
            sentences.add(new Sentence(
                    cells[0], cells[1], items(cells[2], where), items(cells[3], where), compounds(cells[4]), date));
            date = "";
        }
        return new GoldSet(file, sentences);
    }

    /** Parses a states or leaders field of the annotation formats. */
    static List<Item> read(List<String> field) {
        return items(field.get(0), "eval-refs");
    }

    /** Parses a compounds field of the annotation formats. */
    static List<List<String>> readCompounds(String field) {
        return compounds(field);
    }

    private static List<Item> items(String field, String where) {
        List<Item> items = new ArrayList<>();
        for (String raw : field.strip().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            int eq = raw.lastIndexOf('=');
            if (eq <= 0 || eq == raw.length() - 1) {
                throw new ConfigurationException(where + ": item \"" + raw + "\"; expected surface=ID");
            }
            items.add(new Item(raw.substring(0, eq).replace('_', ' '), raw.substring(eq + 1)));
        }
        return items;
    }

    private static List<List<String>> compounds(String field) {
        List<List<String>> compounds = new ArrayList<>();
        for (String c : field.strip().split(";")) {
            if (!c.isBlank()) {
                compounds.add(List.of(c.strip().split("\\s*,\\s*")));
            }
        }
        return compounds;
    }
}
