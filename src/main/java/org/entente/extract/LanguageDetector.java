package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.entente.model.Document;

/**
 * Detects the language of a document's text with OpenNLP's language-detection model
 * (opennlp-models-langdetect, 103 languages), loaded once from the classpath.
 *
 * <p>Thread-safe: the model is immutable and each call uses its own detector.
 */
public final class LanguageDetector {
    /** Classpath resource of the model inside opennlp-models-langdetect 1.3.0. */
    public static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** At most this many characters of a text are looked at. */
    static final int MAX_CHARS = 10_000;

    private final LanguageDetectorModel model;

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
            model = new LanguageDetectorModel(in);
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
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return "";
        }
        return new LanguageDetectorME(model).predictLanguage(sample).getLang();
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
