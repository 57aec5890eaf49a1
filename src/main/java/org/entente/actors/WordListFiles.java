package org.entente.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.entente.model.WordLists;

/**
 * Reads the word lists of a language from {@code <models>/lang/<language>/*.txt}: one entry per line, {@code #}
 * comments, blank lines ignored, surrounding white space stripped; an entry listed twice is an error.
 *
 * <p>Stateless and thread-safe.
 */
final class WordListFiles {
    private WordListFiles() {}

    /**
     * @param modelsDir the dictionary folder
     * @param language  ISO 639-3 code
     * @return the lists of the language (none when it has no folder)
     * @throws DictionaryException naming file:line of a repeated entry, or a folder that cannot be read
     */
    static WordLists load(Path modelsDir, String language) {
        Path dir = modelsDir.resolve("lang").resolve(language);
        Map<String, Set<String>> lists = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return new WordLists(language, dir.toString(), lists);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                lists.put(name.substring(0, name.length() - ".txt".length()), entries(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DictionaryException(
                    dir + ": cannot read the word lists (" + e.getMessage() + "); expected UTF-8 text files");
        }
        return new WordLists(language, dir.toString(), lists);
    }

    private static Set<String> entries(Path file) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String entry = lines.get(i).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (!entries.add(entry)) {
                throw new DictionaryException(
                        file + ":" + (i + 1) + ": \"" + entry + "\" is listed twice; " + "expected each entry once");
            }
        }
        return entries;
    }
}
