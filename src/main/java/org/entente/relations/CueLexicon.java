package org.entente.relations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.CueClass;
import org.entente.model.Sentence;
import org.entente.model.Token;
import org.entente.model.TsvLine;

/**
 * A relation cue lexicon of one language (English: models/cues.tsv, replaceable with {@code --cues FILE}): words
 * and phrases that signal cooperation, conflict or a neutral relation, each mapped to a {@link CueClass}. A cue
 * matches a sentence where its words equal the {@linkplain CueForms keys} of consecutive tokens (in English
 * their lemmas or lower-cased texts, or those texts without a plural s or an -ed / -ing ending).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class CueLexicon {
    private record Cue(String[] words, CueClass cueClass) {}

    /** A lexicon without cues: every unit counts as having none (for counts where cues do not matter). */
    public static final CueLexicon NONE = new CueLexicon(Map.of(), 0, CueForms.ENGLISH);

    private final Map<String, List<Cue>> byFirstWord;
    private final int size;
    private final CueForms forms;

    private CueLexicon(Map<String, List<Cue>> byFirstWord, int size, CueForms forms) {
        this.byFirstWord = Map.copyOf(byFirstWord);
        this.size = size;
        this.forms = forms;
    }

    /**
     * Reads an English lexicon.
     *
     * @see #load(Path, CueForms)
     */
    public static CueLexicon load(Path file) {
        return load(file, CueForms.ENGLISH);
    }

    /**
     * Reads a lexicon: UTF-8 TSV with the header {@code cue	class}, '#' comments; cue = one or more lower-case
     * words, class = one of the cue class labels.
     *
     * @param file  the lexicon
     * @param forms how the language's tokens are matched
     * @return the lexicon
     * @throws IllegalArgumentException naming file:line, the value and what was expected
     */
    public static CueLexicon load(Path file, CueForms forms) {
        Map<String, List<Cue>> byFirst = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        boolean header = false;
        int count = 0;
        for (TsvLine data : TsvLine.read(file, "the cue lexicon", "a UTF-8 TSV file with the columns cue, class")) {
            String line = data.text();
            String where = data.where();
            String[] cells = data.cells();
            if (!header) {
                if (cells.length != 2
                        || !cells[0].strip().equals("cue")
                        || !cells[1].strip().equals("class")) {
                    throw new IllegalArgumentException(
                            where + ": header \"" + line.replace("\t", "\\t") + "\"; expected cue\\tclass");
                }
                header = true;
                continue;
            }
            if (cells.length != 2 || cells[0].isBlank()) {
                throw new IllegalArgumentException(where + ": \"" + line.replace("\t", "\\t")
                        + "\"; expected a cue and its class separated by a tab");
            }
            String cue = cells[0].strip().toLowerCase(Locale.ROOT);
            CueClass cueClass;
            try {
                cueClass = CueClass.parse(cells[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            String previous = seen.putIfAbsent(cue, where);
            if (previous != null) {
                throw new IllegalArgumentException(
                        where + ": cue \"" + cue + "\" is already listed at " + previous + "; expected each cue once");
            }
            String[] words = cue.split("\\s+");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Cue(words, cueClass));
            count++;
        }
        if (!header) {
            throw new IllegalArgumentException(file + ": empty cue lexicon; expected the header cue\\tclass and rows");
        }
        return new CueLexicon(byFirst, count, forms);
    }

    /** Number of cues. */
    public int size() {
        return size;
    }

    /**
     * @param sentence a sentence with tokens
     * @return the cue classes found in it
     */
    public Set<CueClass> classesIn(Sentence sentence) {
        return classesIn(sentence.tokens());
    }

    /**
     * @param tokens consecutive tokens
     * @return the cue classes found in them
     */
    public Set<CueClass> classesIn(List<Token> tokens) {
        Set<CueClass> found = EnumSet.noneOf(CueClass.class);
        for (int i = 0; i < tokens.size(); i++) {
            for (String key : forms.keys(tokens.get(i))) {
                for (Cue cue : byFirstWord.getOrDefault(key, List.of())) {
                    if (matches(cue.words(), tokens, i)) {
                        found.add(cue.cueClass());
                    }
                }
            }
        }
        return found;
    }

    private boolean matches(String[] words, List<Token> tokens, int start) {
        if (start + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!forms.keys(tokens.get(start + k)).contains(words[k])) {
                return false;
            }
        }
        return true;
    }
}
