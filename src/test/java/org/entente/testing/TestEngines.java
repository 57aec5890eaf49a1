package org.entente.testing;

import java.util.Set;
import org.entente.actors.DictionaryLoader;
import org.entente.nlp.Engine;
import org.entente.nlp.EngineSpec;
import org.entente.nlp.NlpEngine;

/** The engines of the installation as a run uses them: its name finder and English function words. */
public final class TestEngines {
    /** The installation's English function words (models/lang/eng/function-words.txt). */
    public static final Set<String> FUNCTION_WORDS =
            DictionaryLoader.wordLists(Cli.HOME.resolve("models"), "eng").get("function-words");

    private TestEngines() {}

    /** The spec of an engine by its --engine name, with the installation's model files. */
    public static EngineSpec spec(String name) {
        return EngineSpec.of(Engine.parse(name, true), Engine.defaultNerModel(), FUNCTION_WORDS);
    }

    /** An engine by its --engine name, loaded once per process. */
    public static NlpEngine of(String name) {
        return spec(name).load();
    }
}
