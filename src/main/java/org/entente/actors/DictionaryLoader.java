package org.entente.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.WordLists;

/**
 * Reads and validates the actor dictionary: the TSV files of {@code models/} (states.tsv, leaders.tsv,
 * offices.tsv, orgs.tsv, exclusions.tsv; format in models/README.md) and optional user files of the same
 * formats, merged over them (a row whose id exists replaces it), and the word lists of each language
 * ({@code models/lang/<language>/*.txt}, see models/lang/README.md). Every problem is reported as a
 * {@link DictionaryException} naming file:line, the value, and what was expected.
 *
 * <p>Stateless; {@link #load} may be called from any thread.
 */
public final class DictionaryLoader {
    /** The files of a dictionary folder, in load order. */
    public static final List<String> FILES =
            List.of("states.tsv", "orgs.tsv", "leaders.tsv", "offices.tsv", "exclusions.tsv");
    /** The folder of a dictionary folder that holds the language data, one subfolder per ISO 639-3 code. */
    public static final String LANGUAGE_FOLDER = "lang";

    private static final List<String> STATE_COLUMNS = List.of(
            "id",
            "name",
            "official_name",
            "aliases",
            "abbreviations",
            "demonyms",
            "capitals",
            "combining_forms",
            "wikidata",
            "cow_code",
            "cow_number",
            "start",
            "end");
    private static final List<String> ORG_COLUMNS = List.of("id", "name", "aliases", "abbreviations", "wikidata");
    private static final List<String> LEADER_COLUMNS =
            List.of("id", "name", "variants", "surname", "titles", "wikidata", "archigos_id");
    /** Columns added by later versions of a format; a user file written before them may leave them out. */
    private static final Set<String> LATER_COLUMNS = Set.of("cow_code", "cow_number", "start", "end", "archigos_id");

