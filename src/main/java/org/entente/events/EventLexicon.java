package org.entente.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.EventType;
import org.entente.model.Token;
import org.entente.model.TsvLine;

/**
 * The event lexicon ({@code models/events.tsv}; format in its header and models/README.md): trigger patterns per
 * PLOVER type with their argument slots and frames, and the head nouns that stand for a state (organ) or for people
 * who are not the state (nonstate).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class EventLexicon {
    /** The kinds of row. */
    enum Kind {
        VERB,
        NOUN,
        ADJ,
        ORGAN,
        NONSTATE
    }

    /** The frames and properties a row may carry (column {@code flags}). */
    enum Flag {
        RECIPROCAL,
        LIGHT,
        SPEECH,
        INTENT,
        REFUSE,
        THREAT,
        DEMAND,
        REQUEST
    }

    /** Default slots, as documented in the file header. */
    static final List<String> VERB_SOURCE = List.of("subj");

    static final List<String> VERB_TARGET =
            List.of("obj", "iobj", "to", "on", "against", "toward", "towards", "into", "at", "with");
    static final List<String> NOUN_SOURCE = List.of("poss", "by", "from");
    static final List<String> NOUN_TARGET = List.of(
            "on", "against", "to", "toward", "towards", "with", "for", "into", "at", "over", "upon", "between",
            "among");
    private static final Set<String> NAMED_SLOTS = Set.of("subj", "obj", "iobj", "comp", "poss");

    /**
     * One row of the lexicon.
     *
     * @param heads  the trigger word and its alternatives (first word of a verb or adjective pattern, last of a
     *               noun pattern)
     * @param others the pattern's other words, each a set of alternatives
     * @param kind   verb, noun, adj, organ or nonstate
     * @param type   the PLOVER type, or null for a frame
     * @param source source slots
     * @param target target slots
     * @param flags  frames and properties
     * @param origin file:line
     */
    record Row(
            Set<String> heads,
            List<Set<String>> others,
            Kind kind,
            EventType type,
            List<String> source,
            List<String> target,
            Set<Flag> flags,
            String origin) {
        boolean has(Flag f) {
            return flags.contains(f);
        }

        /** Number of words of the pattern. */
        int length() {
            return others.size() + 1;
        }
    }

    private final Map<String, List<Row>> byHead;
    private final Set<String> organs;
    private final Set<String> nonstate;
    private final int size;

    private EventLexicon(Map<String, List<Row>> byHead, Set<String> organs, Set<String> nonstate, int size) {
        this.byHead = Map.copyOf(byHead);
        this.organs = Set.copyOf(organs);
        this.nonstate = Set.copyOf(nonstate);
        this.size = size;
    }

    /**
     * Reads a lexicon.
     *
     * @param file the lexicon (models/events.tsv)
     * @return the lexicon
     * @throws IllegalArgumentException naming file:line, the value and what was expected
     */
    public static EventLexicon load(Path file) {
        Map<String, List<Row>> byHead = new HashMap<>();
        Set<String> organs = new HashSet<>();
        Set<String> nonstate = new HashSet<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        int count = 0;
        for (TsvLine data : TsvLine.read(
                file,
                "the event lexicon",
                "a UTF-8 TSV file with the columns pattern, kind, type, quad, source, target, flags")) {
            String line = data.text();
            String where = data.where();
            String[] c = data.cells();
            if (!header) {
                if (!String.join("\t", c).strip().equals("pattern\tkind\ttype\tquad\tsource\ttarget\tflags")) {
                    throw new IllegalArgumentException(where + ": header \"" + line.replace("\t", "\\t")
                            + "\"; expected pattern\\tkind\\ttype\\tquad\\tsource\\ttarget\\tflags");
                }
                header = true;
                continue;
            }
            if (c.length != 7) {
                throw new IllegalArgumentException(
                        where + ": " + c.length + " columns in \"" + line.replace("\t", "\\t")
                                + "\"; expected 7 (pattern, kind, type, quad, source, target, flags)");
            }
            Row row = row(c, where);
            String key = String.join("\t", c[0].strip(), c[1].strip(), c[2].strip(), c[4].strip(), c[5].strip());
            if (!seen.add(key)) {
                throw new IllegalArgumentException(
                        where + ": row \"" + line.replace("\t", "\\t") + "\" is listed twice; expected each row once");
            }
            switch (row.kind()) {
                case ORGAN -> organs.addAll(row.heads());
                case NONSTATE -> nonstate.addAll(row.heads());
                default ->
                    row.heads()
                            .forEach(h -> byHead.computeIfAbsent(h, k -> new ArrayList<>())
                                    .add(row));
            }
            count++;
        }
        if (!header) {
            throw new IllegalArgumentException(file + ": empty event lexicon; expected the header "
                    + "pattern\\tkind\\ttype\\tquad\\tsource\\ttarget\\tflags and rows");
        }
        // longest pattern first, then file order (a stable sort keeps file order)
        byHead.replaceAll((k, rows) -> rows.stream()
                .sorted(Comparator.comparingInt(Row::length).reversed())
                .toList());
        return new EventLexicon(byHead, organs, nonstate, count);
    }

    private static Row row(String[] c, String where) {
        String pattern = c[0].strip().toLowerCase(Locale.ROOT);
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty pattern; expected one or more lower-case words");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(c[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    where + ": kind \"" + c[1] + "\"; expected verb, noun, adj, organ or " + "nonstate");
        }
        String[] words = pattern.split("\\s+");
        boolean headLast = kind == Kind.NOUN || kind == Kind.ORGAN || kind == Kind.NONSTATE;
        String head = headLast ? words[words.length - 1] : words[0];
        List<Set<String>> others = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            if (k != (headLast ? words.length - 1 : 0)) {
                others.add(Set.of(words[k].split("\\|")));
            }
        }
        EventType type = null;
        String typeCell = c[2].strip();
        String quadCell = c[3].strip();
        if (!typeCell.equals("-")) {
            try {
                type = EventType.parse(typeCell);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            if (!type.quad().label().equals(quadCell)) {
                throw new IllegalArgumentException(where + ": quad \"" + quadCell + "\" for " + type + "; expected "
                        + type.quad().label());
            }
        } else if (!quadCell.equals("-")) {
            throw new IllegalArgumentException(where + ": quad \"" + quadCell + "\" without a type; expected -");
        }
        if ((kind == Kind.ORGAN || kind == Kind.NONSTATE)
                && (type != null
                        || !String.join("", c[4].strip(), c[5].strip(), c[6].strip())
                                .equals("---"))) {
            throw new IllegalArgumentException(where + ": an " + kind.name().toLowerCase(Locale.ROOT) + " row has no "
                    + "type, slots or flags; expected - in those columns");
        }
        boolean noun = kind == Kind.NOUN;
        List<String> source = slots(c[4], noun ? NOUN_SOURCE : VERB_SOURCE, where);
        List<String> target = slots(c[5], noun ? NOUN_TARGET : VERB_TARGET, where);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String flagCell = c[6].strip();
        if (!flagCell.equals("-")) {
            for (String f : flagCell.split(",")) {
                try {
                    flags.add(Flag.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": flag \"" + f.strip() + "\"; expected -, or a comma-"
                            + "separated list of reciprocal, light, speech, intent, refuse, threat, demand, request");
                }
            }
        }
        if (type == null
                && (kind == Kind.VERB || kind == Kind.ADJ || kind == Kind.NOUN)
                && flags.stream().noneMatch(f -> f == Flag.SPEECH || f == Flag.LIGHT)) {
            throw new IllegalArgumentException(where + ": pattern \"" + pattern
                    + "\" has neither a type nor the speech " + "or light flag; expected a PLOVER type or a frame");
        }
        return new Row(
                Set.of(head.split("\\|")), List.copyOf(others), kind, type, source, target, Set.copyOf(flags), where);
    }

    private static List<String> slots(String cell, List<String> defaults, String where) {
        String s = cell.strip();
        if (s.equals("-")) {
            return defaults;
        }
        List<String> out = new ArrayList<>();
        for (String slot : s.split("\\|")) {
            String v = slot.strip().toLowerCase(Locale.ROOT);
            if (v.isEmpty() || !v.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                throw new IllegalArgumentException(
                        where + ": slot \"" + slot + "\"; expected subj, obj, iobj, comp, " + "poss or a preposition");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /**
     * The rows whose trigger word matches the token, longest pattern first, then in file order. The token's tag
     * is not checked here.
     */
    List<Row> rows(Token token) {
        List<Row> out = null;
        for (String key : Words.keys(token)) {
            List<Row> rows = byHead.get(key);
            if (rows != null) {
                if (out == null) {
                    out = new ArrayList<>(rows);
                } else {
                    for (Row r : rows) {
                        if (!out.contains(r)) {
                            out.add(r);
                        }
                    }
                }
            }
        }
        if (out == null) {
            return List.of();
        }
        out.sort(Comparator.comparingInt(Row::length).reversed());
        return out;
    }

    /**
     * True when a typed row has this token's word as its trigger word and a kind its tag allows: a verb or adjective
     * row for a verb or adjective tag, a noun row for a noun tag (Penn or UD tags; any row for an untagged token).
     */
    boolean mayTrigger(Token token) {
        String tag = token.pos();
        boolean verb = tag.isEmpty()
                || tag.startsWith("VB")
                || tag.equals("VERB")
                || tag.startsWith("JJ")
                || tag.equals("ADJ");
        boolean noun = tag.isEmpty() || tag.startsWith("NN") || tag.equals("NOUN") || tag.equals("PROPN");
        for (String key : Words.keys(token)) {
            List<Row> rows = byHead.get(key);
            if (rows != null
                    && rows.stream().anyMatch(r -> r.type() != null && (r.kind() == Kind.NOUN ? noun : verb))) {
                return true;
            }
        }
        return false;
    }

    /** True for a head noun that stands for the state modifying it (government, forces…). */
    boolean organ(Token token) {
        return matches(token, organs);
    }

    /** True for a head noun for people, groups or firms that are not the state (militants, companies…). */
    boolean nonstate(Token token) {
        return matches(token, nonstate);
    }

    private static boolean matches(Token token, Set<String> words) {
        for (String key : Words.keys(token)) {
            if (words.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
