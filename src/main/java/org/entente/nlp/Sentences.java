package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.NamedEntity;
import org.entente.model.Sentence;
import org.entente.model.Token;

/** Helpers on engine output shared by the engines. Stateless. */
final class Sentences {
    private Sentences() {}

    /** Longest stretch of text annotated at once: bounds the cost of a paragraph without sentence ends. */
    static final int MAX_CHUNK = 20_000;

    /**
     * Cuts a long text into chunks of at most {@code max} characters, each ending after a sentence end (". ",
     * "? ", "! ") in its second half where there is one, else after a space, else at {@code max}. A 5 MB
     * "sentence" with no punctuation is thus annotated in pieces instead of as one sentence.
     *
     * @param text a paragraph
     * @param max  the longest chunk
     * @return [begin, end) pairs covering the text, in order
     */
    static List<int[]> chunks(String text, int max) {
        List<int[]> chunks = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > max) {
            int end = -1;
            for (int i = begin + max - 1; i > begin + max / 2 && end < 0; i--) {
                char c = text.charAt(i - 1);
                if (text.charAt(i) == ' ' && (c == '.' || c == '?' || c == '!')) {
                    end = i;
                }
            }
            if (end < 0) {
                end = text.lastIndexOf(' ', begin + max - 1);
                end = end > begin ? end : begin + max;
            }
            chunks.add(new int[] {begin, end});
            begin = end;
        }
        chunks.add(new int[] {begin, text.length()});
        return chunks;
    }

    /**
     * A heading is one unit however the splitter cut it ("2." + "Context and Assessment…"): its sentences
     * become one.
     *
     * @param index index of the merged sentence in the document
     * @param parts the sentences of one heading paragraph, in order
     * @return a list with the single merged sentence, or the input when it has fewer than two sentences
     */
    static List<Sentence> mergeInto(int index, List<Sentence> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        List<Token> tokens = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>();
        for (Sentence s : parts) {
            tokens.addAll(s.tokens());
            entities.addAll(s.entities());
        }
        Sentence first = parts.get(0);
        return List.of(new Sentence(
                index,
                first.paragraph(),
                first.begin(),
                parts.get(parts.size() - 1).end(),
                tokens,
                entities));
    }
}
