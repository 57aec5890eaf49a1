package org.entente.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.extract.ExtractionException;
import org.entente.extract.InputFormat;
import org.entente.model.Document;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.InputScanner;
import org.entente.pipeline.Limits;

/**
 * A deterministic subsample of a corpus, for training, benchmarks and engine comparisons: for each input in
 * the order given, its files in {@link InputScanner} order (sorted by relative path), every {@code every}-th
 * one starting with the first (an input that is a file is always taken), extracted, until the documents
 * hold {@code maxWords} words (whitespace-separated). No randomness: the same inputs give the same sample on
 * every machine. Files that cannot be extracted are skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusSample {
    private CorpusSample() {}

    /**
     * @param inputs   files and folders
     * @param every    take every N-th file (1 = all)
     * @param maxWords stop once the documents taken hold at least this many words
     * @return the documents, in file order
     * @throws ConfigurationException when an input does not exist or the parameters are out of range
     */
    public static List<Document> take(List<Path> inputs, int every, long maxWords) {
        if (every < 1) {
            throw new ConfigurationException("--every " + every + ": expected a whole number of at least 1");
        }
        if (maxWords < 1) {
            throw new ConfigurationException("--max-words " + maxWords + ": expected a whole number of at least 1");
        }
        List<Document> docs = new ArrayList<>();
        long words = 0;
        for (Path input : inputs) {
            List<InputScanner.Found> found = InputScanner.scan(List.of(input), Set.of(), System.err::println);
            List<String> ids = InputScanner.docIds(found);
            for (int i = 0; i < found.size() && words < maxWords; i += every) {
                try {
                    var source = InputScanner.source(found.get(i), ids.get(i));
                    Document doc = InputFormat.of(source.format())
                            .extractor(Limits.DEFAULT_MAX_PAGES)
                            .extract(source);
                    docs.add(doc);
                    words += words(doc.text());
                } catch (IOException | ExtractionException e) {
                    // unreadable files are not part of the sample
                }
            }
        }
        return docs;
    }

    /** Whitespace-separated words of a text. */
    public static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !inWord) {
                n++;
            }
            inWord = !ws;
        }
        return n;
    }
}
