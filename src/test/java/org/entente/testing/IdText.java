package org.entente.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.MentionSource;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Resolved documents for counting tests, written with actor ids in place of names: every whitespace-separated
 * word is a token (lemma = lower case), every word made of 3 capitals is a STATE mention of that id and every
 * word with an underscore a LEADER mention. Paragraphs are arrays of sentences.
 */
public final class IdText {
    private IdText() {}

    /**
     * @param docId      the document id
     * @param paragraphs each paragraph's sentences
     * @return the resolved document
     */
    public static ResolvedDocument resolved(String docId, String[]... paragraphs) {
        List<String> paragraphTexts = new ArrayList<>();
        for (String[] sentences : paragraphs) {
            paragraphTexts.add(String.join(" ", sentences));
        }
        Document doc = Docs.of(docId, paragraphTexts.toArray(String[]::new));
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.length; p++) {
            int offset = doc.paragraphs().get(p).begin();
            for (String sentence : paragraphs[p]) {
                List<Token> tokens = new ArrayList<>();
                int i = 0;
                for (String word : sentence.split(" ")) {
                    int b = offset + i;
                    int e = b + word.length();
                    tokens.add(new Token(b, e, word, "NN", word.toLowerCase(Locale.ROOT), "O"));
                    if (word.matches("[A-Z]{3}") || word.contains("_")) {
                        ActorType type = word.contains("_") ? ActorType.LEADER : ActorType.STATE;
                        mentions.add(new Mention(
                                p,
                                sentences.size(),
                                b,
                                e,
                                word,
                                new Actor(word, type, word, "", ""),
                                MatchKind.NAME,
                                "",
                                MentionSource.DICTIONARY,
                                false,
                                ""));
                    }
                    i += word.length() + 1;
                }
                sentences.add(new Sentence(sentences.size(), p, offset, offset + sentence.length(), tokens, List.of()));
                offset += sentence.length() + 1;
            }
        }
        return new ResolvedDocument(new AnnotatedDocument(doc, sentences), mentions, List.of(), List.of());
    }

    /** A paragraph of sentences. */
    public static String[] p(String... sentences) {
        return sentences;
    }
}
