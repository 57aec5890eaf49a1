package org.entente.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.events.EventCoder;
import org.entente.events.LeaderStates;
import org.entente.extract.ExtractionException;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.CueClass;
import org.entente.model.Document;
import org.entente.model.Event;
import org.entente.model.EventMode;
import org.entente.model.EventType;
import org.entente.model.ResolvedDocument;
import org.entente.nlp.DependencyParser;
import org.entente.nlp.NlpEngine;

/**
 * Scores the event coder against a gold set ({@link EventGold}, {@link PloverRecords}): each sentence is analysed as
 * a document of its own, dated as the gold says, by the real engine, resolver, parser and coder.
 *
 * <p>Scoring is by <b>directed state dyads</b>, the unit of directed_dyads.csv: an event counts as the pair (state of
 * its source, state of its target) — a leader's state on the date, an organisation's own id; pairs of a state with
 * itself and negated events are left out, as in the dyad tables. In each sentence the predicted pairs are compared
 * with the gold pairs as sets: precision = correct / predicted, recall = correct / gold. A predicted pair that is
 * wrong but whose reverse is a gold pair is <b>swapped</b>; the swapped share is swapped / (correct + swapped). On the
 * correct pairs, the <b>type</b> is right when the sentence's main predicted event for the pair (the first that is
 * not nested) has a gold type of the pair, and the <b>quad</b> when its quad class is a gold quad class of the pair;
 * the mode likewise where the gold gives one. Every sentence counts for precision, also one whose gold has no pair of
 * dictionary actors (an event the coder finds there is one the gold does not have).
 *
 * <p>Stateless; thread-safe when the engine, resolver, parser and coder are.
 */
public final class EventEvaluation {
    private EventEvaluation() {}

    /**
     * The figures of one gold set and engine, with their denominators.
     *
     * @param set         name of the gold set
     * @param sentences   sentences scored
     * @param gold        gold directed pairs
     * @param predicted   predicted directed pairs
     * @param correct     predicted pairs that are gold pairs
     * @param swapped     predicted pairs whose reverse, not themselves, is a gold pair
     * @param typeCorrect correct pairs with the right type
     * @param quadCorrect correct pairs with the right quad class
     * @param modeGold    correct pairs whose gold gives a mode
     * @param modeCorrect of those, pairs with the right mode
     */
    public record Score(
            String set,
            int sentences,
            long gold,
            long predicted,
            long correct,
            long swapped,
            long typeCorrect,
            long quadCorrect,
            long modeGold,
            long modeCorrect)
            implements GoldCounts {
        /** swapped / (correct + swapped). */
        public double swappedShare() {
            return correct + swapped == 0 ? 0 : (double) swapped / (correct + swapped);
        }

        /** typeCorrect / correct. */
        public double typeAccuracy() {
            return correct == 0 ? 0 : (double) typeCorrect / correct;
        }

        /** quadCorrect / correct. */
        public double quadAccuracy() {
            return correct == 0 ? 0 : (double) quadCorrect / correct;
        }

        /** modeCorrect / modeGold. */
        public double modeAccuracy() {
            return modeGold == 0 ? 0 : (double) modeCorrect / modeGold;
        }

        /** The figures with their denominators, one line. */
        public String row() {
            return String.format(
                    Locale.ROOT,
                    "%-12s %5d %5d %5d %5d  P %.3f  R %.3f  F1 %.3f  swapped %.3f (%d/%d)  "
                            + "type %.3f (%d/%d)  quad %.3f (%d/%d)%s",
                    set,
                    sentences,
                    gold,
                    predicted,
                    correct,
                    precision(),
                    recall(),
                    f1(),
                    swappedShare(),
                    swapped,
                    correct + swapped,
                    typeAccuracy(),
                    typeCorrect,
                    correct,
                    quadAccuracy(),
                    quadCorrect,
                    correct,
                    modeGold == 0
                            ? ""
                            : String.format(Locale.ROOT, "  mode %.3f (%d/%d)", modeAccuracy(), modeCorrect, modeGold));
        }

        /** The header of {@link #row()}. */
        public static String header() {
            return String.format(Locale.ROOT, "%-12s %5s %5s %5s %5s", "set", "sents", "gold", "pred", "corr");
        }
    }

