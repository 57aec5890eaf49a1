package org.entente.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.testing.IdText.p;
import static org.entente.testing.IdText.resolved;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.CoMention;
import org.entente.model.CoMentionUnit;
import org.entente.model.CueClass;
import org.entente.model.CueCounts;
import org.entente.model.DocCoMention;
import org.entente.model.Document;
import org.entente.model.DocumentRelations;
import org.entente.model.Metadata;
import org.entente.model.Period;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;

class CoMentionCounterTest {
    static final CueLexicon CUES = CueLexicon.load(Cli.HOME.resolve("models/cues.tsv"));
    private static final CoMentionCounter SENTENCE_STATES =
            new CoMentionCounter(Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 3, CUES);
    private static final CueCounts ONE_WITHOUT_CUE = new CueCounts(0, 0, 0, 0, 0, 1);

    private static DocCoMention plain(Scope scope, int units, String... ids) {
        return new DocCoMention(scope, List.of(ids), units, new CueCounts(0, 0, 0, 0, 0, units));
    }

    @Test
    void countsTheConventionsExampleAsSixDyadsAndFourTriads() {
        // "The ROK-U.S.-Japan cooperation worries North Korea." -> {JPN, KOR, PRK, USA}; cue: cooperation
        ResolvedDocument doc = resolved("d", p("The KOR USA JPN cooperation worries PRK ."));
        CueCounts cooperation = new CueCounts(1, 0, 0, 0, 0, 0);

        assertThat(SENTENCE_STATES.count(doc).coMentions())
                .extracting(DocCoMention::actorIds)
                .containsExactly(
                        List.of("JPN", "KOR"),
                        List.of("JPN", "PRK"),
                        List.of("JPN", "USA"),
                        List.of("KOR", "PRK"),
                        List.of("KOR", "USA"),
                        List.of("PRK", "USA"),
                        List.of("JPN", "KOR", "PRK"),
                        List.of("JPN", "KOR", "USA"),
                        List.of("JPN", "PRK", "USA"),
                        List.of("KOR", "PRK", "USA"));
        assertThat(SENTENCE_STATES.count(doc).coMentions())
                .allSatisfy(c -> assertThat(c.units()).isEqualTo(1))
                .allSatisfy(c -> assertThat(c.cues()).isEqualTo(cooperation));
    }

    @Test
    void countsDyadOncePerSentenceHoweverOftenItsActorsRepeat() {
        ResolvedDocument doc = resolved("d", p("PRK and RUS , PRK and RUS .", "RUS with PRK ."));

        assertThat(SENTENCE_STATES.count(doc).coMentions())
                .containsExactly(
                        new DocCoMention(Scope.SENTENCE, List.of("PRK", "RUS"), 2, new CueCounts(0, 0, 0, 0, 0, 2)));
    }

    @Test
    void countsNothingForSentencesWithOneActor() {
        assertThat(SENTENCE_STATES
                        .count(resolved("d", p("PRK .", "RUS ."), p("CHN .")))
                        .coMentions())
                .isEmpty();
    }

    @Test
    void countsEachScopeInItsOwnUnits() {
        CoMentionCounter all = new CoMentionCounter(
                Set.of(ActorType.STATE),
                List.of(Scope.SENTENCE, Scope.PARAGRAPH, Scope.DOCUMENT, Scope.window(4)),
                2,
                CUES);
        // tokens: 0 PRK 1 . 2 RUS 3 . | 4 PRK 5 RUS 6 . | 7 a 8 b 9 CHN
        ResolvedDocument doc = resolved("d", p("PRK .", "RUS ."), p("PRK RUS ."), p("a b CHN"));

        assertThat(all.count(doc).coMentions())
                .containsExactly(
                        plain(Scope.SENTENCE, 1, "PRK", "RUS"),
                        plain(Scope.PARAGRAPH, 2, "PRK", "RUS"),
                        plain(Scope.DOCUMENT, 1, "CHN", "PRK"),
                        plain(Scope.DOCUMENT, 1, "CHN", "RUS"),
                        plain(Scope.DOCUMENT, 1, "PRK", "RUS"),
                        plain(Scope.window(4), 2, "PRK", "RUS"));
    }

    @Test
    void cutsWindowsAtFixedTokenBoundariesAcrossSentences() {
        CoMentionCounter windows = new CoMentionCounter(Set.of(ActorType.STATE), List.of(Scope.window(3)), 2, CUES);
        // window 0 = tokens 0-2 "x x PRK", window 1 = tokens 3-5 ". RUS CHN": PRK and RUS are in different windows
        ResolvedDocument doc = resolved("d", p("x x PRK .", "RUS CHN x ."));

        assertThat(windows.count(doc).coMentions()).containsExactly(plain(Scope.window(3), 1, "CHN", "RUS"));
    }

