package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.testing.Cli;
import org.entente.testing.Docs;
import org.entente.testing.TestEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The English name rules of {@link PersonAndAgencyNames} and the sports clubs of models/exclusions.tsv, with both
 * engines: a state's name that is also a given name before a surname is a person ("Jordan Spieth"), a club named
 * after a capital is an organisation ("Rapid Vienna"), an agency named after a state is its organ ("the US National
 * Cancer Institute"). Sentences written for this test.
 */
class EnglishNameRulesTest {
    private static ActorResolver resolver;

    /** text | STATE mentions expected, as text=ID, in text order. */
    private static final String CASES = """
            # a given name before a surname: a person, not the state
            Jordan Spieth and Justin Thomas won both of their matches.           |
            "We kept our lead," said Jordan Spieth after the round.              |
            Georgia Smith, a nurse from Leeds, waited four hours for a bed.      |
            The singer India Arie released a new album on Friday.                |
            Kenya Moore appeared on the show last night.                         |
            Israel Adesanya defended his title in the main event.                |
            Goals from Mike Sullivan and Jordan Cownie levelled the game.        |
            # the state: a possessive, a title, an organ, a day, another state, a headline
            Jordan's King Abdullah met the Egyptian president in Cairo.          | Jordan=JOR Egyptian=EGY
            Chad President Idriss Deby visited the troops.                       | Chad=TCD
            The Israel Defense Forces said the strike hit a depot.               | Israel=ISR
            Aid convoys reached Chad Saturday, officials said.                   | Chad=TCD
            He signed the Jordan Israel peace treaty in 1994.                    | Jordan=JOR Israel=ISR
            Exports From Jordan Climb Sharply                                    | Jordan=JOR
            Jordan and Israel signed a water agreement.                          | Jordan=JOR Israel=ISR
            He defended the One China Policy in the debate.                      | China=CHN
            Officials said the Paris Hilton hotel and its India Initiative would grow. | India=IND
            # sports clubs named after a capital or a country
            Rangers host Rapid Vienna in the Europa League on Thursday.          |
            He was close to joining Real Madrid from Manchester United.          |
            Atletico Madrid beat Dynamo Moscow, and Red Star Belgrade drew with Sporting Lisbon. |
            Sparta Prague signed a striker from Austria Vienna.                  |
            # a state's agencies are its organs; a state's name in an institute's name is not
            Dr. Ann Lee of the US National Cancer Institute in Bethesda led the trial. | US=USA
            The U.S. Environmental Protection Agency issued a rule.              | U.S.=USA
            The Japan Meteorological Agency issued a tsunami warning.            | Japan=JPN
            The Korea Economic Institute hosted the event.                       |
            The China News Agency denied the report.                             |
            # events and names after a capital
            Francesco Molinari won the British Open in 2018.                     |
            During London Fashion Week, the designer showed her collection.      |
            The nanny, who was African-American, was fired.                      | American=USA
            # a state's abbreviation that ends an organisation's name
            The survey, by Digital Awareness UK and a heads' conference, was published. |
            A report by Amnesty International USA criticised the policy.         |
            Officials of the UK and the US met Foreign Secretary Lammy in London. | UK=GBR US=USA
            """;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String engine : List.of("corenlp", "opennlp")) {
            for (String line : CASES.split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    String[] parts = line.split("\\|", -1);
                    cases.add(Arguments.of(engine, parts[0].strip(), parts[1].strip()));
                }
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void loadDictionary() {
        resolver = new DictionaryResolver(
                DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), ResolverOptions.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void countsAStateOnlyWhereItIsNotPartOfAPersonClubOrInstitutionName(String engine, String text, String expected) {
        String states = String.join(
                " ",
                resolver.resolve(TestEngines.of(engine).annotate(Docs.of("t", text))).mentions().stream()
                        .filter(m -> m.actor().type() == org.entente.model.ActorType.STATE)
                        .map(m -> m.text() + "=" + m.actor().id())
                        .toList());
        assertThat(states).isEqualTo(expected);
    }
}
