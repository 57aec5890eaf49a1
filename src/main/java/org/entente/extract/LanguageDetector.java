package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Document;
import org.entente.model.Paragraph;

/**
 * Detects the language of a document's text with OpenNLP's language-detection model
 * (opennlp-models-langdetect, 103 languages), loaded once from the classpath into a {@link CharNGramModel}.
 *
 * <p>Thread-safe: the model is immutable.
 */
public final class LanguageDetector {
    /** Classpath resource of the model inside opennlp-models-langdetect 1.3.0. */
    public static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** At most this many characters of a text are looked at for its script. */
    static final int MAX_CHARS = 10_000;
    /**
     * At most this many characters, from the first letter on, go to the statistical model: its cost grows with
     * the sample (it was over half of extraction's CPU time at {@value #MAX_CHARS}), and 2,500 characters of
     * running text tell the languages apart as well (the same language for all 1,720 documents of the shared
     * evaluation corpus, and for the 738 documents of its parallel news in five languages; docs/performance.md).
     */
    static final int MODEL_CHARS = 2_500;
    /** Paragraphs with fewer letters keep the document's language. */
    static final int MIN_PARAGRAPH = 40;

    private final CharNGramModel model;

    /**
     * Loads the model from {@link #MODEL_RESOURCE}.
     *
     * @throws IllegalStateException naming the resource when it is missing or unreadable
     */
    public LanguageDetector() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE
                        + " not on the classpath (opennlp-models-langdetect 1.3.0 missing?)");
            }
            model = CharNGramModel.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read language model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The most probable language of a text.
     *
     * @param text any text; only its first {@value #MAX_CHARS} characters are used
     * @return an ISO 639-3 code such as "eng", or empty when the text has no letters
     */
    public String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Scripts scripts = Scripts.of(sample);
        String script = scripts.cjk();
        if (!script.isEmpty()) {
            return script;
        }
        if (scripts.letters == 0) {
            return "";
        }
        return model(sample);
    }

    /** The statistical model's language of a text that has letters, from its first letter on. */
    private String model(String text) {
        int from = 0;
        while (!Character.isLetter(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        String sample = text.substring(from, Math.min(text.length(), from + MODEL_CHARS));
        String lang = model.predict(sample);
        return lang.equals("cmn") ? "zho" : lang;
    }

    /** The letters of a text counted by script, in one pass. */
    private static final class Scripts {
        int letters;
        int hangul;
        int kana;
        int han;
        int cyrillic;
        int latin;

        static Scripts of(String text) {
            Scripts s = new Scripts();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                s.letters++;
                if (c < 0x80) { // an ASCII letter: no need to look its script up
                    s.latin++;
                    continue;
                }
                switch (Character.UnicodeScript.of(c)) {
                    case HANGUL -> s.hangul++;
                    case HIRAGANA, KATAKANA -> s.kana++;
                    case HAN -> s.han++;
                    case CYRILLIC -> s.cyrillic++;
                    case LATIN -> s.latin++;
                    default -> {}
                }
            }
            return s;
        }

        /**
         * The language of a text written mostly in Hangul, kana or Han characters, by its script, before the
         * statistical model (which confuses them on short text): Hangul is Korean; Han with kana (at least one
         * kana in twenty CJK characters) is Japanese; Han without is Chinese, simplified or traditional. Russian
         * is left to the model, which tells it from the other Cyrillic languages.
         *
         * @return kor, jpn or zho; empty when fewer than a third of the letters are CJK
         */
        String cjk() {
            int cjk = hangul + kana + han;
            if (letters == 0 || cjk * 3 < letters) {
                return "";
            }
            if (hangul >= kana && hangul * 5 >= cjk) {
                return "kor";
            }
            return kana * 20 >= cjk ? "jpn" : "zho";
        }
    }

    /**
     * Returns the document with its language, and the language of each paragraph that is written in another
     * language than the document's (an English statement quoted on a Korean page; a Korean paragraph in an
     * English brief). Paragraphs of fewer than {@value #MIN_PARAGRAPH} letters keep the document's language.
     *
     * @param document an extracted document
     * @param language the document's language when known (sidecar), or empty to detect it
     * @return a copy with the languages set
     */
    public Document detect(Document document, String language) {
        String docLanguage = language.isEmpty() ? detect(document.text()) : language;
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean changed = false;
        for (Paragraph p : document.paragraphs()) {
            String text = document.paragraphText(p.index());
            String own = "";
            Scripts scripts = Scripts.of(text);
            if (scripts.letters >= MIN_PARAGRAPH) {
                String script = scripts.cjk();
                String detected = script.isEmpty() ? detectLatinOrCyrillic(text, scripts, docLanguage) : script;
                own = detected.equals(docLanguage) || detected.isEmpty() ? "" : detected;
            }
            changed |= !own.equals(p.language());
            paragraphs.add(p.withLanguage(own));
        }
        Document out = document.withLanguage(docLanguage);
        return changed
                ? new Document(
                        out.source(), out.metadata(), out.text(), paragraphs, out.pages(), out.encoding(), docLanguage)
                : out;
    }

    /** English or Russian when the paragraph is clearly in one of them by script and model, else empty. */
    private String detectLatinOrCyrillic(String text, Scripts scripts, String docLanguage) {
        long letters = scripts.letters;
        String lang = scripts.cyrillic * 10L >= letters * 8 ? "rus" : scripts.latin * 10L >= letters * 8 ? "eng" : "";
        // the model (the costly part) only confirms a paragraph whose script differs from the document's language
        return lang.isEmpty() || lang.equals(docLanguage) || !detect(text).equals(lang) ? "" : lang;
    }

    /**
     * Returns the document with its detected language set.
     *
     * @param document an extracted document
     * @return a copy whose {@link Document#language()} is the detected ISO 639-3 code
     */
    public Document detect(Document document) {
        return document.withLanguage(detect(document.text()));
    }
}
