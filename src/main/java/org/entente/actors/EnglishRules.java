package org.entente.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.model.NamedEntity;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.entente.model.WordLists;

/**
 * The rules of English: forms begin and end at word boundaries; institution words, place words and relation
 * nouns come from the word lists of {@code models/lang/eng/} (documented in models/lang/README.md); titles
 * stand before the surname; compounds are joined by '-' or '/'; possessives end in 's.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnglishRules implements LanguageRules {
    /** POS tags of nouns (Penn and UD). */
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "NOUN", "PROPN");
    /** POS tags of words that may stand between a compound and its head noun (Penn and UD). */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "ADJ", "VBN", "VBG");
    /** POS tags of proper nouns (Penn and UD). */
    private static final Set<String> PROPER_TAGS = Set.of("NNP", "NNPS", "PROPN");
    /** Separators between the items of a coordinated list: ", ", " and ", ", and ", each optionally + "the ". */
    private static final Pattern LIST_SEPARATOR =
            Pattern.compile(",\\s*(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?");

    /** A middle name or initial between a given name and a surname: "J.", "H.W.", "W", "Elisabet", "Fitzgerald". */
    private static final Pattern MIDDLE_NAME =
            Pattern.compile("(?:\\p{Lu}\\.)+|\\p{Lu}|\\p{Lu}[\\p{L}'\u2019-]*\\p{L}");
    /** The most middle names or initials between a given name and a surname ("George Herbert Walker Bush"). */
    private static final int MAX_MIDDLE_NAMES = 3;

    private final Set<String> institutionWords;
    private final Set<String> nameConnectors;
    private final Set<String> placeWords;
    private final List<String> honorifics;
    private final Set<String> namedAfterPlace;
    private final Set<String> placeOfWords;
    private final Set<String> governmentWords;
    private final Set<String> directions;
    private final Set<String> travelWords;
    private final Set<String> relationNouns;
    /** Capitalised words of the titles of a state's organs: "Forces", "Embassy" (optional list). */
    private final Set<String> organWords = new HashSet<>();
    /** Organ words after which "in" names the host: "the U.S. Embassy in China" (listed as "Embassy in"). */
    private final Set<String> missionWords = new HashSet<>();
    /** A U.S. state named like a country → the words around it that make it the U.S. state (optional list). */
    private final Map<String, Set<String>> usStateContext = new HashMap<>();
    /** How many words on each side of a U.S. state's name are searched for its context words. */
    private static final int US_STATE_WINDOW = 5;
    /** A word, for the context of a U.S. state. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** U.S. states written after a town (optional list). */
    private final Set<String> usStates;
    /** Role phrases (lower case) → the offices they name, in the order to try (word list role-phrases). */
    private final Map<String, List<String>> rolePhrases = new HashMap<>();
    /** What precedes a coordinated list that names a relation: a relation noun, then a list preposition. */
    private final Pattern listTrigger;
    /** Person names that begin with a state's form ("Jordan Spieth") and agencies named after a state. */
    private final PersonAndAgencyNames names;

    /**
     * @param words the English word lists (models/lang/eng/)
     * @throws IllegalStateException naming the file of a missing list
     */
    public EnglishRules(WordLists words) {
        institutionWords = words.get("institution-words");
        nameConnectors = words.get("name-connectors");
        placeWords = words.get("place-words");
        honorifics = List.copyOf(words.get("honorifics"));
        namedAfterPlace = words.get("named-after-place-words");
        placeOfWords = words.get("place-of-words");
        governmentWords = words.get("government-words");
        directions = words.get("direction-words");
        travelWords = words.get("travel-words");
        relationNouns = words.get("relation-nouns");
        usStates = words.lists().getOrDefault("us-states", Set.of());
        keyed(words, "us-state-context").forEach((key, values) -> usStateContext.put(key, Set.copyOf(values)));
        for (String entry : words.lists().getOrDefault("organ-words", Set.of())) {
            String word = entry.endsWith(" in") ? entry.substring(0, entry.length() - 3) : entry;
            organWords.add(word);
            if (!word.equals(entry)) {
                missionWords.add(word);
            }
        }
        rolePhrases.putAll(keyed(words, "role-phrases"));
        names = new PersonAndAgencyNames(words);
        listTrigger = Pattern.compile("(\\p{L}+)\\s+(?:"
                + words.get("list-prepositions").stream()
                        .sorted()
                        .map(Pattern::quote)
                        .collect(Collectors.joining("|")) + ")\\s+(?:the\\s+)?$");
    }

    /** The entries {@code key = value | value …} of a word list, by key, the values in the order written. */
    private static Map<String, List<String>> keyed(WordLists words, String list) {
        Map<String, List<String>> keyed = new HashMap<>();
        for (String entry : words.lists().getOrDefault(list, Set.of())) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                keyed.put(
                        entry.substring(0, eq).strip(),
                        List.of(entry.substring(eq + 1).strip().split("\\s*\\|\\s*")));
            }
        }
        return keyed;
    }

    @Override
    public String language() {
        return "eng";
    }

    @Override
    public boolean mayBegin(CharSequence text, int i) {
        return FormTrie.WORDS.mayBegin(text, i);
    }

    @Override
    public boolean mayEnd(CharSequence text, int j) {
        return FormTrie.WORDS.mayEnd(text, j);
    }

    @Override
    public boolean insideOtherName(String text, Sentence sentence, Alias alias, int begin, int end) {
        return insideInstitutionName(text, sentence, begin, end)
                || usPlace(text, sentence, begin, end)
                || usState(text, sentence, alias, begin, end)
                || insidePersonName(text, sentence, alias, begin, end)
                || (alias.personLike() && afterProperNoun(sentence, begin))
                || names.givenNameBeforeSurname(text, sentence, alias, begin, end)
                || alias.kind() == AliasKind.ABBREVIATION // the name's words only for an abbreviation
                        && names.abbreviationEndsName(
                                text,
                                sentence,
                                alias,
                                namePhraseWords(text, sentence, begin, end, false),
                                namePhraseWords(text, sentence, begin, end, true));
    }

    /** "Jordan, Minnesota", "Lebanon, Pennsylvania": a U.S. town named like a country, then its state. */
    boolean usPlace(String text, Sentence sentence, int begin, int end) {
        if (end + 2 < sentence.end() && text.startsWith(", ", end)) {
            for (String state : usStates) {
                int e = end + 2 + state.length();
                if (text.startsWith(state, end + 2) && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Atlanta, Georgia", "a Georgia peach farm": a country's name that is also a U.S. state, with a word of the
     * state's context within five words and no word of the country's ("Tbilisi, Georgia" is the country).
     */
    boolean usState(String text, Sentence sentence, Alias alias, int begin, int end) {
        Set<String> context = usStateContext.get(text.substring(begin, end));
        if (context == null) {
            return false;
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(sentence.begin(), sentence.end());
        while (word.find()) {
            if (word.end() <= begin) {
                before.add(word.group());
            } else if (word.start() >= end && after.size() < US_STATE_WINDOW) {
                after.add(word.group());
            }
        }
        List<String> window =
                new ArrayList<>(before.subList(Math.max(0, before.size() - US_STATE_WINDOW), before.size()));
        window.addAll(after);
        return window.stream().anyMatch(context::contains) && window.stream().noneMatch(w -> context.contains("!" + w));
    }

    /** "Bank of China", "Korea Economic Institute of America": the form sits in an institution's name. */
    boolean insideInstitutionName(String text, Sentence sentence, int begin, int end) {
        for (String word : namePhraseWords(text, sentence, begin, end, false)) {
            if (institutionWords.contains(word)) {
                return true;
            }
        }
        List<String> right = namePhraseWords(text, sentence, begin, end, true);
        return right.stream().anyMatch(institutionWords::contains)
                && !names.agency(right, institutionWords); // "the U.S. National Cancer Institute": an organ
    }

    /** Capitalised words (with connectors) that continue a name phrase to the right or left of a span. */
    List<String> namePhraseWords(String text, Sentence sentence, int begin, int end, boolean right) {
        List<String> words = new ArrayList<>();
        int pos = right ? end : begin;
        String pendingConnector = null;
        while (true) {
            int[] word = right ? nextWord(text, pos, sentence.end()) : previousWord(text, pos, sentence.begin());
            if (word == null) {
                break;
            }
            String w = text.substring(word[0], word[1]);
            if (Character.isUpperCase(w.charAt(0))) {
                words.add(w);
                pendingConnector = null;
            } else if (nameConnectors.contains(w) && pendingConnector == null) {
                pendingConnector = w;
            } else {
                break;
            }
            pos = right ? word[1] : word[0];
        }
        return words;
    }

    /** The next space-separated word after {@code pos}, or null at a punctuation break or the end. */
    static int[] nextWord(String text, int pos, int limit) {
        if (pos >= limit || text.charAt(pos) != ' ') {
            return null;
        }
        int b = pos + 1;
        int e = b;
        while (e < limit
                && !Character.isWhitespace(text.charAt(e))
                && text.charAt(e) != ','
                && text.charAt(e) != ';'
                && text.charAt(e) != ':'
                && text.charAt(e) != ')') {
            e++;
        }
        return e > b ? new int[] {b, e} : null;
    }

    /** The previous space-separated word before {@code pos}, or null at a punctuation break or the start. */
    static int[] previousWord(String text, int pos, int limit) {
        if (pos <= limit || text.charAt(pos - 1) != ' ') {
            return null;
        }
        int e = pos - 1;
        int b = e;
        while (b > limit
                && !Character.isWhitespace(text.charAt(b - 1))
                && text.charAt(b - 1) != ','
                && text.charAt(b - 1) != ';'
                && text.charAt(b - 1) != ':'
                && text.charAt(b - 1) != '(') {
            b--;
        }
        return e > b ? new int[] {b, e} : null;
    }

    /**
     * A state form inside a longer PERSON entity, or a person-like form tagged PERSON ("Chad" the name); not when a
     * title or organ word follows the form ("Chad President Idriss Deby": the name finder ran the title in).
     */
    private boolean insidePersonName(String text, Sentence sentence, Alias alias, int begin, int end) {
        if (names.titleAfter(text, sentence, end)) {
            return false;
        }
        for (NamedEntity entity : sentence.entities()) {
            if (entity.label().equals("PERSON") && entity.covers(begin, end)) {
                boolean longer = entity.end() - entity.begin() > end - begin;
                if ((longer && !entity.text().contains("-")) || alias.personLike()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A form right after a proper noun ("George Washington"): part of a name. */
    private static boolean afterProperNoun(Sentence sentence, int begin) {
        Token before = null;
        for (Token t : sentence.tokens()) {
            if (t.end() <= begin) {
                before = t;
            }
        }
        return before != null
                && before.end() + 1 == begin
                && PROPER_TAGS.contains(before.pos())
                && before.begin() > sentence.begin();
    }

    /**
     * "a summit in Pyongyang", "his visit to Moscow", "flew on to Washington", "in Geneva and London",
     * "residents of Seoul", "the Beijing parade": the words around the capital make it a place.
     */
    @Override
    public boolean capitalIsPlace(String text, Sentence sentence, int begin) {
        int[] following = nextWord(text, wordEnd(text, begin, sentence.end()), sentence.end());
        for (int words = 0; words < 3 && following != null; words++) {
            String word = text.substring(following[0], following[1]);
            if (namedAfterPlace.contains(word)) {
                return true; // "the Cairo Declaration", "London Fashion Week": a name, not the government
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                break;
            }
            following = nextWord(text, following[1], sentence.end());
        }
        int[] word = previousWord(text, begin, sentence.begin());
        if (word == null) {
            return false;
        }
        String previous = lower(text, word);
        int[] before = previousWord(text, word[0], sentence.begin());
        if (previous.equals("in") && before != null && governmentWords.contains(lower(text, before))) {
            return false; // "the regime in Tehran", "the government in Kabul": the government
        }
        if (placeWords.contains(previous)) {
            return true;
        }
        if (directions.contains(previous) && before != null) {
            int[] twoBefore = previousWord(text, before[0], sentence.begin());
            if (travelWords.contains(lower(text, before))
                    || twoBefore != null && travelWords.contains(lower(text, twoBefore))) {
                return true;
            }
        }
        if (previous.equals("of") && before != null && placeOfWords.contains(lower(text, before))) {
            return true;
        }
        if ((previous.equals("and") || previous.equals("or"))
                && before != null
                && Character.isUpperCase(text.charAt(before[0]))) {
            return capitalIsPlace(text, sentence, before[0]); // "in Geneva and London"
        }
        if (previous.equals("the")) {
            int[] next = nextWord(text, wordEnd(text, begin, sentence.end()), sentence.end());
            return next != null
                    && text.substring(next[0], next[1]).chars().allMatch(Character::isLetter)
                    && !governmentWords.contains(
                            lower(text, next)); // "the Beijing parade", not "the Beijing government"
        }
        return false;
    }

    private static String lower(String text, int[] word) {
        return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    }

    private static int wordEnd(String text, int begin, int limit) {
        int e = begin;
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    @Override
    public boolean possessive(String text, int end) {
        return end + 1 < text.length()
                && FormTrie.fold(text.charAt(end)) == '\''
                && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
    }

    @Override
    public boolean titled(String text, Sentence sentence, int begin, int end, Collection<String> titles) {
        boolean capitals =
                text.substring(begin, end).equals(text.substring(begin, end).toUpperCase(Locale.ROOT));
        return titles.stream()
                .anyMatch(t -> precededBy(text, sentence, begin, t)
                        || capitals && precededBy(text, sentence, begin, t.toUpperCase(Locale.ROOT)));
    }

    /**
     * "the Chinese president", "Russia's foreign minister", "the North Korean leader": the state's form after "the"
     * or written as a possessive, then a role phrase that no capitalised name follows ("Chinese President Xi
     * Jinping" is a title before a name, not a role).
     */
    @Override
    public Optional<Role> roleAfter(String text, Sentence sentence, int begin, int end) {
        int from = end;
        boolean possessive = possessive(text, end);
        if (possessive) {
            from = end + 2;
        } else {
            int[] previous = previousWord(text, begin, sentence.begin());
            if (previous == null || !lower(text, previous).equals("the")) {
                return Optional.empty();
            }
        }
        if (from >= sentence.end() || text.charAt(from) != ' ') {
            return Optional.empty();
        }
        int phraseEnd = -1;
        List<String> offices = null;
        int pos = from;
        StringBuilder phrase = new StringBuilder();
        for (int words = 0; words < 4; words++) {
            int[] word = nextWord(text, pos, sentence.end());
            if (word == null) {
                break;
            }
            int e = word[1];
            while (e > word[0] && !Character.isLetter(text.charAt(e - 1))) {
                e--; // "president." at the end of a sentence
            }
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(text, word[0], e);
            List<String> found = rolePhrases.get(phrase.toString().toLowerCase(Locale.ROOT));
            if (found != null) {
                phraseEnd = e;
                offices = found;
            }
            if (e < word[1]) {
                break;
            }
            pos = word[1];
        }
        if (offices == null) {
            return Optional.empty();
        }
        int[] following = nextWord(text, phraseEnd, sentence.end());
        if (following != null && Character.isUpperCase(text.charAt(following[0]))) {
            return Optional.empty();
        }
        return Optional.of(new Role(phraseEnd, offices));
    }

    /** "Putin" in "Kim Yo Jong"-like names: the surname is part of another person's name. */
    @Override
    public boolean partOfOtherName(String text, Sentence sentence, LeaderInfo leader, int begin, int end) {
        boolean titled =
                titled(text, sentence, begin, end, leader.titles()) || titled(text, sentence, begin, end, honorifics);
        for (NamedEntity entity : sentence.entities()) {
            int entityEnd = withoutPossessive(entity);
            if (entityEnd > end && Character.isLowerCase(text.charAt(Math.min(end + 1, entityEnd - 1)))) {
                entityEnd = end; // "John spoke": the name finder ran on into a verb
            }
            if (entity.label().equals("PERSON")
                    && entity.covers(begin, end)
                    && entityEnd - entity.begin() > end - begin
                    && !(titled && entityEnd == end) // "His Majesty Queen Elizabeth": titles only
                    && !entity.text().contains("-")) {
                return true;
            }
        }
        Token before = null;
        Token after = null;
        for (Token token : sentence.tokens()) {
            if (token.end() <= begin) {
                before = token;
            } else if (token.begin() >= end && after == null) {
                after = token;
            }
        }
        if (!titled && before != null && PROPER_TAGS.contains(before.pos()) && before.end() + 1 == begin) {
            return true;
        }
        return leader.surnameFirst()
                && after != null
                && PROPER_TAGS.contains(after.pos())
                && after.begin() == end + 1
                && Character.isUpperCase(after.text().charAt(0));
    }

    /** The end of an entity without a possessive the tokenizer left on it ("Biden’s"). */
    private static int withoutPossessive(NamedEntity entity) {
        String t = entity.text();
        return t.length() > 2 && FormTrie.fold(t.charAt(t.length() - 2)) == '\'' && t.endsWith("s")
                ? entity.end() - 2
                : entity.end();
    }

    private static boolean precededBy(String text, Sentence sentence, int begin, String title) {
        int start = begin - title.length() - 1;
        return start >= sentence.begin()
                && text.startsWith(title, start)
                && text.charAt(begin - 1) == ' '
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    /**
     * "U.S. Forces Japan", "U.S. Naval Forces Korea", "the U.S. Embassy in China": between the two forms only
     * capitalised organ words, and a final "in" after a mission's word (not "U.S. Army in Iraq").
     */
    @Override
    public boolean stationOfOrgan(String text, Sentence sentence, int previousEnd, int begin) {
        if (previousEnd >= begin || begin > sentence.end()) {
            return false;
        }
        String between = text.substring(previousEnd, begin);
        if (!between.startsWith(" ") || !between.endsWith(" ")) {
            return false;
        }
        String[] words = between.strip().split(" ");
        int last = words.length - 1;
        if (words[last].equals("in") && last > 0 && missionWords.contains(words[last - 1])) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            if (!organWords.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Donald J. Trump", "George Herbert Walker Bush": up to three capitalised middle names or initials, then one of
     * the given names right before them.
     */
    @Override
    public int givenNameBefore(String text, Sentence sentence, int surnameBegin, Collection<String> givenNames) {
        int pos = surnameBegin;
        for (int middles = 0; middles < MAX_MIDDLE_NAMES; middles++) {
            int[] word = previousWord(text, pos, sentence.begin());
            if (word == null
                    || !MIDDLE_NAME.matcher(text.substring(word[0], word[1])).matches()) {
                return -1;
            }
            pos = word[0];
            for (String given : givenNames) {
                int start = pos - 1 - given.length();
                if (start >= sentence.begin()
                        && text.charAt(pos - 1) == ' '
                        && text.startsWith(given, start)
                        && (start == 0
                                || !Character.isLetterOrDigit(text.charAt(start - 1))
                                        && text.charAt(start - 1) != '-')) { // not "Sadiq" in "al-Sadiq"
                    return start;
                }
            }
        }
        return -1;
    }

    /** True when exactly one '-' or '/' (or a dash) separates two forms. */
    @Override
    public boolean joined(String text, int end, int nextBegin) {
        if (nextBegin != end + 1) {
            return false;
        }
        char c = FormTrie.fold(text.charAt(end));
        return c == '-' || c == '/';
    }

    /**
     * The head noun after a compound. Adjectives are skipped ("trilateral"); of the run of up to three nouns
     * that follows, the last one that is a relation noun is taken ("defense cooperation" gives cooperation,
     * "Mutual Defense Treaty" gives treaty), else the first noun. A word in capitals ("KIM") or any other word
     * ends the run. Lower-cased; empty when no noun follows.
     */
    @Override
    public String headAfter(Sentence sentence, int compoundEnd) {
        List<String> nouns = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.begin() < compoundEnd) {
                continue;
            }
            String word = token.text();
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            if (nouns.size() == 3 || capitals || !Character.isLetter(word.charAt(0))) {
                break;
            }
            if (NOUN_TAGS.contains(token.pos())) {
                nouns.add(word.toLowerCase(Locale.ROOT));
            } else if (!nouns.isEmpty() || !MODIFIER_TAGS.contains(token.pos())) {
                break;
            }
        }
        for (int i = nouns.size() - 1; i >= 0; i--) {
            if (relationNouns.contains(nouns.get(i))) {
                return nouns.get(i);
            }
        }
        return nouns.isEmpty() ? "" : nouns.get(0);
    }

    /** "cooperation among (the) …", "talks between …": the noun before among/between, lower-cased, or empty. */
    @Override
    public String listHead(String text, Sentence sentence, int begin) {
        int from = Math.max(sentence.begin(), begin - 60);
        Matcher trigger = listTrigger.matcher(text.substring(from, begin));
        if (!trigger.find()) {
            return "";
        }
        String noun = trigger.group(1).toLowerCase(Locale.ROOT);
        return relationNouns.contains(noun) ? noun : ""; // "cooperation among", not "the rostrum between"
    }

    @Override
    public boolean listSeparator(String between) {
        return LIST_SEPARATOR.matcher(between).matches();
    }

    /** Without a leading "the" and a trailing possessive 's, lower-cased. */
    @Override
    public String entityKey(String entityText) {
        return entityText
                .replaceFirst("^(?i)the\\s+", "")
                .replaceFirst("['\u2019]s$", "")
                .toLowerCase(Locale.ROOT);
    }
}
