package org.entente.pipeline;

import java.util.Properties;
import org.entente.nlp.CoreNlpEngine;
import org.entente.nlp.NlpEngine;

/**
 * The NLP engines of this process, each loaded once on first use and shared by every run and thread
 * afterwards (CoreNLP takes seconds and about a gigabyte to load).
 *
 * <p>Thread-safe.
 */
public final class Engines {
    private Engines() {
    }

    private static final class CoreNlpHolder {
        static final NlpEngine ENGINE = CoreNlpEngine.load(new Properties());
    }

    /** The CoreNLP engine with Entente's default configuration. */
    public static NlpEngine coreNlp() {
        return CoreNlpHolder.ENGINE;
    }
}
