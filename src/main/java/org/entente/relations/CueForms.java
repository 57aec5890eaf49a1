package org.entente.relations;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Token;

/**
 * How a language's tokens are matched against its cue lexicon: the keys under which a token may be found (its
 * text, its lemma, and forms without the language's endings), so that both engines — with or without a
 * lemmatizer — find the same cues.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface CueForms {
    /**
     * @param token a token
     * @return the lower-case keys the token matches, its text first
     */
    Set<String> keys(Token token);

    /**
     * English: the text, the lemma, and the text without a plural s or an -ed / -ing ending ("sanctions" and
     * "criticised" match the cues "sanction" and "criticise").
     */
    CueForms ENGLISH = token -> {
        String text = token.text().toLowerCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>(3);
        keys.add(text);
        keys.add(token.lemma().toLowerCase(Locale.ROOT));
        int n = text.length();
        if (n > 3 && text.endsWith("s") && !text.endsWith("ss")) {
            keys.add(text.substring(0, n - 1)); // sanctions → sanction
        }
        if (n > 4 && text.endsWith("ed")) {
            keys.add(text.substring(0, n - 1)); // criticised → criticise
            keys.add(text.substring(0, n - 2)); // condemned → condemn
        }
        if (n > 5 && text.endsWith("ing")) {
            keys.add(text.substring(0, n - 3)); // warning → warn
            keys.add(text.substring(0, n - 3) + "e"); // criticising → criticise
        }
        return keys;
    };

    /**
     * Korean, Japanese, Chinese and Russian: the text and every prefix of at least two characters, so that a
     * cue followed by a particle or a case ending (협력을, сотрудничества) or written inside a longer word
     * segment is found.
     */
    CueForms PREFIXES = token -> {
        String text = token.text().toLowerCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(text);
        for (int n = text.length() - 1; n >= 2; n--) {
            keys.add(text.substring(0, n));
        }
        return keys;
    };
}