    @Test
    void leavesLeadersOutUnlessTheRunCountsThem() {
        ResolvedDocument doc = resolved("d", p("PRK talks with PUTIN_VLADIMIR ."));

        assertThat(SENTENCE_STATES.count(doc).coMentions()).isEmpty();
        assertThat(new CoMentionCounter(Set.of(ActorType.STATE, ActorType.LEADER), List.of(Scope.SENTENCE), 3, CUES)
                        .count(doc)
                        .coMentions())
                .containsExactly(new DocCoMention(
                        Scope.SENTENCE, List.of("PRK", "PUTIN_VLADIMIR"), 1, new CueCounts(1, 0, 0, 0, 0, 0)));
    }

    @Test
    void splitsUnitsByTheCueClassesFoundInThem() {
        ResolvedDocument doc = resolved(
                "d",
                p(
                        "PRK and RUS signed a treaty .",
                        "USA imposed sanctions on PRK and RUS .",
                        "RUS shipped munitions to PRK amid tension .",
                        "PRK and RUS relations .",
                        "PRK RUS ."));

        DocumentRelations relations = SENTENCE_STATES.count(doc);

        assertThat(relations.coMentions())
                .filteredOn(c -> c.actorIds().equals(List.of("PRK", "RUS")))
                .containsExactly(
                        new DocCoMention(Scope.SENTENCE, List.of("PRK", "RUS"), 5, new CueCounts(1, 1, 1, 1, 1, 1)));
        assertThat(relations.sentenceCues())
                .containsExactly(
                        Set.of(CueClass.VERBAL_COOPERATION),
                        Set.of(CueClass.MATERIAL_CONFLICT),
                        Set.of(CueClass.MATERIAL_COOPERATION, CueClass.VERBAL_CONFLICT),
                        Set.of(CueClass.NEUTRAL),
                        Set.of());
    }

    @Test
    void keepsEachCoMentionUnitAsEvidence() {
        ResolvedDocument doc = resolved("d", p("PRK alone .", "PRK and CHN talks ."));

        assertThat(SENTENCE_STATES.count(doc).units())
                .containsExactly(new CoMentionUnit(
                        Scope.SENTENCE, 1, 12, 31, List.of("CHN", "PRK"), Set.of(CueClass.VERBAL_COOPERATION)));
    }

    @Test
    void sumsUnitsAndCountsDocumentsWithDatesInCorpusTotals() {
        CorpusTotals totals = new CorpusTotals(Period.QUARTER);
        for (ResolvedDocument doc : List.of(
                dated(resolved("a", p("PRK RUS .", "PRK RUS war .")), "2024-06-19"),
                dated(resolved("b", p("RUS PRK .")), "2023-09-13"),
                resolved("c", p("RUS PRK .")))) {
            totals.addDocument(doc, SENTENCE_STATES.count(doc));
        }

        assertThat(totals.counts().coMentions(2, 2))
                .containsExactly(new CoMention(
                        Scope.SENTENCE,
                        List.of("PRK", "RUS"),
                        4,
                        3,
                        "2023-09-13",
                        "2024-06-19",
                        new CueCounts(0, 0, 0, 1, 0, 3)));
        assertThat(totals.counts().coMentions(3, 3)).isEmpty();
    }

    @Test
    void countsSetsOfFourWhenAskedFor() {
        CoMentionCounter four = new CoMentionCounter(Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 4, CUES);

        assertThat(four.count(resolved("d", p("PRK RUS CHN USA ."))).coMentions())
                .filteredOn(c -> c.arity() == 4)
                .containsExactly(
                        new DocCoMention(Scope.SENTENCE, List.of("CHN", "PRK", "RUS", "USA"), 1, ONE_WITHOUT_CUE));
    }

    @Test
    void countsTheSameFromEvidenceOnceTheTokensAreDropped() {
        CoMentionCounter all = new CoMentionCounter(
                Set.of(ActorType.STATE),
                List.of(Scope.SENTENCE, Scope.PARAGRAPH, Scope.DOCUMENT, Scope.window(3), Scope.window(4)),
                3,
                CUES);
        ResolvedDocument doc = resolved(
                "d",
                p("PRK and RUS signed a treaty .", "USA imposed sanctions on PRK ."),
                p("RUS shipped munitions to PRK amid tension with CHN ."),
                p("a b c"),
                p("CHN and USA relations ."));
        CoMentionCounter.Evidence evidence = all.evidence(doc);
        ResolvedDocument withoutTokens = doc.withoutTokens();

        assertThat(withoutTokens.annotated().sentences())
                .allSatisfy(s -> assertThat(s.tokens()).isEmpty());
        assertThat(all.count(withoutTokens, evidence)).isEqualTo(all.count(doc));
        assertThat(all.count(doc).units()).extracting(CoMentionUnit::scope).contains(Scope.window(3), Scope.window(4));
    }

    /** The document with the given date in its metadata. */
    static ResolvedDocument dated(ResolvedDocument doc, String date) {
        Document d = doc.document().withMetadata(new Metadata("", "", date, "", "", Map.of()));
        return new ResolvedDocument(
                new AnnotatedDocument(d, doc.annotated().sentences()),
                doc.mentions(),
                doc.compounds(),
                doc.unresolved());
    }
}
