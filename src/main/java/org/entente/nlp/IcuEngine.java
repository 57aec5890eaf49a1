package org.entente.nlp;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.CancelledException;
import org.entente.model.Document;
import org.entente.model.NamedEntity;
import org.entente.model.Paragraph;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Splits the paragraphs of Korean, Japanese, Chinese or Russian text into sentences and words with ICU4J's
 * break iterators (rule- and dictionary-based: Unicode sentence breaks, ICU's CJK word dictionary). No tagger,
 * no named entities: the actors of these languages are found by their dictionary forms on the characters of
 * the text ({@code actors.ScriptRules}), which keeps offsets exact whatever the segmentation. A sentence
 * longer than {@value #MAX_SENTENCE} characters (a CJK run without punctuation) is cut at that length.
 *
 * <p>Thread-safe: every call uses its own iterators and word strings.
 */
public final class IcuEngine implements NlpEngine {
    /** Longest sentence; longer runs are cut. */
    static final int MAX_SENTENCE = 2_000;

    private final ULocale locale;

    /**
     * @param language ISO 639-3 code of the language (kor, jpn, zho, rus)
     */
    public IcuEngine(String language) {
        this.locale = new ULocale(
                switch (language) {
                    case "kor" -> "ko";
                    case "jpn" -> "ja";
                    case "zho" -> "zh";
                    case "rus" -> "ru";
                    default -> language;
                });
    }

    @Override
    public List<Sentence> annotate(Document document, List<Paragraph> paragraphs, int firstIndex) {
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        WordStrings strings = new WordStrings();
        for (Paragraph p : paragraphs) {
            CancelledException.check("annotation");
            String para = text.substring(p.begin(), p.end());
            sentences.setText(para);
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                for (int b = start; b < end; b += MAX_SENTENCE) {
                    int e = Math.min(end, b + MAX_SENTENCE);
                    int sb = b;
                    int se = e;
                    while (sb < se && Character.isWhitespace(para.charAt(sb))) {
                        sb++;
                    }
                    while (se > sb && Character.isWhitespace(para.charAt(se - 1))) {
                        se--;
                    }
                    if (sb < se) {
                        out.add(sentence(firstIndex + out.size(), p, para, sb, se, words, strings));
                    }
                }
            }
        }
        return out;
    }

    private static Sentence sentence(
            int index, Paragraph p, String para, int begin, int end, BreakIterator words, WordStrings strings) {
        List<Token> tokens = new ArrayList<>();
        String s = para.substring(begin, end);
        words.setText(s);
        int start = words.first();
        for (int e = words.next(); e != BreakIterator.DONE; start = e, e = words.next()) {
            String word = strings.of(s.substring(start, e));
            if (!word.isBlank()) {
                int b = p.begin() + begin + start;
                tokens.add(new Token(b, b + word.length(), word, "", word, "O"));
            }
        }
        List<NamedEntity> none = List.of();
        return new Sentence(index, p.index(), p.begin() + begin, p.begin() + end, tokens, none);
    }

    @Override
    public String description() {
        return "icu4j " + VersionInfo.ICU_VERSION + " (" + locale + ")";
    }
}
