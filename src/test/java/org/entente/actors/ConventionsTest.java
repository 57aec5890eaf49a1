package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.model.Compound;
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
 * Every row of the counting conventions' tables, resolved by each engine (CoreNLP and OpenNLP with Entente's
 * name finder) and the project dictionary. Each case lists the mentions expected, as
 * text=ACTOR_ID/match_kind, in text order. Both engines must give the same answers; where the OpenNLP engine
 * is allowed to differ, {@link #OPENNLP_DIFFERS} gives its answer and the reason.
 */
class ConventionsTest {
    private static ActorResolver resolver;

    /** The engines under test, by their --engine names. */
    static Stream<String> engines() {
        return Stream.of("corenlp", "opennlp");
    }

    static NlpEngine engine(String name) {
        return TestEngines.of(name);
    }

    /** The conventions' rows: text | mentions expected. Lines starting with # are comments. */
    private static final String CASES = """

            # names
            North Korea and N. Korea met Russia.                  | North Korea=PRK/name N. Korea=PRK/alias Russia=RUS/name
            The United States, the U.S., US forces and America.    | United States=USA/name U.S.=USA/abbreviation US=USA/abbreviation America=USA/alias
            # official names and abbreviations
            The Democratic People's Republic of Korea is the DPRK. | Democratic People's Republic of Korea=PRK/name DPRK=PRK/abbreviation
            The D.P.R.K. and the ROK talked.                       | D.P.R.K.=PRK/abbreviation ROK=KOR/abbreviation
            The Republic of Korea and the PRC signed.              | Republic of Korea=KOR/name PRC=CHN/abbreviation
            The People's Republic of China and the Russian Federation agreed. | People's Republic of China=CHN/name Russian Federation=RUS/name
            # compounds
            The North Korea-Russia summit was held.                | North Korea=PRK/compound_part Russia=RUS/compound_part
            The ROK-U.S.-Japan trilateral cooperation deepened.    | ROK=KOR/compound_part U.S.=USA/compound_part Japan=JPN/compound_part
            The U.S.-China rivalry grew.                           | U.S.=USA/compound_part China=CHN/compound_part
            A Sino-Russian partnership emerged.                    | Sino=CHN/compound_part Russian=RUS/compound_part
            NK-Russia ties and US/ROK drills continued.            | NK=PRK/compound_part Russia=RUS/compound_part US=USA/compound_part ROK=KOR/compound_part
            # possessives
            China's stance and Russia's veto mattered.             | China=CHN/possessive Russia=RUS/possessive
            # capitals for governments, and as places
            Moscow's veto surprised no one.                        | Moscow=RUS/capital
            Washington and Seoul have adapted the alliance.        | Washington=USA/capital Seoul=KOR/capital
            Beijing responded quickly.                             | Beijing=CHN/capital
            Their Kyiv clients complained.                         | Kyiv=UKR/capital
            A summit in Pyongyang was planned.                     |
            After his visit to Kyiv he left.                       |
            Talks held in Beijing ended.                           |
            He works in Washington, D.C. now.                      |
            # demonyms
            Chinese and Russian officials met North Korean and South Korean envoys. | Chinese=CHN/demonym Russian=RUS/demonym North Korean=PRK/demonym South Korean=KOR/demonym
            American diplomats spoke.                              | American=USA/demonym
            # Korea alone is ambiguous; the North, the South, inter-Korean, the two Koreas are not mentions
            Korea agreed.                                          | Korea=KOR/alias?
            The North and the South resumed inter-Korean talks between the two Koreas. |
            # one-state prefixes count but are not compounds
            An anti-DPRK campaign, pro-U.S. voices and Russia-based firms. | DPRK=PRK/abbreviation U.S.=USA/abbreviation Russia=RUS/name
            # treaty titles count
            The U.S.-ROK Mutual Defense Treaty endures.            | U.S.=USA/compound_part ROK=KOR/compound_part
            # regions, geography, institutions are not mentions; a country as a place is
            Tension rose in Northeast Asia, the Korean Peninsula, the South China Sea and the Taiwan Strait. |
            The Bank of China and the Korea Economic Institute of America disagreed. |
            Scholars at the Russian Academy of Sciences wrote.     |
            It happened in Amur Oblast, Russia.                    | Russia=RUS/name
            # a U.S. town named like a country; state media; capitals as the government after "the regime in"
            The plant is in Jordan, Minnesota.                     |
            In Georgia, Armenia and Azerbaijan the protests grew.  | Georgia=GEO/name Armenia=ARM/name Azerbaijan=AZE/name
            Radio Free Europe and China Central Television covered it. |
            The regime in Tehran and the government in Kabul responded. | Tehran=IRN/capital Kabul=AFG/capital
            # Georgia the U.S. state, told apart by the words around it; the country where its own words stand
            A Georgia peach farm near Atlanta, Georgia and Savannah, Georgia sold out. |
            Fulton County, Georgia indicted him. Protesters in Tbilisi, Georgia marched. | Georgia=GEO/name
            Russia and Georgia fought over South Ossetia in 2008.  | Russia=RUS/name Georgia=GEO/name
            # another state's name inside an organ's title is the organ's station, not a state; outside a title it counts
            U.S. Forces Japan, U.S. Naval Forces Korea and U.S. Army Europe trained. | U.S.=USA/abbreviation U.S.=USA/abbreviation U.S.=USA/abbreviation
            The U.S. Embassy in China and the Chinese Embassy in Japan issued visas. | U.S.=USA/abbreviation Chinese=CHN/demonym
            The ROK pledged comprehensive support for U.S. Forces Korea amounting to $33 billion. | ROK=KOR/abbreviation U.S.=USA/abbreviation
            U.S. forces in Japan and the U.S. Army in Iraq stayed.  | U.S.=USA/abbreviation Japan=JPN/name U.S.=USA/abbreviation Iraq=IRQ/name
            """;

    /**
     * Rows where the OpenNLP engine may answer differently, with its answer and why. Empty: the OpenNLP
     * engine answers every row as the CoreNLP engine does.
     */
    static final Map<String, String> OPENNLP_DIFFERS = Map.of();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String engine : engines().toList()) {
            for (String line : CASES.split("\n")) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                String text = parts[0].strip();
                String expected = parts[1].strip();
                if (engine.equals("opennlp") && OPENNLP_DIFFERS.containsKey(text)) {
                    expected = OPENNLP_DIFFERS.get(text);
                }
                cases.add(Arguments.of(engine, text, expected));
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void loadDictionary() {
        resolver = new DictionaryResolver(
                DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), ResolverOptions.DEFAULTS);
    }

    static ResolvedDocument resolve(String engine, String... paragraphs) {
        return resolver.resolve(engine(engine).annotate(Docs.of("t", paragraphs)));
    }

    static String mentions(String engine, String text) {
        return String.join(
                " ",
                resolve(engine, text).mentions().stream()
                        .map(m ->
                                m.text() + "=" + m.actor().id() + "/" + m.kind().label() + (m.ambiguous() ? "?" : ""))
                        .toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void resolvesEachRowOfTheConventions(String engine, String text, String expected) {
        assertThat(mentions(engine, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void resolvesLeadersByFullNameSurnameAndTitle(String engine) {
        ResolvedDocument doc = resolve(
                engine,
                "Kim Jong Un met Vladimir Putin and Xi Jinping.",
                "Later Chairman Kim and President Putin spoke, and Xi Jinping's envoy and Kim Jong-un's aide "
                        + "listened while Putin nodded.");

        assertThat(doc.mentions())
                .extracting(
                        m -> m.text() + "=" + m.actor().id() + "/" + m.kind().label())
                .containsExactly(
                        "Kim Jong Un=KIM_JONG_UN/name",
                        "Vladimir Putin=PUTIN_VLADIMIR/name",
                        "Xi Jinping=XI_JINPING/name",
                        "Kim=KIM_JONG_UN/title_surname",
                        "Putin=PUTIN_VLADIMIR/title_surname",
                        "Xi Jinping=XI_JINPING/possessive",
                        "Kim Jong-un=KIM_JONG_UN/possessive",
                        "Putin=PUTIN_VLADIMIR/surname");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void resolvesAUniqueSurnameWithoutAnEarlierFullName(String engine) {
        assertThat(mentions(engine, "Putin and Xi met."))
                .isEqualTo("Putin=PUTIN_VLADIMIR/surname Xi=XI_JINPING/surname");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void resolvesAGivenNameAndSurnameWithMiddleNamesOrInitialsBetween(String engine) {
        assertThat(mentions(
                        engine,
                        "Cristina Elisabet Fernández de Kirchner met Barack Hussein H. Obama and Emmanuel J. Macron."))
                .isEqualTo("Cristina Elisabet Fernández de Kirchner=FERNANDEZ_DE_KIRCHNER_CRISTINA/name"
                        + " Barack Hussein H. Obama=OBAMA_BARACK/name Emmanuel J. Macron=MACRON_EMMANUEL/name");
        assertThat(mentions(engine, "We welcome Joseph Robinette R. Biden's visit and Israel J. Katz's remarks."))
                .as("a possessive; a state's name inside the person's name")
                .isEqualTo("Joseph Robinette R. Biden=BIDEN_JOE/possessive Israel J. Katz=KATZ_ISRAEL/possessive");
        assertThat(mentions(engine, "Maria J. Macron and Franz Joseph Obama spoke."))
                .as("another given name before the middle initial: another person")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void leavesAnAmbiguousSurnameUnresolvedUntilTheFullNameIsGiven(String engine) {
        assertThat(mentions(engine, "Kim spoke.")).isEmpty();
        assertThat(mentions(engine, "Kim Han-kwon wrote the brief.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void resolvesSurnamesInCapitalsAndWithCurlyPossessives(String engine) {
        assertThat(mentions(engine, "PRESIDENT TRUMP: Thank you. BIDEN spoke and Biden’s aide nodded."))
                .isEqualTo("TRUMP=TRUMP_DONALD/title_surname BIDEN=BIDEN_JOE/surname Biden=BIDEN_JOE/possessive");
        assertThat(mentions(engine, "Pope Pius XI wrote; Chapter XI follows.")).isEmpty();
    }

    private static ResolvedDocument resolveDated(String engine, ResolverOptions options, String date, String text) {
        ActorResolver resolver =
                new DictionaryResolver(DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), options);
        org.entente.model.Document doc = Docs.of("t", text);
        doc = doc.withMetadata(new org.entente.model.Metadata("", "", date, "", "", Map.of()));
        return resolver.resolve(engine(engine).annotate(doc));
    }

    private static List<String> leaders(ResolvedDocument doc) {
        return doc.mentions().stream()
                .filter(m -> m.actor().type() == org.entente.model.ActorType.LEADER)
                .map(m -> m.text() + "=" + m.actor().id() + "/" + m.kind().label())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void resolvesATitleWithASharedSurnameToTheHolderOnTheDocumentsDate(String engine) {
        String text = "Chairman Kim said the talks would go on.";

        assertThat(leaders(resolveDated(engine, ResolverOptions.DEFAULTS, "2018-06-12", text)))
                .containsExactly("Kim=KIM_JONG_UN/title_surname");
        assertThat(leaders(resolveDated(engine, ResolverOptions.DEFAULTS, "2005", text)))
                .containsExactly("Kim=KIM_JONG_IL/title_surname");
        assertThat(leaders(resolveDated(engine, ResolverOptions.DEFAULTS, "", text)))
                .isEmpty();
        assertThat(leaders(resolveDated(engine, new ResolverOptions(true, true, false, false, "2018"), "", text)))
                .as("--date stands in for a missing date")
                .containsExactly("Kim=KIM_JONG_UN/title_surname");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void resolvesRolePhrasesToTheOfficeHolderOnlyWhenAsked(String engine) {
        String text = "The Chinese president met Russia's foreign minister, and the North Korean leader "
                + "wrote to the South Korean prime minister. Chinese President Xi Jinping spoke.";
        ResolverOptions roles = new ResolverOptions(true, true, false, true, "");

        assertThat(leaders(resolveDated(engine, roles, "2019-05", text)))
                .containsExactly(
                        "Chinese president=XI_JINPING/role",
                        "Russia's foreign minister=LAVROV_SERGEY/role",
                        "North Korean leader=KIM_JONG_UN/role",
                        "South Korean prime minister=LEE_NAK_YON/role",
                        "Xi Jinping=XI_JINPING/name");
        assertThat(leaders(resolveDated(engine, ResolverOptions.DEFAULTS, "2019-05", text)))
                .containsExactly("Xi Jinping=XI_JINPING/name");
        assertThat(leaders(resolveDated(engine, roles, "", text)))
                .as("no date, no office holder")
                .containsExactly("Xi Jinping=XI_JINPING/name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void recordsTheConventionsExampleAsOneCompoundWithItsHead(String engine) {
        ResolvedDocument doc = resolve(engine, "The ROK-U.S.-Japan cooperation worries North Korea.");

        assertThat(doc.mentions()).extracting(m -> m.actor().id()).containsExactly("KOR", "USA", "JPN", "PRK");
        assertThat(doc.compounds())
                .extracting(Compound::text, Compound::actorIds, Compound::head)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "ROK-U.S.-Japan", List.of("KOR", "USA", "JPN"), "cooperation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void rollsLeadersUpToTheStateServedOnTheDocumentsDateWhenAsked(String engine) {
        ActorResolver rollup = new DictionaryResolver(
                DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), new ResolverOptions(true, true, true));
        org.entente.model.Document doc = Docs.of("t", "Vladimir Putin met Shinzo Abe and Joe Biden.");
        doc = doc.withMetadata(new org.entente.model.Metadata("", "", "2010-06", "", "", Map.of()));

        assertThat(rollup.resolve(engine(engine).annotate(doc)).mentions())
                .extracting(
                        m -> m.text() + "=" + m.actor().id() + "/" + m.kind().label())
                .containsExactly(
                        "Vladimir Putin=PUTIN_VLADIMIR/name",
                        "Vladimir Putin=RUS/rollup",
                        "Shinzo Abe=ABE_SHINZO/name",
                        "Shinzo Abe=JPN/rollup",
                        "Joe Biden=BIDEN_JOE/name",
                        "Joe Biden=USA/rollup");
        assertThat(mentions(engine, "Vladimir Putin met Shinzo Abe."))
                .isEqualTo("Vladimir Putin=PUTIN_VLADIMIR/name Shinzo Abe=ABE_SHINZO/name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void leavesCapitalsAndDemonymsOutWhenSwitchedOff(String engine) {
        ActorResolver strict = new DictionaryResolver(
                DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), new ResolverOptions(false, false, false));
        ResolvedDocument doc = strict.resolve(
                engine(engine).annotate(Docs.of("t", "Moscow's veto angered Chinese diplomats and Japan.")));

        assertThat(doc.mentions()).extracting(Mention::text).containsExactly("Japan");
    }
}