    /**
     * @param score  the figures
     * @param errors one line per sentence with a difference: id, missing, extra, swapped and mistyped pairs, text
     */
    public record Result(Score score, List<String> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    /**
     * The state a leader served on a date, from the dictionary (the leader's recorded state when the date is not a
     * full day or the dictionary has no term).
     */
    public static LeaderStates leaderStates(ActorDictionary dictionary) {
        return (leader, date) -> dictionary.servedOn(leader.id(), day(date)).orElse(leader.state());
    }

    private static LocalDate day(String date) {
        try {
            return date.length() == 10 ? LocalDate.parse(date) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Scores every sentence of a gold set.
     *
     * @param name       the set's name, for the table
     * @param gold       the gold set
     * @param engine     the NLP engine
     * @param resolver   the actor resolver
     * @param parser     the dependency parser the coder reads
     * @param coder      the event coder
     * @param dictionary the actor dictionary (the state a gold leader served)
     * @param which      the sentences to score (by id)
     * @return the figures and the differences
     */
    public static Result run(
            String name,
            EventGold gold,
            NlpEngine engine,
            ActorResolver resolver,
            DependencyParser parser,
            EventCoder coder,
            ActorDictionary dictionary,
            Predicate<String> which) {
        LeaderStates leaders = leaderStates(dictionary);
        long[] c = new long[9];
        int sentences = 0;
        List<String> errors = new ArrayList<>();
        for (EventGold.Sentence s : gold.sentences()) {
            if (!which.test(s.id())) {
                continue;
            }
            sentences++;
            ResolvedDocument resolved = resolver.resolve(engine.annotate(document(s)));
            List<Event> events = coder.code(resolved, parser::parse);
            Map<String, List<EventGold.Event>> goldPairs = new LinkedHashMap<>();
            for (EventGold.Event e : s.events()) {
                if (e.mode() == EventMode.NEGATED) {
                    continue;
                }
                String src = state(e.source(), s.date(), dictionary, leaders);
                String tgt = state(e.target(), s.date(), dictionary, leaders);
                if (!src.equals(tgt)) {
                    goldPairs
                            .computeIfAbsent(src + ">" + tgt, k -> new ArrayList<>())
                            .add(e);
                }
            }
            Map<String, Event> predicted = new LinkedHashMap<>();
            for (Event e : events) {
                if (e.mode() == EventMode.NEGATED || e.sourceState().equals(e.targetState())) {
                    continue;
                }
                String pair = e.sourceState() + ">" + e.targetState();
                Event main = predicted.get(pair);
                if (main == null || main.nested() && !e.nested()) {
                    predicted.put(pair, e);
                }
            }
            Set<String> missing = new TreeSet<>(goldPairs.keySet());
            List<String> extra = new ArrayList<>();
            List<String> swapped = new ArrayList<>();
            List<String> mistyped = new ArrayList<>();
            for (Map.Entry<String, Event> p : predicted.entrySet()) {
                List<EventGold.Event> g = goldPairs.get(p.getKey());
                Event e = p.getValue();
                if (g == null) {
                    String[] st = p.getKey().split(">");
                    if (goldPairs.containsKey(st[1] + ">" + st[0])) {
                        c[4]++;
                        swapped.add(p.getKey());
                    } else {
                        extra.add(p.getKey() + ":" + e.type());
                    }
                    continue;
                }
                missing.remove(p.getKey());
                c[3]++;
                Set<EventType> types = new LinkedHashSet<>();
                Set<CueClass> quads = new LinkedHashSet<>();
                Set<EventMode> modes = new LinkedHashSet<>();
                for (EventGold.Event ge : g) {
                    types.add(ge.type());
                    quads.add(ge.type().quad());
                    if (ge.mode() != null) {
                        modes.add(ge.mode());
                    }
                }
                if (types.contains(e.type())) {
                    c[5]++;
                } else {
                    mistyped.add(p.getKey() + ":" + e.type() + "≠" + types);
                }
                if (quads.contains(e.quad())) {
                    c[6]++;
                }
                if (!modes.isEmpty()) {
                    c[7]++;
                    if (modes.contains(e.mode())) {
                        c[8]++;
                    }
                }
            }
            c[1] += goldPairs.size();
            c[2] += predicted.size();
            List<String> diff = new ArrayList<>();
            if (!missing.isEmpty()) {
                diff.add("missing " + missing);
            }
            if (!extra.isEmpty()) {
                diff.add("extra " + extra);
            }
            if (!swapped.isEmpty()) {
                diff.add("swapped " + swapped);
            }
            if (!mistyped.isEmpty()) {
                diff.add("type " + mistyped);
            }
            if (!diff.isEmpty()) {
                errors.add(s.id() + " " + String.join("; ", diff) + " | " + s.text());
            }
        }
        return new Result(new Score(name, sentences, c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]), errors);
    }

    /** The state an actor id stands for on a date: a leader's served state, otherwise the id itself. */
    private static String state(String id, String date, ActorDictionary dictionary, LeaderStates leaders) {
        Actor actor = dictionary
                .actor(id)
                .orElseThrow(() -> new IllegalArgumentException("gold actor " + id
                        + " is not in the dictionary; expected an id of models/states.tsv, leaders.tsv or orgs.tsv"));
        if (actor.type() != ActorType.LEADER) {
            return id;
        }
        String s = leaders.stateOf(actor, date);
        return s == null || s.isBlank() ? id : s;
    }

    private static Document document(EventGold.Sentence s) {
        try {
            return SentenceDocument.of(s.id(), s.text(), s.date());
        } catch (ExtractionException e) {
            throw new IllegalArgumentException(s.id() + ": " + e.getMessage(), e);
        }
    }
}
