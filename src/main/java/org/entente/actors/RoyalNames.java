package org.entente.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.WordLists;

/**
 * The ways royal and Arabic names are written, derived by rule from the dictionary's names and variants rather than
 * listed for each leader (issue 20.4):
 *
 * <ul>
 *   <li>titles in their other spellings ({@code title-spellings.txt}: "Amir" for "Emir", "Shaikh" for "Sheikh");
 *   <li>customary short forms: the name without the titles before it ("Mohammed bin Zayed Al Nahyan" from "Sheikh
 *       Mohammed bin Zayed Al Nahyan"), given name + first patronymic ("Mohammed bin Salman" from "Mohammed bin Salman
 *       bin Abdulaziz Al Saud", "Tamim bin Hamad"), with the family name ("Tamim bin Hamad Al Thani"), and the regnal
 *       name with its numeral ("Mohammed VI" from "King Mohammed VI", "Abdullah II" from "Abdullah II bin
 *       Al-Hussein"); a short form counts only where it names one leader and no listed form already says it;
 *   <li>title + given name for leaders with a royal title ({@code royal-titles.txt}): the given name becomes a
 *       surname that resolves only after a title ("King Abdullah", "Emir Tamim", "Sultan Qaboos"), by the
 *       resolver's surname rules (an earlier full name, a unique name, or the title and the document's date).
 *       A listed form that is only a royal title + given name that another leader with that title shares ("King
 *       Abdullah": Saudi Arabia and Jordan) is resolved that way too instead of always naming one of them.
 * </ul>
 *
 * <p>Thread-safe (it keeps the spellings of each title it was asked for).
 */
