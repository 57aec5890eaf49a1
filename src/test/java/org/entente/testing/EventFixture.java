package org.entente.testing;

import java.util.List;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.evaluation.EventEvaluation;
import org.entente.events.EventCoder;
import org.entente.events.EventLexicon;

/**
 * The installation's dictionary (models/) with the default resolver and the event coder of models/events.tsv, as
 * the event tests use them.
 *
 * @param dictionary the actor dictionary
 * @param resolver   its resolver, default options
 * @param coder      the event coder, with the leaders' states of the dictionary
 */
public record EventFixture(ActorDictionary dictionary, DictionaryResolver resolver, EventCoder coder) {
    /** Loads the dictionary, lexicon and leaders' states (a few seconds). */
    public static EventFixture load() {
        ActorDictionary dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
        return new EventFixture(
                dictionary,
                new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS),
                new EventCoder(
                        EventLexicon.load(Cli.HOME.resolve("models/events.tsv")),
                        EventEvaluation.leaderStates(dictionary)));
    }
}
