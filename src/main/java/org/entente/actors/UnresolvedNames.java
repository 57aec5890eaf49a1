package org.entente.actors;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.model.UnresolvedName;
import org.entente.model.WordLists;

/**
 * Turns the entities that named no actor into the rows of unresolved.csv that help a user extend the
 * dictionary: pronouns and non-names are dropped; titles and forms of address ("PRESIDENT", "Mr."), a
 * possessive (straight or curly), a leading article and a speaker colon are removed; names written in capitals
 * ("BIDEN", "MS. PSAKI:") get the case of a name; and each name gets the dictionary actors whose full form,
 * surname or variant it matches, also when written without diacritics or with mis-decoded ones ("Erdogan",
 * "ErdoÄŸan"), narrowed by the title it was written with.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnresolvedNames {
    /** Suggestions listed at most, so that a common surname does not fill the cell. */
    static final int MAX_SUGGESTIONS = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Characters that UTF-8 text read as Windows-1252 or Latin-1 begins its mis-decoded letters with. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂÄÅÆÐÑØ][\\u0080-\\u00BF\\u0152-\\u2122]");

    private static final Pattern SEPARATORS = Pattern.compile("[.\\-\u2010\u2011]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Titles and forms of address, lower-cased, longest first. */
    private final List<String> titles;
    /** Words that are never a name on their own (pronouns, speaker-label words), lower-cased. */
    private final Set<String> nonNames;
    /** Folded full forms (names, variants, aliases) → actor ids. */
    private final Map<String, Set<String>> forms = new HashMap<>();
    /** Folded surnames → leaders. */
    private final Map<String, List<LeaderInfo>> surnames = new HashMap<>();

    /**
     * @param dictionary the actor dictionary: its forms, leaders' surnames and titles
     * @param words      the English word lists: honorifics, and the optional non-names and function-words
     */
    public UnresolvedNames(ActorDictionary dictionary, WordLists words) {
        Set<String> allTitles = new HashSet<>();
        for (String h : words.lists().getOrDefault("honorifics", Set.of())) {
            allTitles.add(h.toLowerCase(Locale.ROOT));
        }
        nonNames = new HashSet<>();
        for (String list : List.of("non-names", "function-words")) {
            words.lists().getOrDefault(list, Set.of()).forEach(w -> nonNames.add(w.toLowerCase(Locale.ROOT)));
        }
        for (Alias alias : dictionary.aliases()) {
            if (alias.kind() != AliasKind.COMBINING_FORM && alias.kind() != AliasKind.CAPITAL) {
                forms.computeIfAbsent(key(alias.form()), k -> new TreeSet<>())
                        .add(alias.actor().id());
            }
        }
        dictionary.leadersBySurname().forEach((surname, leaders) -> {
            surnames.computeIfAbsent(key(surname), k -> new ArrayList<>()).addAll(leaders);
            leaders.forEach(l -> l.titles().forEach(t -> allTitles.add(t.toLowerCase(Locale.ROOT))));
        });
        titles = allTitles.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
                .toList();
    }

    /**
     * The row of an entity that named no actor.
     *
     * @param text  the entity as written
     * @param label the engine's label
     * @return the normalised name with its suggestion, or empty for a pronoun or another non-name
     */
    public Optional<UnresolvedName> of(String text, String label) {
        StringBuilder folded = new StringBuilder(text.length());
        text.chars().forEach(c -> folded.append(FormTrie.fold((char) c)));
        String name = folded.toString().strip();
        boolean speaker = name.endsWith(":");
        name = name.replaceAll("[\\s:;,]+$", "");
        name = name.replaceFirst("^(?i)the\\s+", "");
        name = name.replaceFirst("'s$|(?<=s)'$", "");
        String title = "";
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            String lower = name.toLowerCase(Locale.ROOT);
            for (String t : titles) {
                if (lower.startsWith(t + " ") && name.length() > t.length() + 1) {
                    title = t;
                    name = name.substring(t.length() + 1).strip();
                    stripped = true;
                    break;
                }
            }
        }
        if (name.length() < 2
                || !Character.isLetter(name.charAt(0))
                || name.equals(name.toLowerCase(Locale.ROOT))
                || isNonName(name)) {
            return Optional.empty();
        }
        if (name.equals(name.toUpperCase(Locale.ROOT)) && (speaker || !title.isEmpty() || label.equals("PERSON"))) {
            name = nameCase(name);
        }
        return Optional.of(new UnresolvedName(name, label, suggest(name, label, title)));
    }

    private boolean isNonName(String name) {
        for (String word : name.split("[\\s.]+")) {
            if (!word.isEmpty() && !nonNames.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "BIDEN" → "Biden", "JEAN-PIERRE" → "Jean-Pierre", "O'BRIEN" → "O'Brien". */
    static String nameCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * The dictionary actors the name may be: a full form; else, for a person, the leaders with its last word (or,
     * for names written surname first, its first word) as surname, narrowed to those with the title written. A
     * surname that is also a common word (Francis, Rice) needs its title.
     */
    private List<String> suggest(String name, String label, String title) {
        Set<String> ids = forms.get(key(name));
        if (ids != null) {
            return limit(ids);
        }
        if (!label.equals("PERSON")) {
            return List.of();
        }
        String[] words = name.split("\\s+");
        String last = key(words[words.length - 1]);
        List<LeaderInfo> candidates = new ArrayList<>(surnames.getOrDefault(last, List.of()));
        if (words.length > 1) {
            surnames.getOrDefault(key(words[0]), List.of()).stream()
                    .filter(LeaderInfo::surnameFirst)
                    .forEach(candidates::add);
        }
        List<LeaderInfo> titled = candidates.stream()
                .filter(l -> l.titles().stream().anyMatch(t -> t.equalsIgnoreCase(title)))
                .toList();
        Set<String> out = new TreeSet<>();
        for (LeaderInfo l : titled.isEmpty() ? candidates : titled) {
            boolean common = l.commonWords().stream().anyMatch(w -> key(w).equals(last));
            if (!common || !titled.isEmpty()) {
                out.add(l.actor().id());
            }
        }
        return limit(out);
    }

    private static List<String> limit(Set<String> ids) {
        return ids.stream().limit(MAX_SUGGESTIONS).toList();
    }

    /**
     * The key a form is compared by: mis-decoded UTF-8 repaired, without diacritics, lower-cased, dots and
     * hyphens as spaces.
     */
    static String key(String form) {
        String bare = Spellings.ascii(form)
                ? form
                : MARKS.matcher(Normalizer.normalize(repaired(form), Normalizer.Form.NFD))
                        .replaceAll("")
                        .replace('ı', 'i');
        String lower = bare.toLowerCase(Locale.ROOT);
        if (plain(lower)) {
            return lower; // most forms: the replacements below would change nothing (and cost a regex each)
        }
        return SPACES.matcher(SEPARATORS.matcher(lower).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }

    /**
     * Whether a text has no separator, no run of spaces, no space but ' ' and no space at either end: what
     * {@link #key} would leave as it is.
     */
    private static boolean plain(String text) {
        int n = text.length();
        if (n == 0 || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '-' || c == '\u2010' || c == '\u2011' || c == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 text that was read as Windows-1252 ("ErdoÄŸan"), decoded again; other text unchanged. */
    static String repaired(String text) {
        if (!MOJIBAKE.matcher(text).find()) {
            return text;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252
                    .newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
