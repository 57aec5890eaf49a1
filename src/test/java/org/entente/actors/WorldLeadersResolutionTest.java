package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Mention;
import org.entente.model.ResolvedDocument;
import org.entente.nlp.NlpEngine;
import org.entente.testing.Cli;
import org.entente.testing.Docs;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every leader of the dictionary, written in each style a document may use — without diacritics, with UTF-8
 * mis-decoded as Windows-1252, in capitals, with a curly possessive, after an honorific chain, and with a
 * middle initial or middle name between given name and surname — resolves to
 * that leader. The sentences are generated from the dictionary's rows, not picked by hand; a written form that
 * two leaders share (two Andris Bērziņš, or "King Faisal" of Iraq and of Saudi Arabia) is left out, since no
 * resolver can tell them apart by the name alone (RoyalNamesTest resolves the kings by date and state).
 */
class WorldLeadersResolutionTest {
    private static ActorDictionary dictionary;
    private static DictionaryResolver resolver;
    private static NlpEngine engine;

    @BeforeAll
    static void load() {
        dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
        resolver = new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS);
        engine = TestEngines.of("opennlp");
    }

    /** A style: which leaders it applies to (null = skip), and the text it writes for a leader's name. */
    record Style(String name, Function<Actor, String> write, Function<String, String> sentence) {}

    static Stream<Arguments> styles() {
        return Stream.of(
                        new Style("as listed", Actor::name, n -> "On Monday, " + n + " met reporters."),
                        new Style(
                                "without diacritics", a -> ascii(a.name()), n -> "On Monday, " + n + " met reporters."),
                        new Style(
                                "mis-decoded UTF-8",
                                a -> misdecoded(a.name()),
                                n -> "On Monday, " + n + " met reporters."),
                        new Style(
                                "in capitals",
                                a -> a.name().toUpperCase(Locale.ROOT),
                                n -> "REMARKS BY " + n + " AT THE SUMMIT"),
                        new Style("curly possessive", Actor::name, n -> "We welcome " + n + "\u2019s visit."),
                        new Style(
                                "honorific chain",
                                Actor::name,
                                n -> "His Excellency " + n + " addressed the Assembly."),
                        new Style(
                                "middle initial", a -> withMiddle(a, "J."), n -> "On Monday, " + n + " met reporters."),
                        new Style(
                                "middle name",
                                a -> withMiddle(a, "Elisabet"),
                                n -> "On Monday, " + n + " met reporters."))
                .map(Arguments::of);
    }

    /**
     * The leader's listed name with a middle name or initial inserted before the surname ("Donald J. Trump"); null
     * for a name written surname first (Kim Jong Un) or not ending in a listed surname.
     */
    private static String withMiddle(Actor a, String middle) {
        LeaderInfo leader = dictionary.leader(a.id()).orElseThrow();
        if (leader.surnameFirst()) {
            return null;
        }
        return leader.surnames().stream()
                .filter(s -> a.name().endsWith(" " + s))
                .filter(s -> !leader.titles()
                        .contains(a.name().substring(0, a.name().length() - s.length() - 1))) // "King Fahd"
                .findFirst()
                .map(s -> a.name().substring(0, a.name().length() - s.length()) + middle + " " + s)
                .orElse(null);
    }

    private static String ascii(String name) {
        String bare = Spellings.withoutDiacritics(name);
        return bare.equals(name) ? null : bare;
    }

    private static String misdecoded(String name) {
        return Spellings.of(name).stream()
                .filter(s -> !s.equals(Spellings.withoutDiacritics(name)))
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void resolvesEveryLeaderWrittenInTheStyle(Style style) {
        Set<String> sharedTitledNames =
                new RoyalNames(dictionary.wordLists("eng")).derive(dictionary).dropped();
        Map<String, List<String>> byWritten = new HashMap<>();
        for (Actor a : dictionary.actors()) {
            if (a.type() == ActorType.LEADER) {
                String written = style.write().apply(a);
                if (written != null) {
                    byWritten.computeIfAbsent(written, k -> new ArrayList<>()).add(a.id());
                }
            }
        }
        List<String> misses = new ArrayList<>();
        int tried = 0;
        int splitByEngine = 0;
        for (Map.Entry<String, List<String>> e : byWritten.entrySet()) {
            if (e.getValue().size() > 1
                    || sharedTitledNames.stream()
                            .anyMatch(n -> e.getKey().toUpperCase(Locale.ROOT).contains(n.toUpperCase(Locale.ROOT)))) {
                continue; // a name two leaders share; "King Faisal" (of Iraq, of Saudi Arabia) needs the date
            }
            String id = e.getValue().get(0);
            String text = style.sentence().apply(e.getKey());
            AnnotatedDocument annotated = engine.annotate(Docs.of("t", text));
            int begin = annotated.document().text().indexOf(e.getKey().substring(0, 3));
            if (annotated.sentences().stream()
                    .anyMatch(s ->
                            s.begin() > begin && s.begin() < begin + e.getKey().length())) {
                splitByEngine++; // "Louis St. Laurent": the sentence splitter ends a sentence inside the name
                continue;
            }
            ResolvedDocument doc = resolver.resolve(annotated);
            tried++;
            boolean found = doc.mentions().stream()
                    .filter(m -> m.actor().type() == ActorType.LEADER)
                    .map(Mention::actor)
                    .anyMatch(a -> a.id().equals(id));
            if (!found) {
                misses.add(id + ": " + text + " → "
                        + doc.mentions().stream()
                                .map(m -> m.text() + "=" + m.actor().id())
                                .toList());
            }
        }
        assertThat(tried).as("leaders written in this style").isPositive();
        assertThat(splitByEngine).as("names the sentence splitter cuts").isLessThan(tried / 100);
        assertThat(misses)
                .as("%d of %d leaders not resolved", misses.size(), tried)
                .isEmpty();
    }
}