final class RoyalNames {
    /** Words that join a given name to a father's name: "Mohammed bin Salman", "Abdulaziz ibn Saud". */
    private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "bint");
    /** A regnal numeral: "II", "VI", "XVI". */
    private static final Pattern NUMERAL = Pattern.compile("(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})|L");
    /** A family name after the patronymics: "Al Saud", "Al-Sabah", "al-Faisal". */
    private static final Pattern FAMILY = Pattern.compile("(?i)al(?:-\\p{L}.*)?");
    /** A given name: a capitalised word of letters (and inner hyphens or apostrophes) of three letters or more. */
    private static final Pattern GIVEN = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\p{L}");

    private final Map<String, Set<String>> spellings = new HashMap<>();
    private final Set<String> royalTitles = new HashSet<>();
    private final List<String> honorifics;
    /** {@link #spellingsOf} of each title asked for: a few dozen titles, asked for by thousands of leaders. */
    private final Map<String, Set<String>> spelledTitles = new ConcurrentHashMap<>();

    /**
     * @param words the English word lists; {@code title-spellings}, {@code royal-titles} and {@code honorifics} are
     *     read when present
     */
    RoyalNames(WordLists words) {
        for (String entry : words.lists().getOrDefault("title-spellings", Set.of())) {
            Set<String> all = new LinkedHashSet<>();
            for (String s : entry.split("[=|]")) {
                if (!s.isBlank()) {
                    all.add(s.strip());
                }
            }
            all.forEach(s ->
                    spellings.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(all));
        }
        for (String title : words.lists().getOrDefault("royal-titles", Set.of())) {
            royalTitles.addAll(spellingsOf(title));
        }
        honorifics = List.copyOf(words.lists().getOrDefault("honorifics", Set.of()));
    }

    /** A title in every spelling, word by word ("Crown Prince"; "Emir" → Emir, Amir, Ameer), itself first. */
    Set<String> spellingsOf(String title) {
        return spelledTitles.computeIfAbsent(title, this::spell);
    }

    private Set<String> spell(String title) {
        List<String> out = new ArrayList<>(List.of(""));
        for (String word : title.split(" ")) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String w : spellings.getOrDefault(word, Set.of(word))) {
                    next.add(prefix.isEmpty() ? w : prefix + " " + w);
                }
            }
            out = next;
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(title);
        all.addAll(out);
        return Collections.unmodifiableSet(all);
    }

    /** The leader's titles in every spelling. */
    Set<String> titles(LeaderInfo leader) {
        Set<String> all = new LinkedHashSet<>();
        leader.titles().forEach(t -> all.addAll(spellingsOf(t)));
        return all;
    }

    /** Whether the leader has a royal title ("King", "Emir", "Sheikh"…), in any spelling. */
    boolean royal(LeaderInfo leader) {
        for (String title : leader.titles()) {
            if (royalTitles.contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** The leader's royal titles in every spelling ("King"; "Emir", "Amir", "Ameer"). */
    Set<String> royalTitles(LeaderInfo leader) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : titles(leader)) {
            if (royalTitles.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A form without the titles and honorifics before it: "Sheikh Tamim bin Hamad Al Thani" → "Tamim bin…". */
    String withoutTitles(String form, Collection<String> titles) {
        String rest = form;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (Collection<String> words : List.of(titles, honorifics)) {
                for (String t : words) {
                    if (rest.length() > t.length() + 1 && rest.startsWith(t) && rest.charAt(t.length()) == ' ') {
                        rest = rest.substring(t.length() + 1);
                        stripped = true;
                    }
                }
            }
        }
        return rest;
    }

    /**
     * The customary short forms of one written name of a leader (the name itself left out): without its titles,
     * given name + first patronymic with and without the family name, and the regnal name with its numeral; each
     * of two words or more.
     */
    Set<String> shortForms(String form, Collection<String> titles) {
        Set<String> out = new LinkedHashSet<>();
        String base = withoutTitles(form, titles);
        int of = base.indexOf(" of ");
        if (of > 0) {
            base = base.substring(0, of); // "Mohammed VI of Morocco", "Abdullah II of Jordan"
        }
        String[] w = base.split(" ");
        if (!GIVEN.matcher(w[0]).matches()) {
            return Set.of(); // "Ibn Saud", "bin Salman": no given name first
        }
        if (Arrays.stream(w)
                .anyMatch(x -> PATRONYMICS.contains(x) || FAMILY.matcher(x).matches())) {
            out.add(base); // "Tamim bin Hamad Al Thani" from "Sheikh Tamim bin Hamad Al Thani", not "Abbas Hoveyda"
        }
        if (w.length >= 3 && PATRONYMICS.contains(w[1])) {
            String shortest = w[0] + " " + w[1] + " " + w[2];
            out.add(shortest); // "Mohammed bin Salman"
            int family = -1;
            for (int i = 3; i < w.length; i++) {
                if (FAMILY.matcher(w[i]).matches()) {
                    family = i;
                    break;
                }
            }
            if (family > 3) { // "Tamim bin Hamad Al Thani" from "Tamim bin Hamad bin Khalifa Al Thani"
                out.add(shortest + " " + String.join(" ", Arrays.copyOfRange(w, family, w.length)));
            }
        }
        for (int i = 1; i < w.length; i++) {
            if (NUMERAL.matcher(w[i]).matches()) {
                if (i + 1 == w.length
                        || PATRONYMICS.contains(w[i + 1])
                        || FAMILY.matcher(w[i + 1]).matches()) {
                    out.add(String.join(" ", Arrays.copyOfRange(w, 0, i + 1))); // "Abdullah II", not "Carl XVI"
                }
                break;
            }
            if (!GIVEN.matcher(w[i]).matches()) {
                break;
            }
        }
        out.remove(form);
        out.removeIf(s -> s.indexOf(' ') < 0);
        return out;
    }

    /** The given name of a royal leader: the first word of the name without titles ("Abdullah", "Tamim"). */
    Optional<String> givenName(LeaderInfo leader) {
        if (!royal(leader)) {
            return Optional.empty();
        }
        String base = withoutTitles(leader.actor().name(), titles(leader));
        String first = base.split("[ ,]")[0];
        return GIVEN.matcher(first).matches() ? Optional.of(first) : Optional.empty();
    }

    /**
     * What the dictionary gains from these rules.
     *
     * @param shortForms derived forms, each naming one leader and no listed form, as aliases
     * @param leaders    every leader with its titles in every spelling and, for royal leaders, the given name
     *                   added to the surnames (by id)
     * @param titleOnly  the surnames that resolve only after a title, as "id|surname"
     * @param dropped    listed forms that are only a royal title + a given name that another leader with the
     *                   title shares ("King Abdullah"): resolved by title, date and state instead
     */
    record Derived(
            List<Alias> shortForms, Map<String, LeaderInfo> leaders, Set<String> titleOnly, Set<String> dropped) {}

    /** Derives short forms, spelled titles and given names for the whole dictionary. */
    Derived derive(ActorDictionary dictionary) {
        Set<String> listed = new HashSet<>();
        dictionary.aliases().forEach(a -> listed.add(a.form()));
        Map<String, Set<String>> owners = new TreeMap<>();
        Map<String, Alias> from = new HashMap<>();
        Map<String, LeaderInfo> leaders = new TreeMap<>();
        Set<String> titleOnly = new HashSet<>();
        for (Alias alias : dictionary.aliases()) {
            if (alias.actor().type() != ActorType.LEADER) {
                continue;
            }
            LeaderInfo leader = dictionary.leader(alias.actor().id()).orElseThrow();
            if (!royal(leader)) {
                continue;
            }
            for (String s : shortForms(alias.form(), titles(leader))) {
                if (!listed.contains(s)) {
                    owners.computeIfAbsent(s, k -> new HashSet<>())
                            .add(leader.actor().id());
                    from.putIfAbsent(s, alias);
                }
            }
        }
        for (Actor actor : dictionary.actors()) {
            if (actor.type() != ActorType.LEADER) {
                continue;
            }
            LeaderInfo info = dictionary.leader(actor.id()).orElseThrow();
            List<String> surnames = new ArrayList<>(info.surnames());
            Optional<String> given = givenName(info);
            if (given.isPresent() && !surnames.contains(given.get())) {
                surnames.add(given.get());
                titleOnly.add(actor.id() + "|" + given.get());
            }
            leaders.put(
                    actor.id(),
                    new LeaderInfo(
                            actor, surnames, info.commonWords(), info.surnameFirst(), titles(info), info.offices()));
        }
        List<Alias> shortForms = new ArrayList<>();
        owners.forEach((form, ids) -> {
            if (ids.size() == 1) {
                Alias source = from.get(form);
                shortForms.add(new Alias(
                        form,
                        source.actor(),
                        AliasKind.ALIAS,
                        false,
                        false,
                        source.origin() + " (short form of \"" + source.form() + "\")"));
            }
        });
        return new Derived(List.copyOf(shortForms), Map.copyOf(leaders), Set.copyOf(titleOnly), dropped(leaders));
    }

    /** Listed forms "King Abdullah" that another leader with that royal title and given name shares. */
    private Set<String> dropped(Map<String, LeaderInfo> leaders) {
        Map<String, Set<String>> byTitledName = new HashMap<>();
        for (LeaderInfo l : leaders.values()) {
            for (String surname : l.surnames()) {
                for (String title : royalTitles(l)) {
                    byTitledName
                            .computeIfAbsent(title + " " + surname, k -> new HashSet<>())
                            .add(l.actor().id());
                }
            }
        }
        Set<String> out = new HashSet<>();
        byTitledName.forEach((form, ids) -> {
            if (ids.size() > 1) {
                out.add(form);
            }
        });
        return Set.copyOf(out);
    }
}
