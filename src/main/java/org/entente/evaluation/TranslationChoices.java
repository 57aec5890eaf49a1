package org.entente.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.entente.pipeline.ConfigurationException;

/**
 * The document-level differences between a translation of the parallel news and its English side that were read
 * and judged translation choices: the two texts really name different states ("영국" for "BST", "the country"
 * written out as "미국"), so neither side's analysis is wrong. Shipped as {@code gold/parallel-<column>.tsv},
 * tab-separated, {@code #} comments:
 *
 * <pre>doc_id	side	state	reason</pre>
 *
 * <p>where side is {@code missing} (English names the state, the translation does not) or {@code extra}. {@link
 * ParallelEvaluation} reports how many differences these cover and the agreement beyond them; an entry that
 * matches no difference is stale and is reported as such.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file    the file read, for messages
 * @param entries reason by {@code doc_id side state}
 */
public record TranslationChoices(String file, Map<String, String> entries) {
    /** The sides of a difference. */
    static final Set<String> SIDES = Set.of("missing", "extra");

    public TranslationChoices {
        Objects.requireNonNull(file, "file");
        entries = Map.copyOf(entries);
    }

    /**
     * The reviewed choices of one column, or none when Entente ships no file for it.
     *
     * @param column the column (kor, jpn, rus, zho_CN, zho_TW)
     * @throws ConfigurationException naming the file and line of a malformed row
     */
    public static TranslationChoices of(String column) {
        return GoldSource.builtInIfPresent("parallel-" + column + ".tsv")
                .map(TranslationChoices::parse)
                .orElseGet(() -> new TranslationChoices("builtin:parallel-" + column + ".tsv", Map.of()));
    }

    static TranslationChoices parse(GoldSource source) {
        Map<String, String> entries = new TreeMap<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4 || !SIDES.contains(f[1]) || f[0].isBlank() || f[2].isBlank() || f[3].isBlank()) {
                throw new ConfigurationException(source.name() + ":" + (i + 1) + ": '" + line
                        + "': expected doc_id<TAB>missing|extra<TAB>state id<TAB>reason");
            }
            if (entries.put(key(f[0], f[1], f[2]), f[3]) != null) {
                throw new ConfigurationException(
                        source.name() + ":" + (i + 1) + ": " + f[0] + " " + f[1] + " " + f[2] + " is listed twice");
            }
        }
        return new TranslationChoices(source.name(), entries);
    }

    /** The reason recorded for a difference, or null when it was not judged a translation choice. */
    public String reason(String document, String side, String state) {
        return entries.get(key(document, side, state));
    }

    /** The entries that none of the given differences ({@code doc_id side state}) matches. */
    public List<String> stale(Set<String> differences) {
        List<String> stale = new ArrayList<>();
        entries.keySet().stream().filter(k -> !differences.contains(k)).forEach(stale::add);
        return stale;
    }

    static String key(String document, String side, String state) {
        return document + " " + side + " " + state;
    }
}
