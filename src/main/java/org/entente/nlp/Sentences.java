package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.NamedEntity;
import org.entente.model.Sentence;
import org.entente.model.Token;

/** Helpers on engine output shared by the engines. Stateless. */
final class Sentences {
    private Sentences() {
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
        return List.of(new Sentence(index, first.paragraph(), first.begin(), parts.get(parts.size() - 1).end(),
                tokens, entities));
    }
}