    private static final List<String> OFFICE_COLUMNS = List.of("leader_id", "served", "office", "start", "end", "note");
    private static final List<String> EXCLUSION_COLUMNS = List.of("phrase", "reason");
    private static final Pattern STATE_ID = Pattern.compile("[A-Z]{3}");
    private static final Pattern SLUG_ID = Pattern.compile("[A-Z0-9][A-Z0-9_]*");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern QID = Pattern.compile("(Q[1-9][0-9]*)?");
    private static final Pattern COW_CODE = Pattern.compile("([A-Z]{2,3})?");
    private static final Pattern COW_NUMBER = Pattern.compile("([1-9][0-9]{0,3})?");
    private static final Pattern ARCHIGOS_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * One parsed data line: its stripped cells, the index of each column of its file (one map per file, not per
     * row), and where it came from.
     */
    private record Row(String[] cells, Map<String, Integer> columns, String origin) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : cells[i];
        }

        boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    private final Map<String, Row> states = new LinkedHashMap<>();
    private final Map<String, Row> orgs = new LinkedHashMap<>();
    private final Map<String, Row> leaders = new LinkedHashMap<>();
    private final Map<String, List<Row>> officesByLeader = new LinkedHashMap<>();
    private final Map<String, Row> exclusions = new LinkedHashMap<>();

    private DictionaryLoader() {}

    /**
     * Loads the dictionary folder and then each user file over it.
     *
     * @param modelsDir folder with the dictionary files
     * @param userFiles extra files in any of the formats, recognised by their header
     * @return the validated dictionary
     * @throws DictionaryException on any invalid row or file
     */
    public static ActorDictionary load(Path modelsDir, List<Path> userFiles) {
        DictionaryLoader loader = new DictionaryLoader();
        if (!Files.isDirectory(modelsDir)) {
            throw new DictionaryException(
                    modelsDir + ": dictionary folder not found; expected a folder with " + String.join(", ", FILES));
        }
        for (String name : FILES) {
            Path file = modelsDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new DictionaryException(file + ": file not found; expected the dictionary file " + name);
            }
            loader.read(file, false);
        }
        for (Path file : userFiles) {
            loader.read(file, true);
        }
        return loader.build(wordLists(modelsDir));
    }

    /** The word lists of every language of a dictionary folder. */
    private static Map<String, WordLists> wordLists(Path modelsDir) {
        Map<String, WordLists> lists = new TreeMap<>();
        Path dir = modelsDir.resolve(LANGUAGE_FOLDER);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> languages = Files.list(dir)) {
                for (Path language :
                        languages.filter(Files::isDirectory).sorted().toList()) {
                    String code = language.getFileName().toString();
                    lists.put(code, WordListFiles.load(modelsDir, code));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new DictionaryException(dir + ": cannot list the language folders (" + e.getMessage() + ")");
            }
        }
        return lists;
    }

    /**
     * The word lists of one language of a dictionary folder, for what needs them without the dictionary (the
     * engines).
     *
     * @param modelsDir the dictionary folder
     * @param language  ISO 639-3 code
     * @return the lists (none when the folder has none for the language)
     * @throws DictionaryException naming file:line of a problem
     */
    public static WordLists wordLists(Path modelsDir, String language) {
        return WordListFiles.load(modelsDir, language);
    }

    private void read(Path file, boolean override) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new DictionaryException(file + ": cannot read (" + e.getMessage() + "); expected a UTF-8 TSV file");
        }
        List<String> header = null;
        Map<String, Integer> columns = null;
        String kind = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String origin = file + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(cells).map(String::strip).toList();
                kind = kindOf(header, origin);
                columns = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    columns.putIfAbsent(header.get(c), c);
                }
                continue;
            }
            if (cells.length != header.size()) {
                throw new DictionaryException(origin + ": " + cells.length + " columns; expected " + header.size()
                        + " tab-separated columns (" + String.join(", ", header) + ")");
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            add(kind, new Row(cells, columns, origin), override);
        }
        if (header == null) {
            throw new DictionaryException(file + ":1: no header row; expected the columns of one of the "
                    + "dictionary formats (see models/README.md)");
        }
    }

    private static String kindOf(List<String> header, String origin) {
        for (var entry : Map.of(
                        "state",
                        STATE_COLUMNS,
                        "org",
                        ORG_COLUMNS,
                        "leader",
                        LEADER_COLUMNS,
                        "office",
                        OFFICE_COLUMNS,
                        "exclusion",
                        EXCLUSION_COLUMNS)
                .entrySet()) {
            List<String> earlier = entry.getValue().stream()
                    .filter(c -> !LATER_COLUMNS.contains(c))
                    .toList();
            if (header.equals(entry.getValue()) || header.equals(earlier)) {
                return entry.getKey();
            }
        }
        throw new DictionaryException(origin + ": unknown header \"" + String.join("\\t", header)
                + "\"; expected the columns of states, orgs, leaders, offices or exclusions (models/README.md)");
    }

    private void add(String kind, Row row, boolean override) {
        switch (kind) {
            case "state" -> put(states, row, STATE_ID, "an ISO 3166-1 alpha-3 code such as PRK", override);
            case "org" -> put(orgs, row, SLUG_ID, "an id of capitals, digits and _ such as UNSC", override);
            case "leader" -> put(leaders, row, SLUG_ID, "a slug such as PUTIN_VLADIMIR", override);
            case "office" ->
                officesByLeader
                        .computeIfAbsent(row.get("leader_id"), k -> new ArrayList<>())
                        .add(row);
            case "exclusion" -> {
                if (row.get("phrase").isEmpty()) {
                    throw new DictionaryException(row.origin() + ": empty phrase; expected a phrase to exclude");
                }
                exclusions.put(row.get("phrase"), row);
            }
            default -> throw new IllegalStateException(kind);
        }
    }

    private static void check(Row row, String column, Pattern pattern, String expected) {
        if (!pattern.matcher(row.get(column)).matches()) {
            throw new DictionaryException(
                    row.origin() + ": " + column + " \"" + row.get(column) + "\"; expected " + expected);
        }
    }

    /** archigos_id: nothing, or Archigos leadids joined by | (a person Archigos gives several), each once. */
    private static void checkArchigosIds(Row row) {
        String value = row.get("archigos_id");
        if (value.isEmpty()) {
            return;
        }
        List<String> ids = List.of(value.split("\\|", -1));
        if (!ids.stream().allMatch(id -> ARCHIGOS_ID.matcher(id).matches())
                || new HashSet<>(ids).size() != ids.size()) {
            throw new DictionaryException(row.origin() + ": archigos_id \"" + value + "\"; expected an Archigos leadid "
                    + "(a UUID such as 81dcc176-1e42-11e4-b4cd-db5882bf8def), several different ones joined by |, "
                    + "or nothing");
        }
    }

    private static void put(Map<String, Row> target, Row row, Pattern idPattern, String expected, boolean override) {
        String id = row.get("id");
        if (!idPattern.matcher(id).matches()) {
            throw new DictionaryException(row.origin() + ": id \"" + id + "\"; expected " + expected);
        }
        if (row.get("name").isEmpty()) {
            throw new DictionaryException(row.origin() + ": empty name for " + id + "; expected a name");
        }
        if (!QID.matcher(row.get("wikidata")).matches()) {
            throw new DictionaryException(row.origin() + ": wikidata \"" + row.get("wikidata")
                    + "\"; expected a QID such as Q423 or nothing");
        }
        check(row, "cow_code", COW_CODE, "a Correlates of War letter code such as PRK or ROK, or nothing");
        check(row, "cow_number", COW_NUMBER, "a Correlates of War state number such as 731, or nothing");
        checkArchigosIds(row);
        if (row.has("start")) {
            Day start = date(row, "start", true);
            Day end = date(row, "end", true);
            if (start != null && end != null && end.day().isBefore(start.day())) {
                throw new DictionaryException(row.origin() + ": end " + end.text() + " before start " + start.text()
                        + " of " + id + "; expected end on or after start");
            }
        }
        Row previous = target.get(id);
        if (previous != null && !override) {
            throw new DictionaryException(row.origin() + ": duplicate id " + id + " (first at " + previous.origin()
                    + "); expected each id once");
        }
        target.put(id, row);
    }

    private ActorDictionary build(Map<String, WordLists> wordLists) {
        TreeMap<String, Actor> actors = new TreeMap<>();
        List<Alias> aliases = new ArrayList<>();
        Map<String, Alias> byForm = new HashMap<>();
        for (Row row : states.values()) {
            Actor actor = new Actor(row.get("id"), ActorType.STATE, row.get("name"), "", keys(row));
            register(actors, actor, row);
            addForms(aliases, byForm, actor, row, "name", AliasKind.NAME);
            addForms(aliases, byForm, actor, row, "official_name", AliasKind.NAME);
            addForms(aliases, byForm, actor, row, "aliases", AliasKind.ALIAS);
            addForms(aliases, byForm, actor, row, "abbreviations", AliasKind.ABBREVIATION);
            addForms(aliases, byForm, actor, row, "demonyms", AliasKind.DEMONYM);
            addForms(aliases, byForm, actor, row, "capitals", AliasKind.CAPITAL);
            addForms(aliases, byForm, actor, row, "combining_forms", AliasKind.COMBINING_FORM);
        }
        for (Row row : orgs.values()) {
            Actor actor = new Actor(row.get("id"), ActorType.ORG, row.get("name"), "", keys(row));
            register(actors, actor, row);
            addForms(aliases, byForm, actor, row, "name", AliasKind.NAME);
            addForms(aliases, byForm, actor, row, "aliases", AliasKind.ALIAS);
            addForms(aliases, byForm, actor, row, "abbreviations", AliasKind.ABBREVIATION);
        }
        Map<String, List<Office>> offices = offices(actors.keySet());
        Map<String, LeaderInfo> leaderInfos = new HashMap<>();
        for (Row row : leaders.values()) {
            String id = row.get("id");
            List<Office> terms = offices.getOrDefault(id, List.of());
            String served = terms.isEmpty() ? "" : terms.get(terms.size() - 1).served();
            Actor actor = new Actor(id, ActorType.LEADER, row.get("name"), served, keys(row));
            register(actors, actor, row);
            addForms(aliases, byForm, actor, row, "name", AliasKind.NAME);
            addForms(aliases, byForm, actor, row, "variants", AliasKind.ALIAS);
            List<String> surnames = new ArrayList<>();
            Set<String> commonWords = new LinkedHashSet<>();
            for (String raw : split(row.get("surname"))) {
                String form = raw.startsWith("?") ? raw.substring(1).strip() : raw;
                if (form.isEmpty() || !(row.get("name") + "|" + row.get("variants")).contains(form)) {
                    throw new DictionaryException(row.origin() + ": surname \"" + raw + "\" of " + id
                            + "; expected a part of the name or a variant, used alone or after a title");
                }
                surnames.add(form);
                if (raw.startsWith("?")) {
                    commonWords.add(form);
                }
            }
            if (surnames.isEmpty()) {
                throw new DictionaryException(row.origin() + ": empty surname of " + id
                        + "; expected the part of the name used alone or after a title");
            }
            boolean surnameFirst = row.get("name").startsWith(surnames.get(0) + " ");
            leaderInfos.put(
                    id, new LeaderInfo(actor, surnames, commonWords, surnameFirst, split(row.get("titles")), terms));
        }
        Set<String> unknown = new TreeSet<>();
        for (String leaderId : offices.keySet()) {
            if (!leaders.containsKey(leaderId)) {
                unknown.add(leaderId);
            }
        }
        for (String leaderId : unknown) { // the first by id
            Row first = officesByLeader.get(leaderId).get(0);
            throw new DictionaryException(
                    first.origin() + ": leader_id " + leaderId + " is not in leaders.tsv; expected the id of a leader");
        }
        return new ActorDictionary(actors, aliases, leaderInfos, List.copyOf(exclusions.keySet()), wordLists);
    }

    /** The keys other data sets know the actor by; their forms were checked when the row was read. */
    private static Actor.Keys keys(Row row) {
        return new Actor.Keys(row.get("wikidata"), row.get("cow_code"), row.get("cow_number"), row.get("archigos_id"));
    }

    private static void register(Map<String, Actor> actors, Actor actor, Row row) {
        Actor previous = actors.putIfAbsent(actor.id(), actor);
        if (previous != null) {
            throw new DictionaryException(row.origin() + ": id " + actor.id() + " is already a " + previous.type()
                    + "; expected ids unique across states, organisations and leaders");
        }
    }

    private static void addForms(
            List<Alias> aliases, Map<String, Alias> byForm, Actor actor, Row row, String column, AliasKind kind) {
        for (String raw : split(row.get(column))) {
            boolean ambiguous = raw.startsWith("?");
            boolean personLike = raw.startsWith("~");
            String form = (ambiguous || personLike) ? raw.substring(1).strip() : raw;
            if (form.isEmpty()) {
                throw new DictionaryException(
                        row.origin() + ": empty form in column " + column + "; expected a name after the marker");
            }
            Alias alias = new Alias(form, actor, kind, ambiguous, personLike, row.origin());
            Alias previous = byForm.putIfAbsent(form, alias);
            if (previous != null) {
                if (previous.actor().id().equals(actor.id())) {
                    continue; // the same form twice for one actor (e.g. name = official name) is harmless
                }
                throw new DictionaryException(row.origin() + ": \"" + form + "\" (" + column + " of " + actor.id()
                        + ") already names " + previous.actor().id() + " (" + previous.origin()
                        + "); expected each form to name one actor");
            }
            aliases.add(alias);
        }
    }

    private Map<String, List<Office>> offices(Set<String> servable) {
        Map<String, List<Office>> result = new HashMap<>(); // by leader id
        Map<String, List<Office>> byPost = new HashMap<>();
        for (List<Row> rows : officesByLeader.values()) {
            for (Row row : rows) {
                String served = row.get("served");
                if (!servable.contains(served)) {
                    throw new DictionaryException(row.origin() + ": served \"" + served
                            + "\" is not a state or organisation id; expected an id from states.tsv or orgs.tsv");
                }
                String kind = row.get("office");
                if (!Office.KINDS.contains(kind)) {
                    throw new DictionaryException(row.origin() + ": office \"" + kind + "\"; expected one of "
                            + String.join(", ", new TreeSet<>(Office.KINDS)));
                }
                Day start = date(row, "start", false);
                Day end = date(row, "end", true);
                if (end != null && end.day().isBefore(start.day())) {
                    throw new DictionaryException(row.origin() + ": end " + end.text() + " before start " + start.text()
                            + "; expected end on or after start");
                }
                Office office = new Office(
                        row.get("leader_id"),
                        served,
                        kind,
                        start.day(),
                        end == null ? null : end.day(),
                        start.monthOnly(),
                        end != null && end.monthOnly(),
                        row.origin());
                List<Office> post = byPost.computeIfAbsent(served + "/" + kind, k -> new ArrayList<>());
                for (Office other : post) {
                    if (other.overlaps(office) && !Office.SHARED_KINDS.contains(kind)) {
                        throw new DictionaryException(
                                row.origin() + ": term " + office.startText() + ".." + office.endText()
                                        + " of " + office.leaderId() + " as " + kind + " of " + served + " overlaps "
                                        + other.leaderId() + " (" + other.origin() + "); expected terms of one office "
                                        + "not to overlap");
                    }
                }
                post.add(office);
                result.computeIfAbsent(office.leaderId(), k -> new ArrayList<>())
                        .add(office);
            }
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(Office::start)));
        return result;
    }

    /** A parsed start or end: the day it stands for, whether only the month was given, and the text. */
    private record Day(LocalDate day, boolean monthOnly, String text) {}

    /**
     * Parses a start or end cell: {@code yyyy-mm-dd}, or {@code yyyy-mm} (month precision, standing for the
     * first day of the month); an empty end means "in office".
     */
    private static Day date(Row row, String column, boolean optional) {
        String value = row.get(column);
        if (value.isEmpty() && optional) {
            return null;
        }
        try {
            // the digits are checked by the patterns; LocalDate.of checks the month and day (and is much quicker
            // than a formatter's parse, for the thousands of terms)
            if (MONTH.matcher(value).matches()) {
                return new Day(LocalDate.of(number(value, 0, 4), number(value, 5, 7), 1), true, value);
            }
            if (DAY.matcher(value).matches()) {
                return new Day(
                        LocalDate.of(number(value, 0, 4), number(value, 5, 7), number(value, 8, 10)), false, value);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new DictionaryException(row.origin() + ": " + column + " \"" + value
                + "\"; expected a date yyyy-mm-dd or yyyy-mm" + (optional ? " or nothing" : ""));
    }

    /** The decimal number of value[from, to), whose characters are digits. */
    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    private static Set<String> split(String field) {
        Set<String> values = new LinkedHashSet<>();
        for (String part : field.split("\\|")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }
}
