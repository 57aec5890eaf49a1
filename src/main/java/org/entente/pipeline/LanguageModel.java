package org.entente.pipeline;

import org.entente.extract.LanguageDetector;

/**
 * The language detector of this JVM: its model is loaded once, on a thread of its own, from the first call of
 * {@link #loading()} on, and shared by every later run in the same JVM (tests, the Spark executors' jobs). The
 * command line starts it before it parses the options of {@code analyze} and {@code extract}, while one core
 * would otherwise idle (issue 18).
 *
 * <p>Thread-safe.
 */
final class LanguageModel {
    private static Background<LanguageDetector> loading;

    private LanguageModel() {}

    /**
     * The detector, loading or loaded; a failure to load it is thrown by its {@code get()}, to every caller.
     *
     * @return the detector to come
     */
    static synchronized Background<LanguageDetector> loading() {
        if (loading == null) {
            loading = Background.start("entente-language-load", LanguageDetector::new);
        }
        return loading;
    }
}
