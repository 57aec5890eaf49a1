package org.entente.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.LanguageRules;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Paragraph;
import org.entente.model.Sentence;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CueLexicon;

/**
 * The language bundles of a run ({@link Language}), and the routing of each paragraph to the bundle of its
 * language: consecutive paragraphs of one language are annotated together by that language's annotator.
 *
 * <p>Immutable and thread-safe.
 */
final class Bundles {
    /**
     * One language's parts.
     *
     * @param annotator splits its paragraphs into sentences and tokens
     * @param rules     resolves its forms, built when first used ({@link Language#checkedRules})
     * @param cues      its relation cue lexicon
     */
    record Bundle(NlpEngine annotator, Supplier<LanguageRules> rules, CueLexicon cues) {}

    private final Map<Language, Bundle> bundles;

    private Bundles(Map<Language, Bundle> bundles) {
        this.bundles = bundles;
    }

    /**
     * The bundles of every language of the registry.
     *
     * @param dictionary the loaded dictionary (forms and word lists of every language)
     * @param cues       the loaded cue lexicon of every language
     * @param engine     the run's engine, or null for a run without annotation (extraction only)
     * @return the bundles
     * @throws ConfigurationException naming a word list a language's rules need that is missing
     */
    static Bundles of(ActorDictionary dictionary, Map<Language, CueLexicon> cues, NlpEngine engine) {
        Map<Language, Bundle> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            try {
                bundles.put(
                        language,
                        new Bundle(
                                engine == null ? null : language.annotator(engine),
                                language.checkedRules(dictionary),
                                cues.get(language)));
            } catch (IllegalStateException e) {
                throw new ConfigurationException(e.getMessage(), e);
            }
        }
        return new Bundles(bundles);
    }

    /** The rules of every language by ISO 639-3 code, English first, each built when first used. */
    Map<String, Supplier<LanguageRules>> rules() {
        Map<String, Supplier<LanguageRules>> rules = new LinkedHashMap<>();
        rules.put(Language.ENGLISH.code(), bundles.get(Language.ENGLISH).rules());
        bundles.forEach((language, bundle) -> rules.putIfAbsent(language.code(), bundle.rules()));
        return rules;
    }

    /** The cue lexicon of every language, by ISO 639-3 code. */
    Map<String, CueLexicon> cues() {
        Map<String, CueLexicon> cues = new TreeMap<>();
        bundles.forEach((language, bundle) -> cues.put(language.code(), bundle.cues()));
        return cues;
    }

    /**
     * Annotates a document, each run of consecutive paragraphs of one language with that language's annotator.
     *
     * @param document an extracted document with its language (and its paragraphs' own, where they differ)
     * @return the annotated document
     */
    AnnotatedDocument annotate(Document document) {
        List<Sentence> sentences = new ArrayList<>();
        List<Paragraph> run = new ArrayList<>();
        Language current = null;
        for (Paragraph p : document.paragraphs()) {
            Language language = Language.forCode(document.languageOf(p.index()));
            if (language != current && !run.isEmpty()) {
                sentences.addAll(bundles.get(current).annotator().annotate(document, run, sentences.size()));
                run.clear();
            }
            current = language;
            run.add(p);
        }
        if (!run.isEmpty()) {
            sentences.addAll(bundles.get(current).annotator().annotate(document, run, sentences.size()));
        }
        return new AnnotatedDocument(document, sentences);
    }
}
