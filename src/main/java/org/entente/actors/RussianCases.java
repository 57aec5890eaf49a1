package org.entente.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case forms of a Russian name as the dictionary lists it (nominative): Россия → России, Россию, Россией;
 * Северная Корея → Северной Кореи, Северную Корею…; российский → российского, российская, российские…; Путин →
 * Путина, Путиным. Every word of a multi-word name takes the same case; the last part of a hyphenated word is
 * inflected (Народно-Демократическая → Народно-Демократической); abbreviations (КНДР, США) and words in -о, -е,
 * -и, -у, -ю (Конго, Перу) do not decline. Forms that no case produces are harmless: the matcher only looks them
 * up. By rule, after the standard declension tables; the tests list the forms checked.
 *
 * <p>Stateless and thread-safe.
 */
final class RussianCases {
    private RussianCases() {}

    /** Number of case slots: nominative, genitive, dative, accusative, instrumental, prepositional. */
    private static final int CASES = 6;

    /**
     * @param form         a form in the nominative
     * @param abbreviation true for abbreviations (never declined)
     * @return the form in every case (the nominative included); adjectives alone also in every gender and number
     */
    static List<String> forms(String form, boolean abbreviation) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        if (abbreviation) {
            return List.copyOf(out);
        }
        String[] words = form.split(" ");
        List<List<String[]>> perWord = new ArrayList<>();
        for (String w : words) {
            perWord.add(cases(w, words.length == 1));
        }
        // the first k words decline, the rest stay as written: Республики Корея, Российской академией наук
        for (int k = 1; k <= words.length; k++) {
            for (int c = 0; c < CASES; c++) {
                List<String> partial = List.of("");
                for (int w = 0; w < words.length; w++) {
                    List<String> next = new ArrayList<>();
                    for (String prefix : partial) {
                        String sep = w == 0 ? "" : " ";
                        if (w >= k) {
                            next.add(prefix + sep + words[w]);
                            continue;
                        }
                        for (String[] table : perWord.get(w)) {
                            for (String ending : table[c].split("\\|")) {
                                next.add(prefix + sep + table[CASES] + ending);
                            }
                        }
                    }
                    partial = next.size() > 64 ? next.subList(0, 64) : next;
                }
                out.addAll(partial);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The declension tables of a word: each a row of six endings ({@code |} between alternatives) followed by
     * the stem.
     */
    private static List<String[]> cases(String word, boolean alone) {
        int hyphen = word.lastIndexOf('-');
        String head = hyphen >= 0 ? word.substring(0, hyphen + 1) : "";
        String last = word.substring(hyphen + 1);
        List<String[]> tables = new ArrayList<>();
        if (last.length() < 2 || last.equals(last.toUpperCase(Locale.ROOT))) {
            tables.add(row(head + last, "", "", "", "", "", ""));
            return tables;
        }
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ский")
                || lower.endsWith("цкий")
                || lower.endsWith("ый")
                || lower.endsWith("ой")
                || lower.endsWith("ий")) {
            String stem = head + last.substring(0, last.length() - 2);
            boolean soft = lower.endsWith("ий")
                    && !lower.endsWith("кий")
                    && !lower.endsWith("гий")
                    && !lower.endsWith("хий")
                    && !lower.endsWith("жий")
                    && !lower.endsWith("ший")
                    && !lower.endsWith("чий")
                    && !lower.endsWith("щий");
            String y = lower.endsWith("ий") ? "и" : "ы";
            tables.add(row(
                    stem,
                    last.substring(last.length() - 2),
                    soft ? "его" : "ого",
                    soft ? "ему" : "ому",
                    last.substring(last.length() - 2) + "|" + (soft ? "его" : "ого"),
                    y + "м",
                    soft ? "ем" : "ом"));
            if (alone) { // adjectives standing alone: every gender and the plural
                tables.add(feminine(stem, soft));
                tables.add(row(
                        stem,
                        soft ? "ее" : "ое",
                        soft ? "его" : "ого",
                        soft ? "ему" : "ому",
                        soft ? "ее" : "ое",
                        y + "м",
                        soft ? "ем" : "ом"));
                tables.add(row(stem, y + "е", y + "х", y + "м", y + "е|" + y + "х", y + "ми", y + "х"));
            }
        } else if (lower.endsWith("ая") || lower.endsWith("яя")) {
            String stem = head + last.substring(0, last.length() - 2);
            boolean soft = lower.endsWith("яя");
            tables.add(feminine(stem, soft));
        } else if (lower.endsWith("ое") || lower.endsWith("ее")) {
            String stem = head + last.substring(0, last.length() - 2);
            tables.add(row(
                    stem,
                    last.substring(last.length() - 2),
                    "ого",
                    "ому",
                    last.substring(last.length() - 2),
                    "ым|им",
                    "ом"));
        } else if (lower.endsWith("ые") || lower.endsWith("ие")) {
            String stem = head + last.substring(0, last.length() - 2);
            String y = lower.endsWith("ие") ? "и" : "ы";
            tables.add(row(stem, y + "е", y + "х", y + "м", y + "е", y + "ми", y + "х"));
        } else if (lower.endsWith("ия")) {
            String stem = head + last.substring(0, last.length() - 2);
            tables.add(row(stem, "ия", "ии", "ии", "ию", "ией", "ии"));
        } else if (lower.endsWith("я")) {
            String stem = head + last.substring(0, last.length() - 1);
            tables.add(row(stem, "я", "и", "е", "ю", "ей|ёй", "е"));
        } else if (lower.endsWith("а")) {
            String stem = head + last.substring(0, last.length() - 1);
            char before = lower.length() > 1 ? lower.charAt(lower.length() - 2) : 'а';
            String gen = "гкхжшщч".indexOf(before) >= 0 ? "и" : "ы";
            String ins = "жшщчц".indexOf(before) >= 0 ? "ей|ой" : "ой";
            tables.add(row(stem, "а", gen, "е", "у", ins, "е"));
            if (lower.endsWith("ова") || lower.endsWith("ева") || lower.endsWith("ина")) {
                tables.add(row(stem, "а", "ой", "ой", "у", "ой", "ой")); // Захарова → Захаровой
            }
        } else if (lower.endsWith("ы")
                || lower.endsWith("и")
                        && Character.isUpperCase(last.charAt(0))
                        && lower.length() > 4
                        && !lower.endsWith("ии")) {
            String stem = head + last.substring(0, last.length() - 1);
            String plural = lower.endsWith("ы") ? "ы" : "и";
            tables.add(row(stem, plural, "ов|", "ам", plural, "ами", "ах")); // Штаты, Филиппины, Нидерланды
        } else if (lower.endsWith("ь")) {
            String stem = head + last.substring(0, last.length() - 1);
            tables.add(row(stem, "ь", "я", "ю", "ь|я", "ем|ём", "е"));
            tables.add(row(stem, "ь", "и", "и", "ь", "ью", "и"));
        } else if (lower.endsWith("й")) {
            String stem = head + last.substring(0, last.length() - 1);
            tables.add(row(stem, "й", "я", "ю", "й|я", "ем", "е"));
        } else if (Character.isLowerCase(last.charAt(0)) && (lower.endsWith("е") || lower.endsWith("о"))) {
            String stem = head + last.substring(0, last.length() - 1);
            String nom = last.substring(last.length() - 1);
            boolean soft = lower.endsWith("е") && !lower.endsWith("це") && !lower.endsWith("же");
            tables.add(row(stem, nom, soft ? "я" : "а", soft ? "ю" : "у", nom, soft ? "ем" : "ом", "е")); // море → моря
        } else if ("оеиуюэё".indexOf(lower.charAt(lower.length() - 1)) >= 0) {
            tables.add(row(head + last, "", "", "", "", "", ""));
        } else if (alone && head.isEmpty() && Character.isLowerCase(last.charAt(0))) {
            personNoun(last, lower, tables);
        } else {
            String stem = head + last;
            char end = lower.charAt(lower.length() - 1);
            String ins = "жшщчц".indexOf(end) >= 0 ? "ем|ом" : "ом|ым";
            tables.add(row(stem, "", "а", "у", "|а", ins, "е"));
        }
        return tables;
    }

    /**
     * A person noun (демоним) as a lower-case word ending in a consonant: every case in the singular and the
     * plural (американец → американца, американцы, американцев; россиянин → россияне, россиян; француз →
     * французы), and the feminine in -ка where it is regular (американка, россиянка).
     */
    private static void personNoun(String last, String lower, List<String[]> tables) {
        if (lower.endsWith("ец") && lower.length() > 3) {
            String stem = last.substring(0, last.length() - 2);
            boolean vowel = "аеёиоуыэюя".indexOf(lower.charAt(lower.length() - 3)) >= 0;
            String c = vowel ? "йц" : "ц"; // китаец → китайца, американец → американца
            tables.add(row(stem, "ец", c + "а", c + "у", c + "а", c + "ем", c + "е"));
            tables.add(row(stem, c + "ы", c + "ев", c + "ам", c + "ев", c + "ами", c + "ах"));
            if (!vowel) {
                feminineNoun(stem, tables); // американка; китаянка and кореянка are irregular
            }
        } else if (lower.endsWith("анин") || lower.endsWith("янин")) {
            String stem = last.substring(0, last.length() - 2);
            tables.add(row(stem, "ин", "ина", "ину", "ина", "ином", "ине"));
            tables.add(row(stem, "е", "", "ам", "", "ами", "ах")); // россияне, россиян
            feminineNoun(stem, tables); // россиянка
        } else {
            char end = lower.charAt(lower.length() - 1);
            String ins = "жшщчц".indexOf(end) >= 0 ? "ем|ом" : "ом";
            String plural = "гкхжшщч".indexOf(end) >= 0 ? "и" : "ы";
            String genitive = "жшщч".indexOf(end) >= 0 ? "ей" : "ов";
            tables.add(row(last, "", "а", "у", "а", ins, "е"));
            tables.add(row(last, plural, genitive, "ам", genitive, "ами", "ах")); // французы, поляков
        }
    }

    /** A feminine person noun in -ка, singular and plural (американка, американки, американок). */
    private static void feminineNoun(String base, List<String[]> tables) {
        tables.add(row(base, "ка", "ки", "ке", "ку", "кой", "ке"));
        tables.add(row(base, "ки", "ок", "кам", "ок", "ками", "ках"));
    }

    /** The feminine singular of an adjective (Северная Корея, российская): nominative to prepositional. */
    private static String[] feminine(String stem, boolean soft) {
        return row(
                stem,
                soft ? "яя" : "ая",
                soft ? "ей" : "ой",
                soft ? "ей" : "ой",
                soft ? "юю" : "ую",
                soft ? "ей" : "ой|ою",
                soft ? "ей" : "ой");
    }

    private static String[] row(String stem, String... endings) {
        String[] row = new String[CASES + 1];
        System.arraycopy(endings, 0, row, 0, CASES);
        row[CASES] = stem;
        return row;
    }
}
