package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryLoaderTest {
    private static final String STATES = """
            # a comment
            id\tname\tofficial_name\taliases\tabbreviations\tdemonyms\tcapitals\tcombining_forms\twikidata
            PRK\tNorth Korea\tDemocratic People's Republic of Korea\tN. Korea\tDPRK\tNorth Korean\tPyongyang\t\tQ423
            KOR\tSouth Korea\tRepublic of Korea\t?Korea\tROK\tSouth Korean\tSeoul\t\tQ884
            RUS\tRussia\tRussian Federation\t\t\tRussian\tMoscow\tRusso\tQ159
            """;
    private static final String ORGS =
            "id\tname\taliases\tabbreviations\twikidata\nUN\tUnited Nations\t\tUN|U.N.\tQ1065\n";
    private static final String LEADERS = """
            id\tname\tvariants\tsurname\ttitles\twikidata
            PUTIN_VLADIMIR\tVladimir Putin\t\tPutin\tPresident|Prime Minister\tQ7747
            KIM_JONG_UN\tKim Jong Un\tKim Jong-un\tKim\tChairman\t
            """;
    private static final String OFFICES = """
            leader_id\tserved\toffice\tstart\tend\tnote
            PUTIN_VLADIMIR\tRUS\thead_of_state\t2000-05-07\t2008-05-07\t
            PUTIN_VLADIMIR\tRUS\thead_of_government\t2008-05-08\t2012-05-07\t
            PUTIN_VLADIMIR\tRUS\thead_of_state\t2012-05-07\t\t
            KIM_JONG_UN\tPRK\tsupreme_leader\t2011-12-17\t\t
            """;
    private static final String EXCLUSIONS = "phrase\treason\nKorean Peninsula\tgeography\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeValidDictionary() throws IOException {
        write("states.tsv", STATES);
        write("orgs.tsv", ORGS);
        write("leaders.tsv", LEADERS);
        write("offices.tsv", OFFICES);
        write("exclusions.tsv", EXCLUSIONS);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void loadsActorsFormsAndDatedOffices() {
        ActorDictionary d = DictionaryLoader.load(dir, List.of());

        assertThat(d.actors())
                .extracting(Actor::id)
                .containsExactly("KIM_JONG_UN", "KOR", "PRK", "PUTIN_VLADIMIR", "RUS", "UN");
        assertThat(d.actor("PUTIN_VLADIMIR"))
                .contains(new Actor("PUTIN_VLADIMIR", ActorType.LEADER, "Vladimir Putin", "RUS", "Q7747"));
        assertThat(d.aliases())
                .filteredOn(a -> a.form().equals("Korea"))
                .singleElement()
                .satisfies(a -> assertThat(a.ambiguous()).isTrue());
        assertThat(d.servedOn("PUTIN_VLADIMIR", LocalDate.of(2010, 1, 1))).contains("RUS");
        assertThat(d.leadersBySurname().get("Kim"))
                .extracting(l -> l.actor().id())
                .containsExactly("KIM_JONG_UN");
        assertThat(d.leader("KIM_JONG_UN").orElseThrow().surnameFirst()).isTrue();
        assertThat(d.exclusions()).containsExactly("Korean Peninsula");
    }

    @Test
    void rejectsAnAliasThatNamesTwoActors() throws IOException {
        write("states.tsv", STATES + "CHN\tChina\tPeople's Republic of China\tKorea\t\t\t\t\t\n");

        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .isInstanceOf(DictionaryException.class)
                .hasMessage(dir.resolve("states.tsv") + ":6: \"Korea\" (aliases of CHN) already names KOR ("
                        + dir.resolve("states.tsv") + ":4); expected each form to name one actor");
    }

    @Test
    void rejectsADuplicateId() throws IOException {
        write("states.tsv", STATES + "RUS\tRussia again\t\t\t\t\t\t\t\n");

        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(dir.resolve("states.tsv") + ":6: duplicate id RUS (first at " + dir.resolve("states.tsv")
                        + ":5); expected each id once");
    }

    @Test
    void rejectsOverlappingTermsOfOneOffice() throws IOException {
        write("offices.tsv", OFFICES + "KIM_JONG_UN\tRUS\thead_of_state\t2007-01-01\t2007-12-31\t\n");

        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(dir.resolve("offices.tsv") + ":6: term 2007-01-01..2007-12-31 of KIM_JONG_UN as "
                        + "head_of_state of RUS overlaps PUTIN_VLADIMIR (" + dir.resolve("offices.tsv")
                        + ":2); expected terms of one office not to overlap");
    }

    @Test
    void acceptsJuntaMembersSittingTogetherButNotOverlappingHeadsOfState() throws IOException {
        String junta = OFFICES
                + "PUTIN_VLADIMIR\tPRK\tjunta_member\t1990-01-01\t1991-01-01\t\n"
                + "KIM_JONG_UN\tPRK\tjunta_member\t1990-06-01\t1991-06-01\t\n";
        write("offices.tsv", junta);

        ActorDictionary d = DictionaryLoader.load(dir, List.of());

        assertThat(d.leader("KIM_JONG_UN").orElseThrow().offices())
                .extracting(Office::office, Office::startText, Office::endText)
                .containsExactly(
                        tuple("junta_member", "1990-06-01", "1991-06-01"), tuple("supreme_leader", "2011-12-17", ""));

        write("offices.tsv", junta.replace("\tjunta_member\t", "\tadministrator\t"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageContaining("offices.tsv:7: term 1990-06-01..1991-06-01 of KIM_JONG_UN as administrator of "
                        + "PRK overlaps PUTIN_VLADIMIR");
    }

    @Test
    void rejectsAnUnknownOfficeAndABadDate() throws IOException {
        write("offices.tsv", OFFICES + "KIM_JONG_UN\tPRK\temperor\t2011-12-17\t\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageEndingWith("offices.tsv:6: office \"emperor\"; expected one of administrator, "
                        + "de_facto_ruler, defence_minister, foreign_minister, head_of_government, head_of_state, "
                        + "junta_member, secretary_general, supreme_leader");

        write("offices.tsv", OFFICES + "KIM_JONG_UN\tPRK\thead_of_state\t17/12/2011\t\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageEndingWith("offices.tsv:6: start \"17/12/2011\"; expected a date yyyy-mm-dd or yyyy-mm");
    }

    @Test
    void acceptsMonthPrecisionTerms() throws IOException {
        write(
                "offices.tsv",
                OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2001-03\t2002-02-04\t\n"
                        + "KIM_JONG_UN\tKOR\tdefence_minister\t2003-02-27\t2004-07\t\n");

        ActorDictionary d = DictionaryLoader.load(dir, List.of());

        List<Office> terms = d.leader("KIM_JONG_UN").orElseThrow().offices();
        assertThat(terms)
                .filteredOn(o -> o.office().equals("foreign_minister"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.start()).isEqualTo(LocalDate.of(2001, 3, 1));
                    assertThat(o.startApproximate()).isTrue();
                    assertThat(o.end()).isEqualTo(LocalDate.of(2002, 2, 4));
                    assertThat(o.endApproximate()).isFalse();
                    assertThat(o.startText() + ".." + o.endText()).isEqualTo("2001-03..2002-02-04");
                });
        assertThat(terms)
                .filteredOn(o -> o.office().equals("defence_minister"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.startApproximate()).isFalse();
                    assertThat(o.end()).isEqualTo(LocalDate.of(2004, 7, 1));
                    assertThat(o.endApproximate()).isTrue();
                });
        assertThat(terms)
                .filteredOn(o -> o.office().equals("supreme_leader"))
                .singleElement()
                .satisfies(o ->
                        assertThat(o.startApproximate() || o.endApproximate()).isFalse());
        assertThat(d.servedOn("KIM_JONG_UN", LocalDate.of(2001, 3, 1))).contains("KOR");
    }

    @Test
    void monthPrecisionHandoverDoesNotOverlap() throws IOException {
        write("leaders.tsv", LEADERS + "MOON_JAE_IN\tMoon Jae-in\t\t?Moon\tPresident\t\n");
        write(
                "offices.tsv",
                OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2010-10\t2014-04\t\n"
                        + "MOON_JAE_IN\tKOR\tforeign_minister\t2014-04\t2016-05-02\t\n");

        assertThat(DictionaryLoader.load(dir, List.of())
                        .leader("MOON_JAE_IN")
                        .orElseThrow()
                        .offices())
                .singleElement()
                .satisfies(o -> assertThat(o.start()).isEqualTo(LocalDate.of(2014, 4, 1)));

        write(
                "offices.tsv",
                OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2010-10\t2014-05\t\n"
                        + "MOON_JAE_IN\tKOR\tforeign_minister\t2014-04\t2016-05-02\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(dir.resolve("offices.tsv") + ":7: term 2014-04..2016-05-02 of MOON_JAE_IN as "
                        + "foreign_minister of KOR overlaps KIM_JONG_UN (" + dir.resolve("offices.tsv")
                        + ":6); expected terms of one office not to overlap");
    }

    @Test
    void rejectsYearOnlyDate() throws IOException {
        write("offices.tsv", OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2001\t2002-02\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .isInstanceOf(DictionaryException.class)
                .hasMessage(dir.resolve("offices.tsv") + ":6: start \"2001\"; expected a date yyyy-mm-dd or yyyy-mm");

        write("offices.tsv", OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2001-03\t2002\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(dir.resolve("offices.tsv") + ":6: end \"2002\"; expected a date yyyy-mm-dd or yyyy-mm "
                        + "or nothing");
    }

    @Test
    void rejectsAnImpossibleMonthAndAnEndBeforeTheStartMonth() throws IOException {
        write("offices.tsv", OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2001-13\t\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(
                        dir.resolve("offices.tsv") + ":6: start \"2001-13\"; expected a date yyyy-mm-dd or yyyy-mm");

        write("offices.tsv", OFFICES + "KIM_JONG_UN\tKOR\tforeign_minister\t2001-03-15\t2001-03\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(dir.resolve("offices.tsv") + ":6: end 2001-03 before start 2001-03-15; expected end on "
                        + "or after start");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfColumnsAndAnUnknownHeader() throws IOException {
        write("orgs.tsv", ORGS + "NATO\tNorth Atlantic Treaty Organization\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageEndingWith("orgs.tsv:3: 2 columns; expected 5 tab-separated columns "
                        + "(id, name, aliases, abbreviations, wikidata)");

        write("orgs.tsv", "code\tlabel\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageEndingWith("orgs.tsv:1: unknown header \"code\\tlabel\"; expected the columns of states, "
                        + "orgs, leaders, offices or exclusions (models/README.md)");
    }

    @Test
    void rejectsAnOfficeOfAnUnknownLeaderOrState() throws IOException {
        write("offices.tsv", OFFICES + "MOON_JAE_IN\tKOR\thead_of_state\t2017-05-10\t2022-05-09\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageEndingWith(
                        "offices.tsv:6: leader_id MOON_JAE_IN is not in leaders.tsv; expected the id " + "of a leader");

        write("offices.tsv", OFFICES + "KIM_JONG_UN\tXYZ\thead_of_state\t2011-12-17\t\t\n");
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessageEndingWith("offices.tsv:6: served \"XYZ\" is not a state or organisation id; expected "
                        + "an id from states.tsv or orgs.tsv");
    }

    @Test
    void letsAUserFileReplaceAndAddRows() throws IOException {
        Path user = write(
                "mine.tsv",
                "id\tname\taliases\tabbreviations\twikidata\n"
                        + "UN\tThe United Nations Organization\t\tUN\t\nQUAD\tQuad\tQuadrilateral Security Dialogue\t\t\n");

        ActorDictionary d = DictionaryLoader.load(dir, List.of(user));

        assertThat(d.actor("UN").orElseThrow().name()).isEqualTo("The United Nations Organization");
        assertThat(d.actor("QUAD")).isPresent();
        assertThat(d.aliases()).extracting(Alias::form).doesNotContain("U.N.");
    }

    /** states.tsv and leaders.tsv with the columns of schema 4 (COW keys, dates of existence, Archigos id). */
    private static final String STATES_KEYED = """
            id\tname\tofficial_name\taliases\tabbreviations\tdemonyms\tcapitals\tcombining_forms\twikidata\tcow_code\tcow_number\tstart\tend
            PRK\tNorth Korea\t\t\tDPRK\t\t\t\tQ423\tPRK\t731\t1948-09-09\t
            KOR\tSouth Korea\t\t\tROK\t\t\t\tQ884\tROK\t732\t1948-08\t
            RUS\tRussia\t\t\t\t\t\t\tQ159\tRUS\t365\t1991-12-26\t
            SUN\tSoviet Union\t\t\tUSSR\t\t\t\t\tRUS\t365\t\t1991-12-26
            """;

    private static final String LEADERS_KEYED = """
            id\tname\tvariants\tsurname\ttitles\twikidata\tarchigos_id
            PUTIN_VLADIMIR\tVladimir Putin\t\tPutin\tPresident\tQ7747\t81dcc176-1e42-11e4-b4cd-db5882bf8def
            KIM_JONG_UN\tKim Jong Un\t\tKim\tChairman\t\t
            """;

    @Test
    void loadsTheKeysOfOtherDataSets() throws IOException {
        write("states.tsv", STATES_KEYED);
        write("leaders.tsv", LEADERS_KEYED);

        ActorDictionary d = DictionaryLoader.load(dir, List.of());

        assertThat(d.actor("PRK").orElseThrow().keys()).isEqualTo(new Actor.Keys("Q423", "PRK", "731", ""));
        assertThat(d.actor("SUN").orElseThrow().keys()).isEqualTo(new Actor.Keys("", "RUS", "365", ""));
        assertThat(d.actor("PUTIN_VLADIMIR").orElseThrow().keys())
                .isEqualTo(new Actor.Keys("Q7747", "", "", "81dcc176-1e42-11e4-b4cd-db5882bf8def"));
        assertThat(d.actor("KIM_JONG_UN").orElseThrow().keys()).isEqualTo(Actor.Keys.NONE);
    }

    @Test
    void rejectsABadCowCodeOrNumber() throws IOException {
        Path states = dir.resolve("states.tsv");
        write("states.tsv", STATES_KEYED.replace("\tPRK\t731\t", "\tprk\t731\t"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .isInstanceOf(DictionaryException.class)
                .hasMessage(states + ":2: cow_code \"prk\"; expected a Correlates of War letter code such as PRK "
                        + "or ROK, or nothing");

        write("states.tsv", STATES_KEYED.replace("\tROK\t732\t", "\tROK\t0732\t"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(states + ":3: cow_number \"0732\"; expected a Correlates of War state number such as "
                        + "731, or nothing");

        write("states.tsv", STATES_KEYED.replace("\tRUS\t365\t1991", "\tRUS\tRussia\t1991"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(states + ":4: cow_number \"Russia\"; expected a Correlates of War state number such as "
                        + "731, or nothing");
    }

    @Test
    void rejectsABadStartOrEndOfAState() throws IOException {
        Path states = dir.resolve("states.tsv");
        write("states.tsv", STATES_KEYED.replace("1948-09-09", "1948"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(states + ":2: start \"1948\"; expected a date yyyy-mm-dd or yyyy-mm or nothing");

        write("states.tsv", STATES_KEYED.replace("\t\t1991-12-26", "\t\t26.12.1991"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(states + ":5: end \"26.12.1991\"; expected a date yyyy-mm-dd or yyyy-mm or nothing");

        write("states.tsv", STATES_KEYED.replace("1991-12-26\t\n", "1991-12-26\t1991-12\n"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(
                        states + ":4: end 1991-12 before start 1991-12-26 of RUS; expected end on or after " + "start");
    }

    @Test
    void rejectsABadArchigosId() throws IOException {
        Path leaders = dir.resolve("leaders.tsv");
        write("leaders.tsv", LEADERS_KEYED.replace("81dcc176-1e42", "81DCC176-1e42"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .isInstanceOf(DictionaryException.class)
                .hasMessage(leaders + ":2: archigos_id \"81DCC176-1e42-11e4-b4cd-db5882bf8def\"; expected "
                        + EXPECTED_ARCHIGOS_ID);

        write("leaders.tsv", LEADERS_KEYED.replace("\tChairman\t\t", "\tChairman\t\tRUS-2000"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(leaders + ":3: archigos_id \"RUS-2000\"; expected " + EXPECTED_ARCHIGOS_ID);

        String twice = "81dcc176-1e42-11e4-b4cd-db5882bf8def|81dcc176-1e42-11e4-b4cd-db5882bf8def";
        write("leaders.tsv", LEADERS_KEYED.replace("81dcc176-1e42-11e4-b4cd-db5882bf8def", twice));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(leaders + ":2: archigos_id \"" + twice + "\"; expected " + EXPECTED_ARCHIGOS_ID);

        write("leaders.tsv", LEADERS_KEYED.replace("def\n", "def|\n"));
        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(leaders + ":2: archigos_id \"81dcc176-1e42-11e4-b4cd-db5882bf8def|\"; expected "
                        + EXPECTED_ARCHIGOS_ID);
    }

    private static final String EXPECTED_ARCHIGOS_ID = "an Archigos leadid (a UUID such as "
            + "81dcc176-1e42-11e4-b4cd-db5882bf8def), several different ones joined by |, or nothing";

    @Test
    void keepsSeveralArchigosIdsOfOnePersonInTheirOrder() throws IOException {
        String both = "81dcc176-1e42-11e4-b4cd-db5882bf8def|0edcc4a2-df39-11e5-ba44-bb6d7c1a9a58";
        write("states.tsv", STATES_KEYED);
        write("leaders.tsv", LEADERS_KEYED.replace("81dcc176-1e42-11e4-b4cd-db5882bf8def", both));

        Actor.Keys keys = DictionaryLoader.load(dir, List.of())
                .actor("PUTIN_VLADIMIR")
                .orElseThrow()
                .keys();

        assertThat(keys.archigos()).isEqualTo(both);
        assertThat(keys.archigosIds())
                .containsExactly("81dcc176-1e42-11e4-b4cd-db5882bf8def", "0edcc4a2-df39-11e5-ba44-bb6d7c1a9a58");
    }

    @Test
    void loadsAUserFileWithTheEarlierHeadersOverAKeyedDictionary() throws IOException {
        write("states.tsv", STATES_KEYED);
        write("leaders.tsv", LEADERS_KEYED);
        Path userStates = write("my-states.tsv", """
                id\tname\tofficial_name\taliases\tabbreviations\tdemonyms\tcapitals\tcombining_forms\twikidata
                PRK\tDPRK state\t\t\t\t\t\t\tQ423
                JPN\tJapan\t\t\t\t\t\t\tQ17
                """);
        Path userLeaders = write("my-leaders.tsv", """
                id\tname\tvariants\tsurname\ttitles\twikidata
                PUTIN_VLADIMIR\tVladimir V. Putin\t\tPutin\tPresident\t
                """);

        ActorDictionary d = DictionaryLoader.load(dir, List.of(userStates, userLeaders));

        assertThat(d.actor("PRK").orElseThrow()).isEqualTo(new Actor("PRK", ActorType.STATE, "DPRK state", "", "Q423"));
        assertThat(d.actor("JPN").orElseThrow().keys()).isEqualTo(new Actor.Keys("Q17", "", "", ""));
        assertThat(d.actor("PUTIN_VLADIMIR").orElseThrow().keys()).isEqualTo(Actor.Keys.NONE);
        assertThat(d.actor("KOR").orElseThrow().keys()).isEqualTo(new Actor.Keys("Q884", "ROK", "732", ""));
    }

    @Test
    void namesTheMissingFile() throws IOException {
        Files.delete(dir.resolve("leaders.tsv"));

        assertThatThrownBy(() -> DictionaryLoader.load(dir, List.of()))
                .hasMessage(dir.resolve("leaders.tsv") + ": file not found; expected the dictionary file leaders.tsv");
    }
}
