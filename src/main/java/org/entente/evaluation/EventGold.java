package org.entente.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.model.EventMode;
import org.entente.model.EventType;
import org.entente.model.TsvLine;

/**
 * A gold set of sentences annotated with their events: Entente's own set (src/test/resources/gold/events.tsv, format
 * in src/main/resources/org/entente/evaluation/gold/README.md), or the PLOVER records converted by {@link PloverRecords}.
 *
 * @param file      where it was read from
 * @param sentences the annotated sentences, in file order
 */
public record EventGold(String file, List<EventGold.Sentence> sentences) {
    public EventGold {
        Objects.requireNonNull(file, "file");
        sentences = List.copyOf(sentences);
    }

    /**
     * One gold event.
     *
     * @param source the source actor id (a dictionary id)
     * @param target the target actor id
     * @param type   the PLOVER type
     * @param mode   the mode, or null when the gold does not say
     * @param nested true for a nested act (rule 12)
     */
    public record Event(String source, String target, EventType type, EventMode mode, boolean nested) {
        public Event {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * One annotated sentence, analysed as a document of its own.
     *
     * @param id     sentence id
     * @param date   the document date (yyyy-mm-dd), which decides the state a leader served
     * @param text   the sentence
     * @param events its events; pairs whose actors are not in the dictionary are left out
     */
    public record Sentence(String id, String date, String text, List<Event> events) {
        public Sentence {
            events = List.copyOf(events);
        }
    }

    /**
     * True for a sentence of Entente's own set that was held out while the coder was developed: its number is a
     * multiple of three (e003, e006…; src/main/resources/org/entente/evaluation/gold/README.md).
     *
     * @param id a sentence id such as e042
     * @return whether it is held out
     */
    public static boolean heldOut(String id) {
        String digits = id.replaceAll("\\D", "");
        return !digits.isEmpty() && Integer.parseInt(digits) % 3 == 0;
    }

    /**
     * Reads Entente's own format: {@code sentence_id  date  text  events}, events as {@code SOURCE>TARGET:TYPE:mode}
     * items (with {@code :nested} for a nested act) separated by {@code ;}, or {@code -} for none.
     *
     * @param file the TSV file
     * @return the gold set
     * @throws IllegalArgumentException naming file:line, the value and what was expected
     */
    public static EventGold read(Path file) {
        return read(GoldSource.of(file));
    }

    /** The event gold set shipped with Entente (builtin:events.tsv). */
    public static EventGold builtIn() {
        return read(GoldSource.builtIn("events.tsv"));
    }

    /**
     * Reads event gold lines.
     *
     * @param source the lines and where they came from
     * @return the gold set
     * @throws IllegalArgumentException naming file:line, the value and what was expected
     */
    public static EventGold read(GoldSource source) {
        List<String> lines = source.lines();
        String file = source.name();
        List<Sentence> sentences = new ArrayList<>();
        boolean header = false;
        for (TsvLine data : TsvLine.of(file.toString(), lines)) {
            String line = data.text();
            String where = data.where();
            String[] c = data.cells();
            if (!header) {
                if (!line.equals("sentence_id\tdate\ttext\tevents")) {
                    throw new IllegalArgumentException(
                            where + ": header; expected sentence_id, date, text, events " + "separated by tabs");
                }
                header = true;
                continue;
            }
            if (c.length != 4) {
                throw new IllegalArgumentException(where + ": " + c.length + " columns; expected 4");
            }
            sentences.add(new Sentence(c[0], c[1], c[2], events(c[3], where)));
        }
        return new EventGold(file, sentences);
    }

    private static List<Event> events(String field, String where) {
        List<Event> out = new ArrayList<>();
        if (field.strip().equals("-")) {
            return out;
        }
        for (String item : field.split(";")) {
            String s = item.strip();
            String[] parts = s.split(":");
            int arrow = parts[0].indexOf('>');
            if (parts.length < 3
                    || parts.length > 4
                    || arrow <= 0
                    || arrow == parts[0].length() - 1
                    || parts.length == 4 && !parts[3].equals("nested")) {
                throw new IllegalArgumentException(where + ": event \"" + s + "\"; expected SOURCE>TARGET:TYPE:mode "
                        + "or SOURCE>TARGET:TYPE:mode:nested");
            }
            try {
                out.add(new Event(
                        parts[0].substring(0, arrow),
                        parts[0].substring(arrow + 1),
                        EventType.parse(parts[1]),
                        EventMode.parse(parts[2]),
                        parts.length == 4));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": event \"" + s + "\": " + e.getMessage());
            }
        }
        return out;
    }
}
