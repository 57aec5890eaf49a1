package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.entente.evaluation.GoldSet;
import org.entente.testing.Cli;
import org.entente.testing.ModelFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the language bundles in {@code models/lang/<code>/} (forms.tsv, titles.tsv, exclusions.tsv, cues.tsv,
 * place-words.tsv) and
 * the per-language gold sets ({@code src/main/resources/org/entente/evaluation/gold/gold-<code>.tsv}) against the agreed formats of
 * models/lang/README.md: headers, column counts, known actor ids, allowed kinds and classes, one actor per form within a
 * language, and gold surfaces that occur in their sentence in the order given and are forms of their actor in the
 * language's forms.tsv (except Russian, whose gold surfaces carry case endings). Every problem is reported as
 * file:line, the value and what was expected.
 */
class LanguageFormsFilesTest {
    private static final Path MODELS = Cli.HOME.resolve("models");
    private static final Path GOLD = Cli.HOME.resolve("src/main/resources/org/entente/evaluation/gold");

    private static final Set<String> STATE_KINDS =
            Set.of("name", "official_name", "alias", "abbreviation", "short", "demonym", "capital", "combining");
    private static final Set<String> LEADER_KINDS = Set.of("name", "variant", "surname");
    /** Organisations: "short" for a one-character form inside compounds (欧 of 中欧, China–EU). */
    private static final Set<String> ORG_KINDS = Set.of("name", "official_name", "alias", "abbreviation", "short");

