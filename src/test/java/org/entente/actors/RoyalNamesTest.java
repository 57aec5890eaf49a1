package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorType;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.nlp.NlpEngine;
import org.entente.testing.Cli;
import org.entente.testing.Docs;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Royal and Arabic names (issue 20.4): honorific chains, title spellings, customary short forms and title + given
 * name by date and state. The rules are tested over every royal leader of the dictionary, not only on examples.
 */
class RoyalNamesTest {
    private static ActorDictionary dictionary;
    private static DictionaryResolver resolver;
    private static RoyalNames royal;
    private static NlpEngine engine;

    @BeforeAll
    static void load() {
        dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
        resolver = new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS);
        royal = new RoyalNames(dictionary.wordLists("eng"));
        engine = TestEngines.of("opennlp");
    }

    private static List<String> leaders(String date, String text) {
        Document doc = Docs.of("t", text).withMetadata(new Metadata("", "", date, "", "", Map.of()));
        ResolvedDocument resolved = resolver.resolve(engine.annotate(doc));
        return resolved.mentions().stream()
                .filter(m -> m.actor().type() == ActorType.LEADER)
                .map(m -> m.text() + "=" + m.actor().id() + "/" + m.kind().label())
                .toList();
    }

    @Test
    void spellsTitlesEveryWayTheWordListSays() {
        assertThat(royal.spellingsOf("Emir")).containsExactly("Emir", "Amir", "Ameer");
        assertThat(royal.spellingsOf("Sheikh")).containsExactly("Sheikh", "Shaikh", "Shaykh", "Sheik");
        assertThat(royal.spellingsOf("Crown Prince")).containsExactly("Crown Prince");
    }

    @Test
    void derivesTheCustomaryShortFormsOfLongNames() {
        assertThat(royal.shortForms("Mohammed bin Salman bin Abdulaziz Al Saud", Set.of()))
                .containsExactly("Mohammed bin Salman", "Mohammed bin Salman Al Saud");
        assertThat(royal.shortForms("Sheikh Tamim bin Hamad Al Thani", Set.of("Emir", "Sheikh")))
                .containsExactly("Tamim bin Hamad Al Thani", "Tamim bin Hamad");
        assertThat(royal.shortForms("His Majesty King Mohammed VI", Set.of("King")))
                .containsExactly("Mohammed VI");
        assertThat(royal.shortForms("Abdullah II bin Al-Hussein", Set.of("King")))
                .containsExactly("Abdullah II");
        assertThat(royal.shortForms("Mohammed VI of Morocco", Set.of("King"))).containsExactly("Mohammed VI");
        assertThat(royal.shortForms("Ibn Saud", Set.of("King"))).isEmpty();
    }

    @Test
    void leavesHonorificChainsOutOfTheMention() {
        assertThat(leaders("2021", "His Majesty King Mohammed VI received the envoy."))
                .containsExactly("King Mohammed VI=MOHAMMED_VI/name");
        assertThat(leaders("2021", "His Highness Sheikh Tamim bin Hamad Al Thani spoke."))
                .as("a variant with a title gives way to the name after it")
                .containsExactly("Tamim bin Hamad Al Thani=TAMIM_BIN_HAMAD_AL_THANI/name");
        assertThat(leaders("2021", "Emir Tamim bin Hamad Al Thani spoke."))
                .containsExactly("Tamim bin Hamad Al Thani=TAMIM_BIN_HAMAD_AL_THANI/name");
        assertThat(leaders("2021", "The Custodian of the Two Holy Mosques King Salman received him."))
                .containsExactly("King Salman=SALMAN_BIN_ABDULAZIZ/name");
        assertThat(leaders("2021", "Her Majesty Queen Elizabeth II opened the session."))
                .containsExactly("Queen Elizabeth II=ELIZABETH_II/name");
        assertThat(leaders("2021", "His Royal Highness Crown Prince Mohammed bin Salman arrived."))
                .containsExactly("Mohammed bin Salman=MOHAMMED_BIN_SALMAN/name");
        assertThat(leaders("2021", "Sheikh Mohammed bin Zayed and Sultan Haitham met."))
                .containsExactly(
                        "Mohammed bin Zayed=MOHAMED_BIN_ZAYED/alias", "Sultan Haitham=HAITHAM_BIN_TARIK/alias");
    }

    @Test
    void findsTitlesInTheirOtherSpellingsAndShortFormsOfLongNames() {
        assertThat(leaders("2021", "Amir Tamim and Shaikh Tamim bin Hamad met."))
                .containsExactly(
                        "Tamim=TAMIM_BIN_HAMAD_AL_THANI/title_surname",
                        "Tamim bin Hamad=TAMIM_BIN_HAMAD_AL_THANI/alias");
        assertThat(leaders("2021", "Mohammed bin Salman bin Abdulaziz Al Saud and Juan Carlos I met."))
                .containsExactly("Mohammed bin Salman=MOHAMMED_BIN_SALMAN/name", "Juan Carlos I=JUAN_CARLOS_I/name");
    }

    @Test
    void resolvesKingAbdullahByTheDateAndThenByTheStateTheDocumentNames() {
        String text = "King Abdullah spoke at the summit.";

        assertThat(leaders("2010-03", text + " Jordan hosted it."))
                .containsExactly("Abdullah=ABDULLAH_II_JOR/title_surname");
        assertThat(leaders("2010-03", text + " Saudi Arabia hosted it."))
                .containsExactly("Abdullah=ABDULLAH_BIN_ABDULAZIZ/title_surname");
        assertThat(leaders("2010-03", text)).as("two kings Abdullah, no state").isEmpty();
        assertThat(leaders("2010-03", text + " Jordan and Saudi Arabia hosted it."))
                .as("both states named")
                .isEmpty();
        assertThat(leaders("2020", text))
                .as("and the Sultan of Pahang, King of Malaysia 2019-2024")
                .isEmpty();
        assertThat(leaders("2024-06", text)).containsExactly("Abdullah=ABDULLAH_II_JOR/title_surname");
        assertThat(leaders("", text)).as("no date").isEmpty();
        assertThat(leaders("2020", "Abdullah spoke."))
                .as("a given name needs its title")
                .isEmpty();
    }

    /**
     * Every derived short form of every leader ("Mohammed bin Salman", "Abdullah II", "Tamim bin Hamad") resolves to
     * that leader.
     */
    @Test
    void resolvesEveryDerivedShortFormToItsLeader() {
        RoyalNames.Derived derived = royal.derive(dictionary);
        List<String> misses = new ArrayList<>();
        for (Alias form : derived.shortForms()) {
            List<String> found = leaders("", "On Monday, " + form.form() + " met reporters.");
            if (!found.contains(form.form() + "=" + form.actor().id() + "/alias")) {
                misses.add(form.form() + " → " + form.actor().id() + ": " + found);
            }
        }
        assertThat(derived.shortForms()).hasSizeGreaterThan(30);
        assertThat(misses)
                .as("%d of %d", misses.size(), derived.shortForms().size())
                .isEmpty();
    }

    /**
     * Every royal leader written as each royal title (in every spelling) + given name, after an honorific, in a
     * document dated within each term and naming the state served, resolves to that leader — unless another royal
     * leader with that title and given name served the same state on that day (then the name alone cannot tell
     * them apart: one of them, by the effective-ruler rule, or none is named).
     */
    @Test
    void resolvesEveryRoyalLeaderByTitleAndGivenNameOnTheDateOfEachTerm() {
        RoyalNames.Derived derived = royal.derive(dictionary);
        List<String> misses = new ArrayList<>();
        int tried = 0;
        for (LeaderInfo leader : derived.leaders().values()) {
            String given = royal.givenName(leader).orElse(null);
            if (given == null) {
                continue;
            }
            for (Office term : leader.offices()) {
                LocalDate day = term.start().plusDays(20);
                if (term.end() != null && !day.isBefore(term.end())) {
                    day = term.start();
                }
                String state =
                        dictionary.actor(term.served()).orElseThrow().name().replaceFirst("^[~?]", "");
                for (String title : royal.royalTitles(leader)) {
                    String written = title + " " + given;
                    List<String> rivals = rivals(derived, leader, title, given, day, term.served());
                    List<String> found = leaders(day.toString(), "His Majesty " + written + " spoke. " + state + ".");
                    tried++;
                    boolean named = found.stream()
                            .anyMatch(f -> f.contains("=" + leader.actor().id() + "/"));
                    boolean ok = rivals.isEmpty()
                            ? named
                            : found.stream()
                                    .filter(f -> f.startsWith(given + "="))
                                    .allMatch(f -> named || rivals.stream().anyMatch(r -> f.contains("=" + r + "/")));
                    if (!ok) {
                        misses.add(day + " " + written + " (" + state + ") → " + found + " rivals " + rivals);
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(150);
        assertThat(misses).as("%d of %d", misses.size(), tried).isEmpty();
    }

    /** Other royal leaders written with the title and given name who served the state on the day. */
    private static List<String> rivals(
            RoyalNames.Derived derived, LeaderInfo leader, String title, String given, LocalDate day, String state) {
        List<String> out = new ArrayList<>();
        for (LeaderInfo other : derived.leaders().values()) {
            if (!other.equals(leader)
                    && other.surnames().contains(given)
                    && other.titles().contains(title)
                    && other.offices().stream().anyMatch(o -> o.served().equals(state) && o.covers(day))) {
                out.add(other.actor().id());
            }
        }
        return out;
    }
}
