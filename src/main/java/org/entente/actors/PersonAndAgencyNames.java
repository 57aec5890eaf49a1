package org.entente.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.entente.model.WordLists;

/**
 * Two English name rules of {@link EnglishRules}, read from the word lists of {@code models/lang/eng/}
 * (models/lang/README.md):
 *
 * <ul>
 *   <li>a state's name that is also a given name, right before a surname, is a person's first name ("Jordan Spieth",
 *       "Kenya Moore"), not a mention; a title, an organ's word, a day or a month after it keeps the state ("Chad
 *       President Deby", "Israel Defense Forces", "in Jordan Tuesday"), and so does a possessive ("Jordan's King
 *       Abdullah");
 *   <li>an institution's name right after a state's form that ends in an agency word is the state's organ ("the U.S.
 *       Environmental Protection Agency", "the US National Cancer Institute").
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class PersonAndAgencyNames {
    /** POS tags of nouns (Penn and UD): a tagger may take a rare surname for a common noun ("Spieth"). */
    private static final Set<String> NOUN_TAGS = Set.of("NNP", "NNPS", "PROPN", "NN", "NNS", "NOUN", "X");
    /** A surname as written in running text: "Spieth", "Adesanya", "O'Neal", "McClain", "Smith-Jones". */
    private static final Pattern SURNAME =
            Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['\u2019-]\\p{Lu}\\p{Ll}+)*");
    /** A trailing possessive or closing punctuation after a surname. */
    private static final Pattern TRAILER = Pattern.compile("(?:['\u2019]s)?[.!?\"\u201d'\u2019]*$");
    /**
     * A word before the form that makes it a modifier, not a given name: a determiner, a possessive pronoun or a
     * number word ("the One China Policy", "its India Initiative", "the Jordan Valley").
     */
    private static final Pattern DETERMINER = Pattern.compile(
            "(?i)the|a|an|one|this|that|these|those|its|our|their|his|her|my|your|new|first|each|every|any|no"
                    + "|.*['’]s|.*s['’]");
    /** Prefix of an agency-words entry that counts only with "National" right after the state's form. */
    private static final String NATIONAL = "National ... ";

    private final Set<String> givenNameForms;
    /** Capitalised words that never make a given-name-like form a person's name: titles, organs, days, months. */
    private final Set<String> notSurnames = new HashSet<>();
    /** Lower-case words that never make it one either (function words, government words). */
    private final Set<String> notSurnamesLower = new HashSet<>();

    private final Set<String> agencyWords = new HashSet<>();
    private final Set<String> nationalAgencyWords = new HashSet<>();

    PersonAndAgencyNames(WordLists words) {
        givenNameForms = words.lists().getOrDefault("given-name-forms", Set.of());
        notSurnames.addAll(words.lists().getOrDefault("not-surnames", Set.of()));
        notSurnames.addAll(givenNameForms); // "the Jordan Israel peace treaty": two states
        for (String list :
                List.of("institution-words", "organ-words", "named-after-place-words", "royal-titles", "honorifics")) {
            for (String entry : words.lists().getOrDefault(list, Set.of())) {
                for (String word : entry.split(" ")) {
                    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                        notSurnames.add(word);
                    }
                }
            }
        }
        for (String list : List.of("function-words", "government-words")) {
            words.lists().getOrDefault(list, Set.of()).forEach(w -> notSurnamesLower.add(w.toLowerCase(Locale.ROOT)));
        }
        for (String entry : words.lists().getOrDefault("agency-words", Set.of())) {
            if (entry.startsWith(NATIONAL)) {
                nationalAgencyWords.add(entry.substring(NATIONAL.length()));
            } else {
                agencyWords.add(entry);
            }
        }
    }

    /**
     * "Jordan Spieth", "said Kenya Moore", "the singer India Arie": a form that is also a given name (listed in
     * given-name-forms or marked {@code ~}) and then one surname-like noun (not a verb or an adjective) that no other capitalised word
     * follows, in a sentence that is not a title-case headline, and no determiner or possessive before the form.
     */
    boolean givenNameBeforeSurname(String text, Sentence sentence, Alias alias, int begin, int end) {
        if (!alias.personLike() && !givenNameForms.contains(alias.form())) {
            return false;
        }
        int[] previous = EnglishRules.previousWord(text, begin, sentence.begin());
        if (previous != null
                && DETERMINER.matcher(text.substring(previous[0], previous[1])).matches()) {
            return false; // "the One China Policy", "its China Strategy": a name of a thing
        }
        int[] next = EnglishRules.nextWord(text, end, sentence.end());
        if (next == null) {
            return false;
        }
        String raw = text.substring(next[0], next[1]);
        String word = TRAILER.matcher(raw).replaceFirst("");
        if (!SURNAME.matcher(word).matches() || notSurname(word) || !nounAt(sentence, next[0])) {
            return false;
        }
        if (word.length() == raw.length()) {
            int[] after = EnglishRules.nextWord(text, next[1], sentence.end());
            if (after != null && Character.isUpperCase(text.charAt(after[0]))) {
                return false; // "Israel Defense Forces", "Jordan Valley Authority": a longer name
            }
        }
        return !headline(text, sentence);
    }

    /** A title or organ's word right after a form ("Chad President Idriss Deby", "Israel Defense Forces"). */
    boolean titleAfter(String text, Sentence sentence, int end) {
        int[] next = EnglishRules.nextWord(text, end, sentence.end());
        return next != null
                && notSurnames.contains(
                        TRAILER.matcher(text.substring(next[0], next[1])).replaceFirst(""));
    }

    /**
     * A state's abbreviation that ends a name of two or more other capitalised words is the last word of an
     * organisation's or a company's name ("Digital Awareness UK", "Amnesty International USA"), not a mention: none
     * of the words before it is a title, an organ's or a place word, and no capitalised word follows.
     */
    boolean abbreviationEndsName(String text, Sentence sentence, Alias alias, List<String> before, List<String> after) {
        return alias.kind() == AliasKind.ABBREVIATION
                && before.size() >= 2
                && after.isEmpty()
                && before.stream().noneMatch(w -> notSurname(TRAILER.matcher(w).replaceFirst("")))
                && !headline(text, sentence);
    }

    private boolean notSurname(String word) {
        return notSurnames.contains(word) || notSurnamesLower.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean nounAt(Sentence sentence, int begin) {
        for (Token token : sentence.tokens()) {
            if (token.begin() == begin) {
                return NOUN_TAGS.contains(token.pos());
            }
        }
        return false;
    }

    /** Every word of four letters or more is capitalised: a title-case headline ("Russia Sanctions Bite"). */
    private static boolean headline(String text, Sentence sentence) {
        for (String w : text.substring(sentence.begin(), sentence.end()).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The capitalised words of a name right after a state's form name one of its agencies: the only institution
     * word among them is an agency word ("Environmental Protection Agency"), or a "National ..." agency word with
     * "National" first ("National Cancer Institute").
     */
    boolean agency(List<String> words, Set<String> institutionWords) {
        List<String> found =
                words.stream().filter(institutionWords::contains).distinct().toList();
        if (found.size() != 1) {
            return false;
        }
        String word = found.get(0);
        return agencyWords.contains(word)
                || nationalAgencyWords.contains(word)
                        && !words.isEmpty()
                        && words.get(0).equals("National");
    }
}
