package org.entente.pipeline;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.LanguageRules;
import org.entente.relations.CueLexicon;

/**
 * What resolves and counts in each language of a run ({@link Language}): its rules and its cue lexicon, made from the
 * dictionary. The annotator of each language is apart ({@link Annotators}): it does not wait for the dictionary.
 *
 * <p>Immutable and thread-safe.
 */
final class Bundles {
    /**
     * One language's parts.
     *
     * @param rules resolves its forms, built when first used ({@link Language#checkedRules})
     * @param cues  its relation cue lexicon
     */
    record Bundle(Supplier<LanguageRules> rules, CueLexicon cues) {}

    private final Map<Language, Bundle> bundles;

    private Bundles(Map<Language, Bundle> bundles) {
        this.bundles = bundles;
    }

    /**
     * The bundles of every language of the registry.
     *
     * @param dictionary the loaded dictionary (forms and word lists of every language)
     * @param cues       the loaded cue lexicon of every language
     * @return the bundles
     * @throws ConfigurationException naming a word list a language's rules need that is missing
     */
    static Bundles of(ActorDictionary dictionary, Map<Language, CueLexicon> cues) {
        Map<Language, Bundle> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            try {
                bundles.put(language, new Bundle(language.checkedRules(dictionary), cues.get(language)));
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
}
