package org.entente.actors;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.entente.model.Sentence;

/**
 * The rules of one language that decide, around a dictionary form found in a sentence, whether it is a mention
 * and of what kind: where a form may begin and end, which surrounding words make a country name part of an
 * institution's name or a capital a place, how a title stands to a surname, how compounds and relation lists
 * are written. {@link DictionaryResolver} applies the conventions' algorithm; an implementation of this
 * interface supplies what differs between languages. English ({@link EnglishRules}) is the first.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface LanguageRules extends FormTrie.Boundaries {
    /** ISO 639-3 code of the language. */
    String language();

    /**
     * Whether a state form at {@code [begin, end)} is not a mention of that state because of its context: it is
     * part of the name of an institution, company or newspaper, or of a person's name.
     */
    boolean insideOtherName(String text, Sentence sentence, Alias alias, int begin, int end);

    /** Whether a capital at {@code begin} is used as a place ("a summit in Pyongyang"), not as its government. */
    boolean capitalIsPlace(String text, Sentence sentence, int begin);

    /** Whether the form ending at {@code end} is written as a possessive ("China's"). */
    boolean possessive(String text, int end);

    /** Whether the leader's surname at {@code [begin, end)} is written with one of the titles. */
    boolean titled(String text, Sentence sentence, int begin, int end, Collection<String> titles);

    /** Whether a surname at {@code [begin, end)} is part of another person's name, not the leader's. */
    boolean partOfOtherName(String text, Sentence sentence, LeaderInfo leader, int begin, int end);

    /**
     * Whether a state's form at {@code begin} names the station of an organ of the state whose form ends at
     * {@code previousEnd} ("Japan" in "U.S. Forces Japan", "China" in "the U.S. Embassy in China"), not a state. By
     * default false.
     */
    default boolean stationOfOrgan(String text, Sentence sentence, int previousEnd, int begin) {
        return false;
    }

    /**
     * Where one of a leader's given names begins that stands before the surname at {@code surnameBegin} with one or
     * more middle names or initials between ("Donald J. Trump", "Cristina Elisabet Fernández de Kirchner"), or -1.
     * By default -1: a language that writes no middle names between given name and surname.
     */
    default int givenNameBefore(String text, Sentence sentence, int surnameBegin, Collection<String> givenNames) {
        return -1;
    }

    /** Whether two forms, the first ending at {@code end}, the next beginning at {@code nextBegin}, are joined into a compound. */
    boolean joined(String text, int end, int nextBegin);

    /** The head noun after a compound ending at {@code end} (summit, cooperation…), lower-cased, or empty. */
    String headAfter(Sentence sentence, int end);

    /** The relation noun that introduces a list beginning at {@code begin} ("cooperation among …"), or empty. */
    String listHead(String text, Sentence sentence, int begin);

    /** Whether the text between two list items separates them ("," / " and "). */
    boolean listSeparator(String between);

    /**
     * Whether a compound with a short form (한, 中, 米) needs every part to be a short form: in scripts without
     * spaces a short form glued to a full name is usually part of another word (其中美国).
     */
    default boolean shortFormsOnlyWithShortForms() {
        return false;
    }

    /** The language's own forms ({@code models/lang/<code>/}), or empty when it uses the dictionary's. */
    default Optional<LanguageForms> ownForms() {
        return Optional.empty();
    }

    /**
     * A role phrase after a state's form ("the Chinese president", "Russia's foreign minister").
     *
     * @param end     where the phrase ends
     * @param offices the offices of models/offices.tsv it names, in the order to try
     */
    record Role(int end, List<String> offices) {}

    /**
     * The role phrase right after a state's form at {@code [begin, end)}, if any; none by default (a language
     * without role phrases).
     */
    default Optional<Role> roleAfter(String text, Sentence sentence, int begin, int end) {
        return Optional.empty();
    }

    /** The key under which a named entity's text is looked up in the dictionary, ignoring case and articles. */
    String entityKey(String entityText);
}
