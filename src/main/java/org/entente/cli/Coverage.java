package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.actors.ActorDictionary;
import org.entente.actors.Office;
import org.entente.model.Actor;
import org.entente.model.ActorType;

/**
 * {@code entente actors check --coverage}: what the dictionary holds per state, so that a reviewer sees what is
 * thin — terms of office per decade and office since 1945 (or the state's start), gaps of more than 90 days
 * between successive heads of state or of government, and overlapping terms of one office.
 *
 * <p>Stateless.
 */
final class Coverage {
    /** Offices counted per decade, in column order. */
    static final List<String> OFFICES =
            List.of("head_of_state", "head_of_government", "supreme_leader", "foreign_minister", "defence_minister");
    /** Offices whose gaps are listed. */
    static final List<String> HEADS = List.of("head_of_state", "head_of_government");

    static final LocalDate FROM = LocalDate.of(1945, 1, 1);
    static final int MAX_GAP_DAYS = 90;

    private Coverage() {}

    /** A stretch without a holder of an office between two terms. */
    record Gap(String state, String office, LocalDate from, LocalDate to) {
        long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    /** Two terms of one office of one state that overlap. */
    record Overlap(String state, String office, Office a, Office b) {}

    /** The terms of every state (and organisation) served, by served id, sorted by start. */
    static Map<String, List<Office>> termsByState(ActorDictionary dictionary) {
        Map<String, List<Office>> terms = new TreeMap<>();
        for (Actor a : dictionary.actors()) {
            if (a.type() == ActorType.LEADER) {
                dictionary
                        .leader(a.id())
                        .ifPresent(l -> l.offices()
                                .forEach(o -> terms.computeIfAbsent(o.served(), k -> new ArrayList<>())
                                        .add(o)));
            }
        }
        terms.values()
                .forEach(list -> list.sort(Comparator.comparing(Office::start).thenComparing(Office::leaderId)));
        return terms;
    }

    /** Gaps of more than {@link #MAX_GAP_DAYS} between successive terms of a head office, within [from, to). */
    static List<Gap> gaps(String state, List<Office> terms, LocalDate from, LocalDate to) {
        List<Gap> gaps = new ArrayList<>();
        for (String office : HEADS) {
            LocalDate covered = null;
            for (Office o : terms) {
                if (!o.office().equals(office)) {
                    continue;
                }
                if (covered != null
                        && ChronoUnit.DAYS.between(covered, o.start()) > MAX_GAP_DAYS
                        && o.start().isAfter(from)
                        && covered.isBefore(to)) {
                    gaps.add(new Gap(state, office, max(covered, from), min(o.start(), to)));
                }
                LocalDate end = o.end() == null ? LocalDate.MAX : o.end();
                covered = covered == null || end.isAfter(covered) ? end : covered;
            }
        }
        return gaps;
    }

    /** Terms of one office of a state that overlap (the loader rejects them; listed for user files). */
    static List<Overlap> overlaps(String state, List<Office> terms) {
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                Office a = terms.get(i);
                Office b = terms.get(j);
                if (a.office().equals(b.office()) && !a.leaderId().equals(b.leaderId()) && a.overlaps(b)) {
                    out.add(new Overlap(state, a.office(), a, b));
                }
            }
        }
        return out;
    }

    /**
     * Prints the report: a table of terms per state, decade and office, then the gaps and overlaps.
     *
     * @param dictionary the loaded dictionary
     * @param statesFile models/states.tsv, for each state's dates of existence (optional columns start, end)
     * @param out        where to print
     */
    static void print(ActorDictionary dictionary, Path statesFile, PrintWriter out) {
        Map<String, LocalDate[]> existence = existence(statesFile);
        Map<String, List<Office>> terms = termsByState(dictionary);
        LocalDate today = LocalDate.now();
        List<Gap> gaps = new ArrayList<>();
        List<Overlap> overlaps = new ArrayList<>();
        out.println();
        out.println("coverage: terms of office overlapping each decade, per state");
        out.println("state\tdecade\t" + String.join("\t", OFFICES));
        int thin = 0;
        for (Actor state : dictionary.actors()) {
            if (state.type() != ActorType.STATE) {
                continue;
            }
            LocalDate[] span = existence.getOrDefault(state.id(), new LocalDate[] {null, null});
            LocalDate from = max(FROM, span[0] == null ? FROM : span[0]);
            LocalDate to = span[1] == null ? today : span[1];
            List<Office> own = terms.getOrDefault(state.id(), List.of());
            for (int decade = from.getYear() / 10 * 10; decade <= to.getYear(); decade += 10) {
                LocalDate d0 = LocalDate.of(decade, 1, 1);
                LocalDate d1 = LocalDate.of(decade + 10, 1, 1);
                int[] counts = new int[OFFICES.size()];
                for (Office o : own) {
                    int k = OFFICES.indexOf(o.office());
                    if (k >= 0
                            && o.start().isBefore(d1)
                            && (o.end() == null || o.end().isAfter(d0))) {
                        counts[k]++;
                    }
                }
                if (counts[0] == 0 && counts[1] == 0 && counts[2] == 0) {
                    thin++;
                }
                out.println(state.id() + "\t" + decade + "s\t"
                        + String.join(
                                "\t",
                                Arrays.stream(counts)
                                        .mapToObj(Integer::toString)
                                        .toList()));
            }
            gaps.addAll(gaps(state.id(), own, from, to));
            overlaps.addAll(overlaps(state.id(), own));
        }
        out.println();
        out.println("gaps of more than " + MAX_GAP_DAYS + " days between successive heads of state or government");
        out.println("state\toffice\tfrom\tto\tdays");
        for (Gap g : gaps) {
            out.println(g.state() + "\t" + g.office() + "\t" + g.from() + "\t" + g.to() + "\t" + g.days());
        }
        out.println();
        out.println("overlapping terms of one office");
        out.println("state\toffice\tleader_a\tleader_b");
        for (Overlap o : overlaps) {
            out.println(o.state() + "\t" + o.office() + "\t" + o.a().leaderId() + "\t" + o.b().leaderId());
        }
        out.printf(
                "%ncoverage: %d state decades without a head of state, government or supreme leader, %d gaps, "
                        + "%d overlaps%n",
                thin, gaps.size(), overlaps.size());
    }

    /** Each state's dates of existence from states.tsv (columns id, start, end; empty = open). */
    static Map<String, LocalDate[]> existence(Path statesFile) {
        Map<String, LocalDate[]> out = new TreeMap<>();
        if (!Files.isRegularFile(statesFile)) {
            return out;
        }
        try {
            List<String> header = null;
            for (String line : Files.readAllLines(statesFile, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (header == null) {
                    header = cells;
                    continue;
                }
                int s = header.indexOf("start");
                int e = header.indexOf("end");
                out.put(cells.get(0), new LocalDate[] {date(cells, s), date(cells, e)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static LocalDate date(List<String> cells, int column) {
        if (column < 0 || column >= cells.size() || cells.get(column).isBlank()) {
            return null;
        }
        String v = cells.get(column).strip();
        try {
            return v.length() == 7
                    ? LocalDate.parse(v + "-01")
                    : v.length() == 4 ? LocalDate.of(Integer.parseInt(v), 1, 1) : LocalDate.parse(v);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
