package org.entente.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The place words of a language, read from {@code models/lang/<code>/place-words.tsv} (header {@code position
 * word}, a space written {@code _}): the words right before or right after a capital that make it the city, not
 * the government (평양에서, 在北京, в Москве).
 *
 * <p>Immutable and thread-safe.
 *
 * @param before words that stand right before the capital
 * @param after  words that stand right after it
 */
public record PlaceWords(List<String> before, List<String> after) {
    /** The file of a language folder that holds them. */
    public static final String FILE = "place-words.tsv";

    /** No place words. */
    public static final PlaceWords NONE = new PlaceWords(List.of(), List.of());

    public PlaceWords {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * Reads the place words of a language folder.
     *
     * @param folder the language's folder ({@code models/lang/<code>})
     * @return its place words, in file order, or {@link #NONE} when it has no {@value #FILE}
     * @throws DictionaryException naming file:line of a position other than before or after, or of a missing word
     */
    public static PlaceWords load(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (String[] row : LanguageForms.rows(file, 2)) {
            String word = row[1].replace('_', ' ');
            if (word.isEmpty()) {
                throw new DictionaryException(row[2] + ": no word; expected a word after the position");
            }
            switch (row[0]) {
                case "before" -> before.add(word);
                case "after" -> after.add(word);
                default ->
                    throw new DictionaryException(row[2] + ": position \"" + row[0] + "\"; expected before or after");
            }
        }
        return new PlaceWords(before, after);
    }
}
