package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the leaders of the dictionary against Archigos 4.1 and its states against the Correlates of War state
 * list (both in {@code ../shared/eval/reference}, read by path; skipped when absent).
 *
 * <p>A spell is an Archigos leader's time in office: its rows merged by {@code obsid}. Each spell is checked over
 * the part of it that falls after 1945-01-01, within the existence of the dictionary states its {@code ccode}
 * maps to (states.tsv {@code start}/{@code end}) and within the state's membership of the COW state system
 * (so that rulers under occupation, such as Hácha's protectorate or Quisling's Norway, are not counted); a spell
 * with more than 30 days so checked is <em>matched</em> when leaders whose {@code archigos_id} leadids include
 * the spell's {@code leadid} hold offices of one of those states that together cover at least 90% of them. A
 * {@code ccode} maps to the states whose {@code cow_number} it is, and to {@link #ARCHIGOS_EXTRA} (codes Archigos uses where
 * COW's list has none or another). Archigos gives a few persons two {@code leadid}s: the dictionary lists
 * both, joined by {@code |}, where the spellings differ; leadids with the same {@code ccode} and the same
 * leader name or DBpedia page are also taken as one person.
 *
 * <p>Every spell not matched must be listed, with its reason, in
 * {@code src/test/resources/reference/archigos-exceptions.tsv}, and at least {@link #TARGET} of the spells
 * must be matched, for the regions named by the system property {@value #REGIONS_PROPERTY}
 * ({@code all}, or regions separated by commas: {@code europe,asia}; default {@link #DEFAULT_REGIONS}).
 */
class ArchigosCoverageTest {
    /** The regions checked when {@value #REGIONS_PROPERTY} is not set: all, as the leaders of all are complete. */
    static final String DEFAULT_REGIONS = "all";
    /** System property naming the regions to check. */
    static final String REGIONS_PROPERTY = "entente.archigos.regions";
    /** Share of the spells of the checked regions that must be matched. */
    static final double TARGET = 0.99;
    /** Share of a spell that the leader's offices must cover. */
    static final double OVERLAP = 0.90;
    /** Spells with this many days checked or fewer are not checked. */
    static final long MIN_DAYS = 30;

    static final LocalDate SINCE = LocalDate.of(1945, 1, 1);
    /**
     * Archigos codes that map to a state beyond those whose cow_number they are: 260 (COW GFR, West Germany)
     * is DEU; 340 (Archigos's Serbia from 2006, which COW codes 345) is SRB; 678 (Archigos codes unified Yemen
     * as North Yemen's 678, COW as 679) is also YEM.
     */
    static final Map<Integer, List<String>> ARCHIGOS_EXTRA =
            Map.of(260, List.of("DEU"), 340, List.of("SRB"), 678, List.of("YEM"));
    /** COW numbers whose state is another row's: 260 (GFR) is DEU, which carries 255 (GMY). */
    static final Map<Integer, String> COW_EXTRA = Map.of(260, "DEU");

    private static final Path REFERENCE = Cli.SHARED.resolve("eval/reference");
    private static final Path ARCHIGOS = REFERENCE.resolve("archigos_4.1_annual.txt");
    private static final Path COW = REFERENCE.resolve("cow_states2016.csv");
    private static final Path MODELS = Cli.HOME.resolve("models");
    private static final Path EXCEPTIONS = Cli.HOME.resolve("src/test/resources/reference/archigos-exceptions.tsv");
    private static final Period ALWAYS = new Period(LocalDate.MIN, LocalDate.MAX);

    /** The regions of the brief, by Correlates of War state number. */
    enum Region {
        AMERICAS(2, 165),
        EUROPE(200, 399),
        AFRICA(400, 626),
        ASIA(630, 990);

        final int first;
        final int last;

        Region(int first, int last) {
            this.first = first;
            this.last = last;
        }

        static Region of(int ccode) {
            return Arrays.stream(values())
                    .filter(r -> ccode >= r.first && ccode <= r.last)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("ccode " + ccode + " is in no region"));
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A span of days; its length is the number of days from start to end. */
    record Period(LocalDate start, LocalDate end) {
        long days() {
            return start.isBefore(end) ? ChronoUnit.DAYS.between(start, end) : 0;
        }

        Period intersect(Period other) {
            return new Period(max(start, other.start), min(end, other.end));
        }
    }

    /** An Archigos spell: a leader's rows merged by obsid. */
    record Spell(String obsid, String leadid, int ccode, String leader, String dbpedia, Period period) {}

    /** A spell that is checked: the periods checked and the problem, empty when matched. */
    record Check(Spell spell, List<Period> periods, String problem) {
        boolean matched() {
            return problem.isEmpty();
        }
    }

    private static ActorDictionary dictionary;
    private static List<Spell> spells;
    private static Map<Integer, List<Period>> cowMembership;

    @BeforeAll
    static void load() throws IOException {
        if (Files.isRegularFile(ARCHIGOS) && Files.isRegularFile(COW)) {
            dictionary = DictionaryLoader.load(MODELS, List.of());
            spells = readSpells();
            cowMembership = readCowMembership();
        }
    }

    @BeforeEach
    void needsTheReferenceFiles() {
        assumeThat(spells)
                .as(
                        "Archigos and COW reference files not found in %s (run with "
                                + "-Dentente.shared=/path/to/shared)",
                        REFERENCE)
                .isNotNull();
    }

    @Test
    void dictionaryHoldsTheArchigosRulersSince1945() throws IOException {
        Set<Region> checked = checkedRegions();
        Map<String, Period> existence = readExistence();
        Map<Integer, List<String>> statesByCcode = statesByCcode();
        Map<String, String> person = samePerson();
        Map<String, List<String>> leadersByPerson = new HashMap<>();
        for (Actor actor : dictionary.actors()) {
            if (actor.type() == ActorType.LEADER) {
                for (String leadid : actor.keys().archigosIds()) {
                    List<String> leaders = leadersByPerson.computeIfAbsent(
                            person.getOrDefault(leadid, leadid), k -> new ArrayList<>());
                    if (!leaders.contains(actor.id())) {
                        leaders.add(actor.id());
                    }
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        for (Spell spell : spells) {
            List<String> states = new ArrayList<>(statesByCcode.getOrDefault(spell.ccode(), List.of()));
            states.addAll(ARCHIGOS_EXTRA.getOrDefault(spell.ccode(), List.of()));
            List<Period> periods = checkedPeriods(spell, states, existence);
            if (periods.stream().mapToLong(Period::days).sum() > MIN_DAYS) {
                checks.add(check(
                        spell, periods, states, leadersByPerson.getOrDefault(person.get(spell.leadid()), List.of())));
            }
        }
        Map<String, String> exceptions = readExceptions();

        Map<Region, int[]> byRegion = new TreeMap<>();
        for (Check c : checks) {
            int[] counts = byRegion.computeIfAbsent(Region.of(c.spell().ccode()), r -> new int[2]);
            counts[0] += c.matched() ? 1 : 0;
            counts[1]++;
        }
        int matched = 0;
        int total = 0;
        StringBuilder report = new StringBuilder("Archigos spells since 1945 longer than " + MIN_DAYS
                + " days matched by the dictionary (offices covering " + Math.round(OVERLAP * 100) + "%):\n");
        for (var entry : byRegion.entrySet()) {
            int[] counts = entry.getValue();
            report.append(String.format(
                    Locale.ROOT,
                    "  %-9s %4d / %4d  %6.2f%%%s%n",
                    entry.getKey().label(),
                    counts[0],
                    counts[1],
                    100.0 * counts[0] / counts[1],
                    checked.contains(entry.getKey()) ? "  (checked)" : ""));
            if (checked.contains(entry.getKey())) {
                matched += counts[0];
                total += counts[1];
            }
        }
        int allMatched = byRegion.values().stream().mapToInt(c -> c[0]).sum();
        int all = byRegion.values().stream().mapToInt(c -> c[1]).sum();
        report.append(String.format(
                Locale.ROOT, "  %-9s %4d / %4d  %6.2f%%%n", "overall", allMatched, all, 100.0 * allMatched / all));
        System.out.print(report);

        List<String> unlisted = checks.stream()
                .filter(c -> !c.matched()
                        && checked.contains(Region.of(c.spell().ccode()))
                        && !exceptions.containsKey(c.spell().obsid()))
                .map(ArchigosCoverageTest::describe)
                .toList();
        Set<String> misses = checks.stream()
                .filter(c -> !c.matched())
                .map(c -> c.spell().obsid())
                .collect(Collectors.toSet());
        Map<String, Integer> ccodes = spells.stream().collect(Collectors.toMap(Spell::obsid, Spell::ccode));
        List<String> stale = exceptions.keySet().stream()
                .filter(obsid -> checked.contains(Region.of(ccodes.get(obsid))) && !misses.contains(obsid))
                .map(obsid -> obsid + " (" + exceptions.get(obsid) + ")")
                .toList();

        assertThat(unlisted)
                .as("spells not matched and not listed in %s", EXCEPTIONS)
                .isEmpty();
        assertThat(stale)
                .as(
                        "exceptions in %s that the dictionary now matches (or that are not checked): " + "remove them",
                        EXCEPTIONS)
                .isEmpty();
        assertThat(total).as("spells of the checked regions %s", checked).isPositive();
        assertThat((double) matched / total)
                .as("share of the spells of %s matched", checked)
                .isGreaterThanOrEqualTo(TARGET);
    }

    @Test
    void everyCowStateSince1945IsADictionaryState() throws IOException {
        Map<Integer, List<String>> statesByCcode = statesByCcode();
        Map<String, String> codeOf = new HashMap<>();
        for (Actor actor : dictionary.actors()) {
            if (actor.type() == ActorType.STATE && !actor.keys().cowNumber().isEmpty()) {
                codeOf.put(actor.id(), actor.keys().cowCode());
            }
        }
        List<String> unmapped = new ArrayList<>();
        Map<String, String> cowCodes = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(COW, StandardCharsets.UTF_8)) {
            for (CSVRecord row : COW_FORMAT.parse(in)) {
                int ccode = Integer.parseInt(row.get("ccode"));
                cowCodes.put(row.get("ccode"), row.get("stateabb"));
                if (cowDate(row, "end").isBefore(SINCE)) {
                    continue;
                }
                List<String> states = new ArrayList<>(statesByCcode.getOrDefault(ccode, List.of()));
                if (COW_EXTRA.containsKey(ccode)) {
                    states.add(COW_EXTRA.get(ccode));
                }
                boolean codesAgree = states.stream()
                        .allMatch(s ->
                                COW_EXTRA.containsKey(ccode) || codeOf.get(s).equals(row.get("stateabb")));
                if (states.isEmpty() || !codesAgree) {
                    unmapped.add(row.get("stateabb") + " " + ccode + " " + row.get("statenme") + " -> " + states);
                }
            }
        }
        List<String> unknown = dictionary.actors().stream()
                .filter(a ->
                        a.type() == ActorType.STATE && !a.keys().cowNumber().isEmpty())
                .filter(a -> !a.keys().cowCode().equals(cowCodes.get(a.keys().cowNumber())))
                .map(a -> a.id() + " " + a.keys().cowCode() + " " + a.keys().cowNumber())
                .toList();

        assertThat(unmapped)
                .as("COW states with membership after 1945 and no dictionary state (or another " + "letter code)")
                .isEmpty();
        assertThat(unknown)
                .as("dictionary states whose cow_code and cow_number are not a pair of COW's list")
                .isEmpty();
    }

    @Test
    void everyArchigosIdIsAnArchigosLeaderOfOneDictionaryLeader() {
        Set<String> leadids = spells.stream().map(Spell::leadid).collect(Collectors.toSet());
        Map<String, List<String>> byId = new TreeMap<>();
        dictionary.actors().stream()
                .filter(a -> a.type() == ActorType.LEADER)
                .forEach(a -> a.keys()
                        .archigosIds()
                        .forEach(id ->
                                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(a.id())));

        assertThat(byId.keySet().stream().filter(id -> !leadids.contains(id)).map(id -> id + " " + byId.get(id)))
                .as("archigos_id values that are no Archigos leadid")
                .isEmpty();
        assertThat(byId.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .as("Archigos leaders given to more than one dictionary leader")
                .isEmpty();
    }

    /** The parts of a spell checked: after 1945, while the states exist and the state is a COW member. */
    private static List<Period> checkedPeriods(Spell spell, List<String> states, Map<String, Period> existence) {
        Period span = spell.period().intersect(new Period(SINCE, LocalDate.MAX));
        if (!states.isEmpty()) {
            // from the earliest start to the latest end of the states the ccode maps to
            span = span.intersect(new Period(
                    states.stream()
                            .map(s -> existence.get(s).start())
                            .min(LocalDate::compareTo)
                            .orElseThrow(),
                    states.stream()
                            .map(s -> existence.get(s).end())
                            .max(LocalDate::compareTo)
                            .orElseThrow()));
        }
        List<Period> result = new ArrayList<>();
        for (Period member : cowMembership.getOrDefault(spell.ccode(), List.of(ALWAYS))) {
            Period part = span.intersect(member);
            if (part.days() > 0) {
                result.add(part);
            }
        }
        return result;
    }

    private static Check check(Spell spell, List<Period> periods, List<String> states, List<String> leaders) {
        if (states.isEmpty()) {
            return new Check(spell, periods, "no dictionary state has cow_number " + spell.ccode());
        }
        if (leaders.isEmpty()) {
            return new Check(spell, periods, "no dictionary leader has archigos_id " + spell.leadid());
        }
        List<Period> terms = new ArrayList<>();
        for (String id : leaders) {
            for (Office o : dictionary.leader(id).orElseThrow().offices()) {
                if (states.contains(o.served())) {
                    terms.add(new Period(o.start(), o.end() == null ? LocalDate.MAX : o.end()));
                }
            }
        }
        terms.sort(Comparator.comparing(Period::start));
        long covered = 0;
        long length = 0;
        for (Period period : periods) {
            length += period.days();
            LocalDate reached = period.start();
            for (Period term : terms) {
                Period part = term.intersect(new Period(max(reached, period.start()), period.end()));
                if (part.days() > 0) {
                    covered += part.days();
                    reached = part.end();
                }
            }
        }
        double share = (double) covered / length;
        if (share < OVERLAP) {
            return new Check(
                    spell,
                    periods,
                    String.format(
                            Locale.ROOT,
                            "%s hold offices of %s over %.0f%% of the spell",
                            leaders,
                            states,
                            100 * share));
        }
        return new Check(spell, periods, "");
    }

    private static String describe(Check c) {
        Spell s = c.spell();
        return String.join(
                "\t",
                s.obsid(),
                String.valueOf(s.ccode()),
                s.leader(),
                c.periods().get(0).start().toString(),
                c.periods().get(c.periods().size() - 1).end().toString(),
                c.problem());
    }

    private static Set<Region> checkedRegions() {
        String value = System.getProperty(REGIONS_PROPERTY, DEFAULT_REGIONS).strip();
        if (value.equals("all")) {
            return EnumSet.allOf(Region.class);
        }
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (String name : value.split(",")) {
            regions.add(Region.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        }
        return regions;
    }

    /** The dictionary states by COW number. */
    private static Map<Integer, List<String>> statesByCcode() {
        Map<Integer, List<String>> result = new HashMap<>();
        for (Actor actor : dictionary.actors()) {
            if (actor.type() == ActorType.STATE && !actor.keys().cowNumber().isEmpty()) {
                result.computeIfAbsent(Integer.parseInt(actor.keys().cowNumber()), k -> new ArrayList<>())
                        .add(actor.id());
            }
        }
        return result;
    }

    /** Archigos's rows merged by obsid (the file is ISO-8859-1). */
    private static List<Spell> readSpells() throws IOException {
        Map<String, Spell> byObsid = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(ARCHIGOS, StandardCharsets.ISO_8859_1)) {
            CSVFormat tsv = CSVFormat.TDF
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : tsv.parse(in)) {
                Spell spell = new Spell(
                        row.get("obsid"),
                        row.get("leadid"),
                        Integer.parseInt(row.get("ccode")),
                        row.get("leader"),
                        row.get("dbpedia.uri"),
                        new Period(
                                LocalDate.parse(row.get("startdate").strip()),
                                LocalDate.parse(row.get("enddate").strip())));
                byObsid.merge(
                        spell.obsid(),
                        spell,
                        (a, b) -> new Spell(
                                a.obsid(),
                                a.leadid(),
                                a.ccode(),
                                a.leader(),
                                a.dbpedia(),
                                new Period(
                                        min(a.period().start(), b.period().start()),
                                        max(a.period().end(), b.period().end()))));
            }
        }
        return byObsid.values().stream()
                .filter(s -> !s.period().end().isBefore(SINCE))
                .sorted(Comparator.comparing(Spell::ccode)
                        .thenComparing(s -> s.period().start()))
                .toList();
    }

    /**
     * Archigos's leadids by person: leadids with the same ccode and the same leader name or DBpedia page are one
     * person (Archigos gives a few persons two leadids). Maps every leadid to its group's smallest leadid.
     */
    private static Map<String, String> samePerson() {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Spell s : spells) {
            byKey.computeIfAbsent(s.ccode() + "\tname\t" + s.leader(), k -> new TreeSet<>())
                    .add(s.leadid());
            if (!s.dbpedia().equals("NA")) {
                byKey.computeIfAbsent(s.ccode() + "\turi\t" + s.dbpedia(), k -> new TreeSet<>())
                        .add(s.leadid());
            }
        }
        Map<String, String> parent = new HashMap<>();
        for (Set<String> group : byKey.values()) {
            String first = root(parent, group.iterator().next());
            for (String leadid : group) {
                String other = root(parent, leadid);
                if (!other.equals(first)) {
                    parent.put(max(first, other), min(first, other));
                    first = min(first, other);
                }
            }
        }
        Map<String, String> result = new HashMap<>();
        spells.forEach(s -> result.put(s.leadid(), root(parent, s.leadid())));
        return result;
    }

    private static String root(Map<String, String> parent, String leadid) {
        String r = leadid;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The COW state list is a CSV file with a header line. */
    private static final CSVFormat COW_FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    /** The periods in which each COW state was a member of the state system. */
    private static Map<Integer, List<Period>> readCowMembership() throws IOException {
        Map<Integer, List<Period>> result = new HashMap<>();
        try (Reader in = Files.newBufferedReader(COW, StandardCharsets.UTF_8)) {
            for (CSVRecord row : COW_FORMAT.parse(in)) {
                result.computeIfAbsent(Integer.parseInt(row.get("ccode")), k -> new ArrayList<>())
                        .add(new Period(cowDate(row, "st"), cowDate(row, "end")));
            }
        }
        return result;
    }

    private static LocalDate cowDate(CSVRecord row, String prefix) {
        return LocalDate.of(
                Integer.parseInt(row.get(prefix + "year")),
                Integer.parseInt(row.get(prefix + "month")),
                Integer.parseInt(row.get(prefix + "day")));
    }

    /** The existence of every state of states.tsv (the dictionary API does not carry it); unbounded when empty. */
    private static Map<String, Period> readExistence() throws IOException {
        Map<String, Period> result = new HashMap<>();
        List<String> header = null;
        for (String line : Files.readAllLines(MODELS.resolve("states.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            LocalDate start = date(cells.get(header.indexOf("start")));
            LocalDate end = date(cells.get(header.indexOf("end")));
            result.put(
                    cells.get(0), new Period(start == null ? LocalDate.MIN : start, end == null ? LocalDate.MAX : end));
        }
        return result;
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
    }

    /** The exceptions file: obsid to reason; each row is checked against Archigos. */
    private static Map<String, String> readExceptions() throws IOException {
        Map<String, Spell> byObsid = spells.stream().collect(Collectors.toMap(Spell::obsid, s -> s));
        Map<String, String> result = new TreeMap<>();
        List<String> lines = Files.readAllLines(EXCEPTIONS, StandardCharsets.UTF_8);
        List<String> expectedHeader = List.of("obsid", "ccode", "leader", "start", "end", "reason");
        boolean header = true;
        Set<String> problems = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = EXCEPTIONS + ":" + (i + 1) + ": ";
            List<String> cells = List.of(line.split("\t", -1));
            if (header) {
                assertThat(cells).as(where + "header").isEqualTo(expectedHeader);
                header = false;
                continue;
            }
            if (cells.size() != expectedHeader.size() || cells.get(5).isBlank()) {
                problems.add(where + cells.size() + " columns; expected 6 (" + String.join(", ", expectedHeader)
                        + ") with a reason");
                continue;
            }
            Spell spell = byObsid.get(cells.get(0));
            if (spell == null || !cells.get(1).equals(String.valueOf(spell.ccode()))) {
                problems.add(where + "obsid " + cells.get(0) + " with ccode " + cells.get(1)
                        + "; expected an Archigos obsid since 1945 and its ccode");
            } else if (result.put(cells.get(0), cells.get(5)) != null) {
                problems.add(where + "obsid " + cells.get(0) + " listed twice; expected each spell once");
            }
        }
        assertThat(problems).as("rows of %s", EXCEPTIONS).isEmpty();
        return result;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) > 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
