package org.entente.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The word lists of one language, each a set of words or phrases kept as data next to the dictionary
 * ({@code models/lang/<language>/<name>.txt}, documented in models/lang/README.md): the words the rules of that
 * language look at (institution words, place words, relation nouns, function words…).
 *
 * <p>Immutable and thread-safe.
 *
 * @param language ISO 639-3 code of the language
 * @param folder   the folder the lists were read from, for messages
 * @param lists    list name → its entries, in the order of their file
 */
public record WordLists(String language, String folder, Map<String, Set<String>> lists) implements Serializable {
    private static final long serialVersionUID = 1L;

    public WordLists {
        Checks.text(language, "language");
        Objects.requireNonNull(folder, "folder");
        TreeMap<String, Set<String>> copy = new TreeMap<>();
        lists.forEach((name, words) -> copy.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(words))));
        lists = Collections.unmodifiableMap(copy);
    }

    /** No lists (a language whose rules need none). */
    public static WordLists none(String language) {
        return new WordLists(language, "models/lang/" + language, Map.of());
    }

    /**
     * @param name a list's name, e.g. institution-words
     * @return its entries
     * @throws IllegalStateException naming the file that should hold the list when it is absent
     */
    public Set<String> get(String name) {
        Set<String> words = lists.get(Objects.requireNonNull(name, "name"));
        if (words == null) {
            throw new IllegalStateException(folder + "/" + name + ".txt: word list missing; expected the word lists "
                    + "of the language in the dictionary folder (copy models/lang/" + language + "/ of the "
                    + "installation; see models/lang/README.md)");
        }
        return words;
    }
}
