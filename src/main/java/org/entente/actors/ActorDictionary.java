package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entente.model.Actor;
import org.entente.model.WordLists;

/**
 * The validated actor dictionary: actors, their written forms, leaders' offices, the phrases inside which no
 * state is mentioned, and the word lists of each language's rules. Immutable and thread-safe. Built by
 * {@link DictionaryLoader}.
 */
public final class ActorDictionary {
    private final SortedMap<String, Actor> actors;
    private final List<Alias> aliases;
    private final Map<String, LeaderInfo> leaders;
    private final Map<String, List<LeaderInfo>> leadersBySurname;
    private final List<String> exclusions;
    private final Map<String, WordLists> wordLists;

    ActorDictionary(
            SortedMap<String, Actor> actors,
            List<Alias> aliases,
            Map<String, LeaderInfo> leaders,
            List<String> exclusions,
            Map<String, WordLists> wordLists) {
        this.actors = Collections.unmodifiableSortedMap(new TreeMap<>(actors));
        this.aliases = List.copyOf(aliases);
        this.leaders = Map.copyOf(leaders);
        Map<String, List<LeaderInfo>> bySurname = new TreeMap<>();
        leaders.values().stream()
                .sorted(Comparator.comparing(l -> l.actor().id()))
                .forEach(l -> l.surnames()
                        .forEach(form -> bySurname
                                .computeIfAbsent(form, k -> new ArrayList<>())
                                .add(l)));
        bySurname.replaceAll((k, v) -> List.copyOf(v));
        this.leadersBySurname = Collections.unmodifiableMap(bySurname);
        this.exclusions = List.copyOf(exclusions);
        this.wordLists = Map.copyOf(wordLists);
    }

    /**
     * The word lists of a language's rules ({@code models/lang/<language>/*.txt}).
     *
     * @param language ISO 639-3 code
     * @return its lists; none when the dictionary folder has none for the language
     */
    public WordLists wordLists(String language) {
        return wordLists.getOrDefault(language, WordLists.none(language));
    }

    /** All actors, sorted by id. */
    public Collection<Actor> actors() {
        return actors.values();
    }

    /** The actor with this id. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** Every written form of every actor (names, aliases, abbreviations, demonyms, capitals, prefixes). */
    public List<Alias> aliases() {
        return aliases;
    }

    /** The leader with this id. */
    public Optional<LeaderInfo> leader(String id) {
        return Optional.ofNullable(leaders.get(id));
    }

    /** Leaders by each form of their surname, each list sorted by id. */
    public Map<String, List<LeaderInfo>> leadersBySurname() {
        return leadersBySurname;
    }

    /** Phrases inside which no state mention counts (regions, events…). */
    public List<String> exclusions() {
        return exclusions;
    }

    /**
     * The state a leader served on a day: the term covering the day, else the latest term before it,
     * else the earliest term.
     *
     * @param leaderId a leader id
     * @param day      the document's date, or null for "today or latest"
     * @return the id of the state (or organisation) served
     */
    public Optional<String> servedOn(String leaderId, LocalDate day) {
        LeaderInfo info = leaders.get(leaderId);
        if (info == null || info.offices().isEmpty()) {
            return info == null
                    ? Optional.empty()
                    : Optional.of(info.actor().state()).filter(s -> !s.isEmpty());
        }
        Office best = info.offices().get(0);
        for (Office o : info.offices()) {
            if (day == null || !o.start().isAfter(day)) {
                best = o;
            }
            if (day != null && o.covers(day)) {
                return Optional.of(o.served());
            }
        }
        return Optional.of(best.served());
    }
}
