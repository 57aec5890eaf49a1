package org.entente.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.CoMention;
import org.entente.model.DocCoMention;
import org.entente.model.Document;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.MentionSource;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.model.Sentence;
import org.entente.testing.Docs;
import org.junit.jupiter.api.Test;

class CoMentionCounterTest {
    private static final CoMentionCounter SENTENCE_STATES =
            new CoMentionCounter(Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 3);

    /** Builds a resolved document from (paragraph, sentence, actor id) triples; the text is irrelevant. */
    private static ResolvedDocument resolved(Object[]... mentions) {
        Document doc = Docs.of("d", "x".repeat(100));
        List<Mention> list = new ArrayList<>();
        int offset = 0;
        for (Object[] m : mentions) {
            String id = (String) m[2];
            ActorType type = id.length() == 3 ? ActorType.STATE : ActorType.LEADER;
            list.add(new Mention((int) m[0], (int) m[1], offset, offset + 1, "x", new Actor(id, type, id, "", ""),
                    MatchKind.NAME, "", MentionSource.DICTIONARY, false));
            offset++;
        }
        return new ResolvedDocument(new AnnotatedDocument(doc, List.<Sentence>of()), list, List.of(), List.of());
    }

    private static Object[] m(int paragraph, int sentence, String id) {
        return new Object[] {paragraph, sentence, id};
    }

    @Test
    void countsTheConventionsExampleAsSixDyadsAndFourTriads() {
        // "The ROK-U.S.-Japan cooperation worries North Korea." -> {JPN, KOR, PRK, USA}
        ResolvedDocument doc = resolved(m(0, 0, "KOR"), m(0, 0, "USA"), m(0, 0, "JPN"), m(0, 0, "PRK"));

        assertThat(SENTENCE_STATES.count(doc)).containsExactly(
                new DocCoMention(Scope.SENTENCE, List.of("JPN", "KOR"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("JPN", "PRK"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("JPN", "USA"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("KOR", "PRK"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("KOR", "USA"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("PRK", "USA"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("JPN", "KOR", "PRK"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("JPN", "KOR", "USA"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("JPN", "PRK", "USA"), 1),
                new DocCoMention(Scope.SENTENCE, List.of("KOR", "PRK", "USA"), 1));
    }

    @Test
    void countsDyadOncePerSentenceHoweverOftenItsActorsRepeat() {
        ResolvedDocument doc = resolved(m(0, 0, "PRK"), m(0, 0, "RUS"), m(0, 0, "PRK"), m(0, 0, "RUS"),
                m(0, 1, "RUS"), m(0, 1, "PRK"));

        assertThat(SENTENCE_STATES.count(doc))
                .containsExactly(new DocCoMention(Scope.SENTENCE, List.of("PRK", "RUS"), 2));
    }

    @Test
    void countsNothingForSentencesWithOneActor() {
        assertThat(SENTENCE_STATES.count(resolved(m(0, 0, "PRK"), m(0, 1, "RUS"), m(1, 2, "CHN")))).isEmpty();
    }

    @Test
    void countsEachScopeInItsOwnUnits() {
        CoMentionCounter all = new CoMentionCounter(Set.of(ActorType.STATE),
                List.of(Scope.SENTENCE, Scope.PARAGRAPH, Scope.DOCUMENT), 2);
        ResolvedDocument doc = resolved(m(0, 0, "PRK"), m(0, 1, "RUS"), m(1, 2, "PRK"), m(1, 2, "RUS"),
                m(2, 3, "CHN"));

        assertThat(all.count(doc)).containsExactly(
                new DocCoMention(Scope.SENTENCE, List.of("PRK", "RUS"), 1),
                new DocCoMention(Scope.PARAGRAPH, List.of("PRK", "RUS"), 2),
                new DocCoMention(Scope.DOCUMENT, List.of("CHN", "PRK"), 1),
                new DocCoMention(Scope.DOCUMENT, List.of("CHN", "RUS"), 1),
                new DocCoMention(Scope.DOCUMENT, List.of("PRK", "RUS"), 1));
    }

    @Test
    void leavesLeadersOutUnlessTheRunCountsThem() {
        ResolvedDocument doc = resolved(m(0, 0, "PRK"), m(0, 0, "PUTIN_VLADIMIR"));

        assertThat(SENTENCE_STATES.count(doc)).isEmpty();
        assertThat(new CoMentionCounter(Set.of(ActorType.STATE, ActorType.LEADER), List.of(Scope.SENTENCE), 3)
                .count(doc)).containsExactly(new DocCoMention(Scope.SENTENCE, List.of("PRK", "PUTIN_VLADIMIR"), 1));
    }

    @Test
    void sumsUnitsAndCountsDocumentsWithDatesInCorpusTotals() {
        CoMentionTotals totals = new CoMentionTotals();
        totals.add(SENTENCE_STATES.count(resolved(m(0, 0, "PRK"), m(0, 0, "RUS"), m(0, 1, "PRK"), m(0, 1, "RUS"))),
                "2024-06-19");
        totals.add(SENTENCE_STATES.count(resolved(m(0, 0, "RUS"), m(0, 0, "PRK"))), "2023-09-13");
        totals.add(SENTENCE_STATES.count(resolved(m(0, 0, "RUS"), m(0, 0, "PRK"))), "");

        assertThat(totals.ofArity(2)).containsExactly(
                new CoMention(Scope.SENTENCE, List.of("PRK", "RUS"), 4, 3, "2023-09-13", "2024-06-19"));
        assertThat(totals.ofArity(3)).isEmpty();
    }
}
