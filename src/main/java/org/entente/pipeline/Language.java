package org.entente.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryException;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.EnglishRules;
import org.entente.actors.LanguageForms;
import org.entente.actors.LanguageRules;
import org.entente.actors.LatinRuns;
import org.entente.actors.ScriptRules;
import org.entente.nlp.IcuEngine;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CueForms;
import org.entente.relations.CueLexicon;

/**
 * The registry of the languages Entente analyses: the one place that names a language and says what its
 * bundle is made of — the annotator that splits its sentences and tokens, the rules that resolve its forms
 * (with its dictionary forms and word lists under {@code models/lang/<code>/}), and its relation cue lexicon.
 * Each paragraph is analysed with the bundle of its language (its own, else its document's); a language
 * without a bundle is analysed with English's. Adding a language means a constant here plus its own
 * annotator, rules and cue-form classes and its data folder.
 *
 * <p>Thread-safe.
 */
public enum Language {
    /** English: the run's engine (CoreNLP or OpenNLP), {@link EnglishRules}, models/cues.tsv (or --cues). */
    ENGLISH("eng") {
        @Override
        public NlpEngine annotator(NlpEngine engine) {
            return engine;
        }

        @Override
        public Supplier<LanguageRules> checkedRules(ActorDictionary dictionary) {
            LanguageRules rules = new EnglishRules(dictionary.wordLists(code()));
            return () -> rules;
        }

        @Override
        CueLexicon cues(DictionaryFiles files) {
            return CueLexicon.load(files.cueLexicon(), CueForms.ENGLISH);
        }
    },
    /** Korean: ICU segmentation, {@link ScriptRules} with models/lang/kor/. */
    KOREAN("kor"),
    /** Japanese: ICU segmentation, {@link ScriptRules} with models/lang/jpn/. */
    JAPANESE("jpn"),
    /** Chinese, simplified and traditional: ICU segmentation, {@link ScriptRules} with models/lang/zho/. */
    CHINESE("zho"),
    /** Russian: ICU segmentation, {@link ScriptRules} with models/lang/rus/ (case forms by rule). */
    RUSSIAN("rus");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-3 code, as documents.csv writes the language. */
    public String code() {
        return code;
    }

    /**
     * The annotator of this language's paragraphs.
     *
     * @param engine the run's engine ({@code --engine}), for the languages it covers
     * @return the annotator
     */
    public NlpEngine annotator(NlpEngine engine) {
        return new IcuEngine(code);
    }

    /**
     * The resolution rules of this language.
     *
     * @param dictionary the loaded dictionary, with the language's word lists
     * @return the rules
     * @throws IllegalStateException naming a word list the rules need that the dictionary folder lacks
     */
    public LanguageRules rules(ActorDictionary dictionary) {
        return checkedRules(dictionary).get();
    }

    /**
     * The resolution rules of this language, checked now and built when first used (issue 18): the files of its
     * forms and word lists are read and checked at once, so that a problem fails the run before its first
     * document, while what is derived from them (the dictionary's Latin forms added, the script rules) is built
     * only when a document of the language needs it. A run of English documents does not build the rules of the
     * four other languages (docs/performance.md, "The other languages' rules are built when first needed").
     *
     * @param dictionary the loaded dictionary, with the language's word lists
     * @return what builds the rules, at each call (the resolver asks once per language, on first use)
     * @throws IllegalStateException naming a word list the rules need that the dictionary folder lacks
     */
    public Supplier<LanguageRules> checkedRules(ActorDictionary dictionary) {
        Path folder = Path.of(dictionary.wordLists(code).folder());
        LanguageForms forms;
        try {
            forms = LanguageForms.load(dictionary, code, folder);
        } catch (DictionaryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return () -> new ScriptRules(LatinRuns.addTo(dictionary, forms));
    }

    /**
     * The relation cue lexicon of this language.
     *
     * @param files the run's data files
     * @return the lexicon
     * @throws IllegalArgumentException naming file:line of a problem
     */
    CueLexicon cues(DictionaryFiles files) {
        return CueLexicon.load(
                files.modelsDir()
                        .resolve(DictionaryLoader.LANGUAGE_FOLDER)
                        .resolve(code)
                        .resolve("cues.tsv"),
                CueForms.PREFIXES);
    }

    /**
     * @param code an ISO 639-3 code
     * @return the language with that code, if Entente has its bundle
     */
    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The language a paragraph is analysed in: its own if Entente has its bundle, else English. */
    static Language forCode(String code) {
        return of(code).orElse(ENGLISH);
    }
}
