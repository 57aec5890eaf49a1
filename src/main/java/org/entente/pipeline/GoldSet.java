package org.entente.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold set of hand-annotated sentences (src/test/resources/gold/gold.tsv; format in its README): per sentence
 * the STATE and LEADER mentions in text order as {@code surface=ID} items (spaces in a surface written '_'),
 * and the compounds as ';'-separated lists of ',' separated ids.
 *
 * @param file      where it was read from
 * @param sentences the annotated sentences, in file order
 */
public record GoldSet(Path file, List<GoldSet.Sentence> sentences) {
    public GoldSet {
        sentences = List.copyOf(sentences);
    }

    /**
     * One annotated mention.
     *
     * @param surface the text of the mention as it appears
     * @param actorId the actor
     */
    public record Item(String surface, String actorId) {
    }

    /**
     * One annotated sentence.
     *
     * @param id        sentence id
     * @param text      the sentence
     * @param states    STATE mentions in text order
     * @param leaders   LEADER mentions in text order
     * @param compounds compounds, each its ids in text order
     */
    public record Sentence(String id, String text, List<Item> states, List<Item> leaders, List<List<String>> compounds) {
        public Sentence {
            states = List.copyOf(states);
            leaders = List.copyOf(leaders);
            compounds = compounds.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Reads a gold file.
     *
     * @param file the TSV file
     * @return the gold set
     * @throws ConfigurationException naming file:line, the value and what was expected
     */
    public static GoldSet read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigurationException("cannot read gold set " + file + ": " + e.getMessage());
        }
        List<Sentence> sentences = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
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
            sentences.add(new Sentence(cells[0], cells[1], items(cells[2], where), items(cells[3], where),
                    compounds(cells[4])));
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
