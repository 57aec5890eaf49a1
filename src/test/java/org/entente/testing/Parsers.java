package org.entente.testing;

import org.entente.nlp.CoreNlpDependencyParser;
import org.entente.nlp.DependencyParser;
import org.entente.nlp.ShallowDependencyParser;

/** The dependency parser of each engine, loaded once per test JVM (CoreNLP's takes seconds and 300 MB). */
public final class Parsers {
    private Parsers() {}

    private static final class CoreNlp {
        static final DependencyParser PARSER = CoreNlpDependencyParser.load();
    }

    /**
     * @param engine corenlp or opennlp
     * @return CoreNLP's parser for the CoreNLP engine, the shallow parser for the OpenNLP engine
     */
    public static DependencyParser of(String engine) {
        return engine.equals("corenlp") ? CoreNlp.PARSER : new ShallowDependencyParser();
    }
}