    private static final Set<String> NAME_CLASSES = Set.of("own", "other", "short");
    private static final Set<String> OFFICES = Set.of(
            "head_of_state",
            "head_of_government",
            "supreme_leader",
            "foreign_minister",
            "defence_minister",
            "secretary_general");
    private static final Set<String> POSITIONS = Set.of("after", "before");
    private static final Set<String> REASONS =
            Set.of("geography", "event", "subnational", "language", "organisation", "other");
    private static final Set<String> CUE_CLASSES =
            Set.of("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "neutral");

    @TestFactory
    Stream<DynamicTest> everyLanguageFileFollowsTheAgreedFormat() throws IOException {
        Dictionary dictionary = Dictionary.read(MODELS);
        List<Path> folders = languageFolders(MODELS.resolve("lang"));
        assertThat(folders).as("language folders in %s", MODELS.resolve("lang")).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : folders) {
            for (String file : List.of("forms.tsv", "titles.tsv", "exclusions.tsv", "cues.tsv", PlaceWords.FILE)) {
                Path path = folder.resolve(file);
                if (Files.exists(path)) {
                    tests.add(DynamicTest.dynamicTest(
                            folder.getFileName() + "/" + file,
                            () -> assertThat(check(path, dictionary)).isEmpty()));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyLanguageGoldSetNamesKnownActorsInTextOrder() throws IOException {
        Dictionary dictionary = Dictionary.read(MODELS);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("gold-[a-z]{3}\\.tsv"))
                    .sorted()
                    .toList()) {
                String code = file.getFileName().toString().substring(5, 8);
                Path forms = MODELS.resolve("lang").resolve(code).resolve("forms.tsv");
                Map<String, Set<String>> known =
                        code.equals("rus") || !Files.exists(forms) ? null : forms(forms, dictionary);
                tests.add(DynamicTest.dynamicTest(
                        file.getFileName().toString(),
                        () -> assertThat(checkGold(file, dictionary, known)).isEmpty()));
            }
        }
        return tests.stream();
    }

    @Test
    void reportsUnknownIdsSharedFormsAndValuesOutsideTheSpec(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        Path lang = models.resolve("lang/xxx");
        Files.createDirectories(lang);
        Files.writeString(models.resolve("states.tsv"), "# c\nid\tname\nPRK\tNorth Korea\nKOR\tSouth Korea\n");
        Files.writeString(models.resolve("leaders.tsv"), "id\tname\nKIM_JONG_UN\tKim Jong Un\n");
        Files.writeString(models.resolve("orgs.tsv"), "id\tname\nUN\tUnited Nations\n");
        Path forms = lang.resolve("forms.tsv");
        Files.writeString(
                forms,
                "# comment\nactor_id\tform\tkind\tname_class\tnote\n"
                        + "PRK\t북한\tname\tother\t\n"
                        + "KOR\t?북한\talias\town\t\n"
                        + "XXX\t뭐\tname\town\t\n"
                        + "PRK\t북\tshort\tmine\t\n"
                        + "KIM_JONG_UN\t김정은\tname\town\t\n"
                        + "KIM_JONG_UN\t김\tsurname\t\t\n"
                        + "UN\t유엔\tsurname\t\t\n"
                        + "PRK\t조선\tname\n");
        Files.writeString(lang.resolve("exclusions.tsv"), "phrase\treason\n북한\tother\n한반도\tplace\n");
        Files.writeString(
                lang.resolve("titles.tsv"),
                "office\tserved\ttitle\tposition\n" + "president\tKOR\t대통령\tafter\nhead_of_state\tXYZ\t대통령\tbehind\n");
        Files.writeString(lang.resolve("cues.tsv"), "cue\tclass\n협력\tcooperation\n협력\tneutral\n");
        Dictionary dictionary = Dictionary.read(models);

        List<String> formErrors = check(forms, dictionary);
        assertThat(formErrors).hasSize(6);
        assertThat(String.join("\n", formErrors))
                .contains("forms.tsv:4: form \"북한\" of KOR is already a form of PRK (line 3)")
                .contains("forms.tsv:5: actor_id \"XXX\"")
                .contains("forms.tsv:6: name_class \"mine\"")
                .contains("forms.tsv:7: name_class \"own\" for leader KIM_JONG_UN")
                .contains("forms.tsv:9: kind \"surname\" for organisation UN")
                .contains("forms.tsv:10: 3 columns");
        assertThat(check(lang.resolve("exclusions.tsv"), dictionary))
                .containsExactly(
                        lang.resolve("exclusions.tsv")
                                + ":2: phrase \"북한\" is also a form of PRK in forms.tsv; expected a "
                                + "phrase that is not itself a form",
                        lang.resolve("exclusions.tsv") + ":3: reason \"place\"; expected one of " + sorted(REASONS));
        assertThat(check(lang.resolve("titles.tsv"), dictionary)).hasSize(3);
        assertThat(check(lang.resolve("cues.tsv"), dictionary)).hasSize(2);
    }

    @Test
    void reportsPlaceWordsOutsideTheSpec(@TempDir Path dir) throws IOException {
        Path file = Files.createDirectories(dir.resolve("models/lang/xxx")).resolve(PlaceWords.FILE);
        Files.writeString(file, "position\tword\nafter\t시 방문\nbehind\t市\nafter\t시 방문\n");

        assertThat(check(file, null))
                .containsExactly(
                        file + ":2: word \"시 방문\" has a space; expected _ for a space",
                        file + ":3: position \"behind\"; expected one of [after, before]",
                        file + ":4: word \"시 방문\" has a space; expected _ for a space",
                        file + ":4: after word \"시 방문\" is listed twice");
    }

    @Test
    void reportsGoldSurfacesMissingFromTheText(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold-xxx.tsv");
        Files.writeString(
                gold,
                "sentence_id\ttext\tstates\tleaders\tcompounds\n"
                        + "x1\t북한은 러시아와 협력했다.\t북한=PRK 러시아=RUS\t\tPRK,RUS\n"
                        + "x2\t러시아와 북한.\t북한=PRK 러시아=RUS\t\t\n"
                        + "x3\t평양.\t평양=XYZ\t\tPRK,ABC\n");
        Dictionary dictionary = new Dictionary(Set.of("PRK", "RUS"), Set.of(), Set.of());

        Map<String, Set<String>> forms = Map.of("북한", Set.of("PRK state"), "러시아", Set.of("RUS state"));

        assertThat(checkGold(gold, dictionary, forms))
                .containsExactly(
                        gold
                                + ":3: x2: surface \"러시아\" is not in the text after the previous mention; expected the mentions "
                                + "in text order",
                        gold + ":4: x3: surface \"평양\" of XYZ is not a state form of XYZ in forms.tsv",
                        gold + ":4: x3: id \"XYZ\" is not in models/states.tsv, leaders.tsv or orgs.tsv",
                        gold + ":4: x3: compound id \"ABC\" is not in models/states.tsv, leaders.tsv or orgs.tsv");
    }

    /** The actor ids of the dictionary. */
    record Dictionary(Set<String> states, Set<String> leaders, Set<String> orgs) {
        static Dictionary read(Path models) throws IOException {
            return new Dictionary(
                    ids(models.resolve("states.tsv")),
                    ids(models.resolve("leaders.tsv")),
                    ids(models.resolve("orgs.tsv")));
        }

        boolean knows(String id) {
            return states.contains(id) || leaders.contains(id) || orgs.contains(id);
        }

        private static Set<String> ids(Path file) throws IOException {
            return new HashSet<>(ModelFiles.firstColumn(file));
        }
    }

    private static List<Path> languageFolders(Path lang) throws IOException {
        if (!Files.isDirectory(lang)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(lang)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Checks one file of a language folder; the file's name says which format applies. */
    static List<String> check(Path file, Dictionary dictionary) throws IOException {
        List<String> errors = new ArrayList<>();
        String folder = file.getParent().getFileName().toString();
        if (!folder.matches("[a-z]{3}")) {
            errors.add(
                    file.getParent() + ": folder \"" + folder + "\"; expected an ISO 639-3 code (kor, zho, jpn, rus)");
        }
        switch (file.getFileName().toString()) {
            case "forms.tsv" -> checkForms(file, dictionary, errors);
            case "titles.tsv" -> checkTitles(file, dictionary, errors);
            case "exclusions.tsv" -> checkExclusions(file, dictionary, errors);
            case "cues.tsv" -> checkCues(file, folder, errors);
            case PlaceWords.FILE -> checkPlaceWords(file, errors);
            default ->
                errors.add(file + ": unknown language file; expected forms.tsv, titles.tsv, exclusions.tsv, "
                        + "cues.tsv or place-words.tsv");
        }
        return errors;
    }

    private static void checkForms(Path file, Dictionary dictionary, List<String> errors) throws IOException {
        Map<String, String> owner = new HashMap<>();
        Map<String, Integer> ownerLine = new HashMap<>();
        Set<String> rows = new HashSet<>();
        rows(file, "actor_id\tform\tkind\tname_class\tnote", errors, (line, cells) -> {
            String where = file + ":" + line + ": ";
            String id = cells[0];
            String form = cells[1];
            String kind = cells[2];
            String nameClass = cells[3];
            String bare = stripMarker(form);
            if (bare.isEmpty() || !bare.strip().equals(bare) || form.startsWith("?~") || form.startsWith("~?")) {
                errors.add(where + "form \"" + form + "\"; expected a non-empty form without outer spaces, with at "
                        + "most one marker (? or ~)");
            }
            if (!rows.add(id + "\t" + bare + "\t" + kind)) {
                errors.add(where + "form \"" + form + "\" of " + id + " as " + kind + " is listed twice");
            }
            if (dictionary.states().contains(id)) {
                require(STATE_KINDS, kind, where + "kind", errors);
                require(NAME_CLASSES, nameClass, where + "name_class", errors);
            } else if (dictionary.leaders().contains(id)) {
                checkNotState(LEADER_KINDS, "leader " + id, kind, nameClass, where, errors);
            } else if (dictionary.orgs().contains(id)) {
                checkNotState(ORG_KINDS, "organisation " + id, kind, nameClass, where, errors);
            } else {
                errors.add(where + "actor_id \"" + id + "\"; expected an id of models/states.tsv, leaders.tsv or "
                        + "orgs.tsv");
                return;
            }
            if (!kind.equals("surname")) {
                String previous = owner.putIfAbsent(bare, id);
                if (previous != null && !previous.equals(id)) {
                    errors.add(where + "form \"" + bare + "\" of " + id + " is already a form of " + previous
                            + " (line " + ownerLine.get(bare) + "); expected one actor per form in a language "
                            + "(surnames excepted)");
                }
                ownerLine.putIfAbsent(bare, line);
            }
        });
    }

    /** The kind and name class of a leader's or an organisation's form: a kind of theirs, no name class. */
    private static void checkNotState(
            Set<String> kinds, String actor, String kind, String nameClass, String where, List<String> errors) {
        if (!kinds.contains(kind)) {
            errors.add(where + "kind \"" + kind + "\" for " + actor + "; expected one of " + sorted(kinds));
        }
        if (!nameClass.isEmpty()) {
            errors.add(where + "name_class \"" + nameClass + "\" for " + actor + "; expected empty");
        }
    }

    private static void checkTitles(Path file, Dictionary dictionary, List<String> errors) throws IOException {
        Set<String> rows = new HashSet<>();
        rows(file, "office\tserved\ttitle\tposition", errors, (line, cells) -> {
            String where = file + ":" + line + ": ";
            require(OFFICES, cells[0], where + "office", errors);
            if (!cells[1].isEmpty()
                    && !dictionary.states().contains(cells[1])
                    && !dictionary.orgs().contains(cells[1])) {
                errors.add(where + "served \"" + cells[1] + "\"; expected empty or an id of models/states.tsv or "
                        + "orgs.tsv");
            }
            nonEmpty(cells[2], where + "title", errors);
            require(POSITIONS, cells[3], where + "position", errors);
            if (!rows.add(String.join("\t", cells))) {
                errors.add(where + "row \"" + String.join(" | ", cells) + "\" is listed twice");
            }
        });
    }

    private static void checkExclusions(Path file, Dictionary dictionary, List<String> errors) throws IOException {
        Map<String, String> forms = new HashMap<>();
        Path formsFile = file.resolveSibling("forms.tsv");
        if (Files.exists(formsFile)) {
            rows(formsFile, "actor_id\tform\tkind\tname_class\tnote", new ArrayList<>(), (line, cells) -> {
                if (!cells[2].equals("surname")) {
                    forms.putIfAbsent(stripMarker(cells[1]), cells[0]);
                }
            });
        }
        Set<String> phrases = new HashSet<>();
        rows(file, "phrase\treason", errors, (line, cells) -> {
            String where = file + ":" + line + ": ";
            once(phrases, cells[0], "phrase", where, errors);
            if (forms.containsKey(cells[0])) {
                errors.add(where + "phrase \"" + cells[0] + "\" is also a form of " + forms.get(cells[0])
                        + " in forms.tsv; expected a phrase that is not itself a form");
            }
            require(REASONS, cells[1], where + "reason", errors);
        });
    }

    private static void checkCues(Path file, String language, List<String> errors) throws IOException {
        Set<String> cues = new HashSet<>();
        rows(file, "cue\tclass", errors, (line, cells) -> {
            String where = file + ":" + line + ": ";
            once(cues, cells[0], "cue", where, errors);
            if (language.equals("rus") && !cells[0].equals(cells[0].toLowerCase(Locale.ROOT))) {
                errors.add(where + "cue \"" + cells[0] + "\"; expected lower case for Russian");
            }
            require(CUE_CLASSES, cells[1], where + "class", errors);
        });
    }

    /** A place-words.tsv: positions before or after, each word once per position, a space written _. */
    private static void checkPlaceWords(Path file, List<String> errors) throws IOException {
        Map<String, Set<String>> words = new HashMap<>();
        rows(file, "position\tword", errors, (line, cells) -> {
            String where = file + ":" + line + ": ";
            require(POSITIONS, cells[0], where + "position", errors);
            if (cells[1].contains(" ")) {
                errors.add(where + "word \"" + cells[1] + "\" has a space; expected _ for a space");
            }
            once(words.computeIfAbsent(cells[0], k -> new HashSet<>()), cells[1], cells[0] + " word", where, errors);
        });
    }

    /** The forms of a forms.tsv (marker stripped), each with the "ID state", "ID leader" or "ID org" it names. */
    private static Map<String, Set<String>> forms(Path file, Dictionary dictionary) throws IOException {
        Map<String, Set<String>> forms = new HashMap<>();
        rows(file, "actor_id\tform\tkind\tname_class\tnote", new ArrayList<>(), (line, cells) -> {
            String type = dictionary.states().contains(cells[0])
                    ? " state"
                    : dictionary.leaders().contains(cells[0]) ? " leader" : " org";
            forms.computeIfAbsent(stripMarker(cells[1]), f -> new HashSet<>()).add(cells[0] + type);
        });
        return forms;
    }

    /**
     * Checks a gold-&lt;code&gt;.tsv file: readable by GoldSet, known ids, unique sentence ids, surfaces in order and,
     * when {@code forms} is given, every surface a form of its actor (a state form for a state, any form for a leader).
     */
    static List<String> checkGold(Path file, Dictionary dictionary, Map<String, Set<String>> forms) throws IOException {
        List<String> errors = new ArrayList<>();
        GoldSet gold = GoldSet.read(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        for (GoldSet.Sentence sentence : gold.sentences()) {
            int line = 1;
            while (line <= lines.size() && !lines.get(line - 1).startsWith(sentence.id() + "\t")) {
                line++;
            }
            String where = file + ":" + line + ": " + sentence.id() + ": ";
            if (!ids.add(sentence.id())) {
                errors.add(where + "sentence id is used twice");
            }
            for (String kind : List.of("state", "leader")) {
                int from = 0;
                for (GoldSet.Item item : kind.equals("state") ? sentence.states() : sentence.leaders()) {
                    // a name in Latin letters is matched with the main dictionary's forms (LatinRuns), not forms.tsv
                    if (forms != null
                            && !item.surface().matches("[\\p{IsLatin}0-9 .'-]+")
                            && !forms.getOrDefault(item.surface(), Set.of()).contains(item.actorId() + " " + kind)) {
                        errors.add(where + "surface \"" + item.surface() + "\" of " + item.actorId() + " is not a "
                                + kind + " form of " + item.actorId() + " in forms.tsv");
                    }
                    if (!dictionary.knows(item.actorId())) {
                        errors.add(where + "id \"" + item.actorId() + "\" is not in models/states.tsv, leaders.tsv "
                                + "or orgs.tsv");
                    }
                    int at = sentence.text().indexOf(item.surface(), from);
                    if (at < 0) {
                        errors.add(where + "surface \"" + item.surface() + "\" is not in the text after the previous "
                                + "mention; expected the mentions in text order");
                    } else {
                        from = at + item.surface().length();
                    }
                }
            }
            for (List<String> compound : sentence.compounds()) {
                for (String id : compound) {
                    if (!dictionary.knows(id)) {
                        errors.add(where + "compound id \"" + id + "\" is not in models/states.tsv, leaders.tsv or "
                                + "orgs.tsv");
                    }
                }
            }
        }
        return errors;
    }

    /** Reads a TSV file of the models format and hands every data row (1-based line, cells) to the consumer. */
    private static void rows(Path file, String header, List<String> errors, BiConsumer<Integer, String[]> row)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            errors.add(file + ":1: byte order mark; expected UTF-8 without BOM");
        }
        if (text.indexOf('\r') >= 0) {
            errors.add(file + ": carriage return; expected Unix line ends");
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            errors.add(file + ": last line has no line end; expected a final newline");
        }
        int columns = header.split("\t").length;
        boolean seenHeader = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!seenHeader) {
                if (!line.equals(header)) {
                    errors.add(file + ":" + (i + 1) + ": header \"" + line.replace('\t', '|') + "\"; expected \""
                            + header.replace('\t', '|') + "\"");
                    return;
                }
                seenHeader = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                errors.add(file + ":" + (i + 1) + ": " + cells.length + " columns; expected " + columns + " ("
                        + header.replace("\t", ", ") + ")");
                continue;
            }
            row.accept(i + 1, cells);
        }
        if (!seenHeader) {
            errors.add(file + ": no header row; expected \"" + header.replace('\t', '|') + "\"");
        }
    }

    private static String stripMarker(String form) {
        return form.startsWith("?") || form.startsWith("~") ? form.substring(1) : form;
    }

    private static void require(Set<String> allowed, String value, String what, List<String> errors) {
        if (!allowed.contains(value)) {
            errors.add(what + " \"" + value + "\"; expected one of " + sorted(allowed));
        }
    }

    /** A value that is non-empty, without outer spaces, and not yet among those seen (which it joins). */
    private static void once(Set<String> seen, String value, String what, String where, List<String> errors) {
        nonEmpty(value, where + what, errors);
        if (!seen.add(value)) {
            errors.add(where + what + " \"" + value + "\" is listed twice");
        }
    }

    private static void nonEmpty(String value, String what, List<String> errors) {
        if (value.isBlank() || !value.strip().equals(value)) {
            errors.add(what + " \"" + value + "\"; expected a non-empty value without outer spaces");
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
