package org.entente.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.CancelledException;
import org.entente.model.Dependency;
import org.entente.model.Event;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Codes the events of a resolved document: directed, typed acts between its actors, by the rules of
 * docs/conventions.md ("Events: who does what to whom") and the event lexicon.
 *
 * <p>The coder reads each sentence's dependency structure, which the caller supplies as a function, so that this
 * package needs no NLP library: the CoreNLP engine's caller passes CoreNLP's dependency parser, the OpenNLP
 * engine's the rule-based shallow parser. Only the sentences of {@link #sentencesToParse} are parsed (those with
 * two different actors and a word of the lexicon): others cannot hold an event.
 *
 * <pre>{@code
 * EventCoder coder = new EventCoder(EventLexicon.load(Path.of("models/events.tsv")),
 *         (leader, date) -> dictionary.servedOn(leader.id(), day(date)).orElse(leader.state()));
 * List<Event> events = coder.code(resolved, parser::parse);
 * }</pre>
 *
 * <p>Immutable and thread-safe (when the parse function is).
 */
public final class EventCoder {
    private final EventLexicon lexicon;
    private final LeaderStates leaders;

    /**
     * @param lexicon the event lexicon
     * @param leaders the state a leader served on a document's date
     */
    public EventCoder(EventLexicon lexicon, LeaderStates leaders) {
        this.lexicon = lexicon;
        this.leaders = leaders;
    }

    /**
     * The sentences the coder will ask a parse for: those that mention two or more different actors and hold a
     * word that may trigger an event. A document in a language other than English has none.
     *
     * @param document a resolved document
     * @return its sentences that need a parse, in order
     */
    public List<Sentence> sentencesToParse(ResolvedDocument document) {
        List<Sentence> out = new ArrayList<>();
        if (!english(document)) {
            return out;
        }
        Map<Integer, List<Mention>> bySentence = mentionsBySentence(document);
        for (Sentence s : document.annotated().sentences()) {
            if (needsParse(s, bySentence.getOrDefault(s.index(), List.of()))) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Codes the document's events.
     *
     * @param document a resolved document
     * @param parses   the dependency structure of a sentence; called once for each sentence of
     *                 {@link #sentencesToParse} and for no other
     * @return the events, by sentence and trigger position
     */
    public List<Event> code(ResolvedDocument document, Function<Sentence, List<Dependency>> parses) {
        List<Event> out = new ArrayList<>();
        if (!english(document)) {
            return out;
        }
        String date = document.document().metadata().date();
        Function<Actor, String> stateOf =
                actor -> actor.type() == ActorType.LEADER ? leaders.stateOf(actor, date) : actor.id();
        Map<Integer, List<Mention>> bySentence = mentionsBySentence(document);
        for (Sentence s : document.annotated().sentences()) {
            CancelledException.check("event coding");
            List<Mention> mentions = bySentence.getOrDefault(s.index(), List.of());
            if (!needsParse(s, mentions)) {
                continue;
            }
            List<Dependency> dependencies = parses.apply(s);
            if (dependencies == null || dependencies.isEmpty()) {
                continue;
            }
            out.addAll(new SentenceCoder(lexicon, s, dependencies, mentions, stateOf).code(s.paragraph(), date));
        }
        return out;
    }

    private static boolean english(ResolvedDocument document) {
        String language = document.document().language();
        return language.isEmpty() || language.equals("eng");
    }

    private static Map<Integer, List<Mention>> mentionsBySentence(ResolvedDocument document) {
        Map<Integer, List<Mention>> out = new TreeMap<>();
        for (Mention m : document.mentions()) {
            if (m.kind() != MatchKind.ROLLUP) {
                out.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    private boolean needsParse(Sentence sentence, List<Mention> mentions) {
        Set<String> ids = new HashSet<>();
        for (Mention m : mentions) {
            ids.add(m.actor().id());
        }
        if (ids.size() < 2) {
            return false;
        }
        for (Token t : sentence.tokens()) {
            if (lexicon.mayTrigger(t)) {
                return true;
            }
        }
        return false;
    }
}
