package org.entente.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Actor;

/**
 * The actor forms of one language other than English, read from {@code models/lang/<code>/forms.tsv},
 * {@code titles.tsv}, {@code exclusions.tsv} and {@code place-words.tsv} (format in models/lang/README.md): the same actor ids as the
 * English dictionary, with the class of each state form ({@code own}, {@code other}, {@code short}). Russian
 * forms are expanded to their case forms ({@link RussianCases}); katakana and Chinese names written with a
 * middle dot are also found without it and with the other dots in use.
 *
 * <p>Immutable and thread-safe.
 *
 * @param language          ISO 639-3 code
 * @param aliases           every form, with its variants
 * @param nameClasses       the class of each state form ({@code own}, {@code other}, {@code short}), by form
 * @param exclusions        phrases inside which no state mention counts
 * @param leadersBySurname  leaders by each surname form, with the titles of this language
 * @param placeWords        the words that make a capital a place ({@code place-words.tsv})
 */
public record LanguageForms(
        String language,
        List<Alias> aliases,
        Map<String, String> nameClasses,
        List<String> exclusions,
        Map<String, List<LeaderInfo>> leadersBySurname,
        PlaceWords placeWords) {

    /** The dots written between the parts of a transliterated name. */
    private static final String DOTS = "·・•‧";

    /**
     * Reads the forms of a language.
     *
     * @param dictionary the loaded dictionary (actor ids and leaders' offices)
     * @param language   ISO 639-3 code
     * @param folder     the language's folder ({@code models/lang/<code>})
     * @return the forms
     * @throws DictionaryException naming file:line of a row that names an unknown actor or kind
     */
    public static LanguageForms load(ActorDictionary dictionary, String language, Path folder) {
        Map<String, List<String[]>> titlesByOffice = titles(folder.resolve("titles.tsv"));
        List<Alias> aliases = new ArrayList<>();
        Map<String, String> classes = new HashMap<>();
        Map<String, List<String>> surnames = new TreeMap<>();
        Set<String> commonSurnames = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Path file = folder.resolve("forms.tsv");
        List<String[]> rows = rows(file, 5);
        for (String[] row : rows) {
            String origin = row[row.length - 1];
            Actor actor = dictionary
                    .actor(row[0])
                    .orElseThrow(() -> new DictionaryException(
                            origin + ": unknown actor id \"" + row[0] + "\"; expected an id of the dictionary"));
            String raw = row[1];
            boolean ambiguous = raw.startsWith("?");
            boolean personLike = raw.startsWith("~");
            String form = ambiguous || personLike ? raw.substring(1).strip() : raw;
            String kind = row[2];
            if (kind.equals("surname")) {
                surnames.computeIfAbsent(actor.id(), k -> new ArrayList<>()).add(form);
                if (ambiguous || personLike) {
                    commonSurnames.add(form);
                }
                continue;
            }
            AliasKind aliasKind = kind(kind, origin);
            for (String variant : variants(language, form, aliasKind)) {
                if (seen.add(variant)) {
                    aliases.add(new Alias(variant, actor, aliasKind, ambiguous || personLike, personLike, origin));
                    if (!row[3].isEmpty()) {
                        classes.put(variant, row[3]);
                    }
                }
            }
        }
        Map<String, List<LeaderInfo>> bySurname = new TreeMap<>();
        surnames.forEach((id, forms) -> dictionary.leader(id).ifPresent(info -> {
            Set<String> titles = new LinkedHashSet<>();
            for (Office o : info.offices()) {
                for (String[] t : titlesByOffice.getOrDefault(o.office(), List.of())) {
                    if (t[1].isEmpty() || t[1].equals(o.served())) {
                        titles.add(t[2]);
                    }
                }
            }
            List<String> all = new ArrayList<>();
            for (String f : forms) {
                all.addAll(variants(language, f, AliasKind.NAME));
            }
            Set<String> common = new LinkedHashSet<>();
            for (String f : all) {
                if (commonSurnames.stream().anyMatch(c -> f.startsWith(c))) {
                    common.add(f);
                }
            }
            LeaderInfo local = new LeaderInfo(info.actor(), all, common, true, titles, info.offices());
            for (String f : all) {
                bySurname.computeIfAbsent(f, k -> new ArrayList<>()).add(local);
            }
        }));
        bySurname.replaceAll((k, v) -> List.copyOf(v));
        List<String> exclusions = new ArrayList<>();
        for (String[] row : rows(folder.resolve("exclusions.tsv"), 2)) {
            exclusions.addAll(variants(language, row[0], AliasKind.NAME));
        }
        return new LanguageForms(
                language,
                List.copyOf(aliases),
                Map.copyOf(classes),
                List.copyOf(exclusions),
                Collections.unmodifiableMap(bySurname),
                PlaceWords.load(folder));
    }

    /** The written variants of a form that the matcher looks for. */
    static List<String> variants(String language, String form, AliasKind kind) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        if (language.equals("rus")) {
            out.addAll(RussianCases.forms(form, kind == AliasKind.ABBREVIATION));
            for (String f : List.copyOf(out)) {
                if (!f.isEmpty() && Character.isLowerCase(f.charAt(0))) {
                    out.add(f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1)); // sentence start
                }
                if (f.indexOf('ё') >= 0) {
                    out.add(f.replace('ё', 'е'));
                }
            }
        } else if (language.equals("kor")) {
            if (form.indexOf(' ') > 0) {
                out.add(form.replace(" ", "")); // Korean spaces compound names inconsistently
            }
        } else {
            for (int i = 0; i < DOTS.length(); i++) {
                char dot = DOTS.charAt(i);
                if (form.indexOf(dot) > 0) {
                    for (int j = 0; j < DOTS.length(); j++) {
                        out.add(form.replace(dot, DOTS.charAt(j)));
                    }
                    out.add(form.replace(String.valueOf(dot), ""));
                    out.add(form.replace(dot, '＝'));
                }
            }
        }
        return List.copyOf(out);
    }

    private static AliasKind kind(String kind, String origin) {
        return switch (kind) {
            case "name", "official_name", "variant" -> AliasKind.NAME;
            case "alias" -> AliasKind.ALIAS;
            case "abbreviation" -> AliasKind.ABBREVIATION;
            case "demonym" -> AliasKind.DEMONYM;
            case "capital" -> AliasKind.CAPITAL;
            case "short", "combining" -> AliasKind.COMBINING_FORM;
            default ->
                throw new DictionaryException(origin + ": kind \"" + kind
                        + "\"; expected name, official_name, alias, abbreviation, short, demonym, capital, combining,"
                        + " variant or surname");
        };
    }

    /** Title rows by office: {office, served, title, position}. */
    private static Map<String, List<String[]>> titles(Path file) {
        Map<String, List<String[]>> byOffice = new HashMap<>();
        if (Files.exists(file)) {
            for (String[] row : rows(file, 4)) {
                byOffice.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
            }
        }
        return byOffice;
    }

    /** The data rows of a TSV file, each with {@code columns} cells and its file:line appended. */
    static List<String[]> rows(Path file, int columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new DictionaryException(file + ": cannot read (" + e.getMessage() + "); expected a UTF-8 TSV file");
        }
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            String[] row = new String[columns + 1];
            for (int c = 0; c < columns; c++) {
                row[c] = c < cells.length ? cells[c].strip() : "";
            }
            row[columns] = file + ":" + (i + 1);
            if (!row[0].isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
