package org.entente.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.entente.model.ActorType;
import org.entente.model.CoMention;
import org.entente.model.DocCoMention;
import org.entente.model.Mention;
import org.entente.model.Period;
import org.entente.model.ResolvedDocument;
import org.entente.model.Scope;
import org.entente.testing.IdText;

/** Properties of co-mention counting that hold for any corpus (jqwik generates the corpora). */
class CoMentionPropertiesTest {
    private static final List<Scope> SCOPES = List.of(Scope.SENTENCE, Scope.PARAGRAPH, Scope.DOCUMENT, Scope.window(5));
    private static final CoMentionCounter COUNTER =
            new CoMentionCounter(Set.of(ActorType.STATE), SCOPES, 3, CoMentionCounterTest.CUES);

    /** A corpus: documents of paragraphs of sentences of words, some of them actor ids. */
    @Provide
    Arbitrary<List<List<List<String>>>> corpora() {
        Arbitrary<String> word = Arbitraries.of("PRK", "RUS", "CHN", "USA", "JPN", "KOR", "and", "talks", "war", "the");
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w) + " .");
        Arbitrary<List<String>> paragraph = sentence.list().ofMinSize(1).ofMaxSize(4);
        return paragraph.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(6);
    }

    private static List<ResolvedDocument> documents(List<List<List<String>>> corpus) {
        List<ResolvedDocument> docs = new ArrayList<>();
        for (int d = 0; d < corpus.size(); d++) {
            docs.add(IdText.resolved(
                    "doc" + d,
                    corpus.get(d).stream().map(p -> p.toArray(String[]::new)).toArray(String[][]::new)));
        }
        return docs;
    }

    private static List<CoMention> totals(List<ResolvedDocument> docs) {
        CorpusTotals totals = new CorpusTotals(Period.QUARTER);
        for (int i = 0; i < docs.size(); i++) {
            ResolvedDocument doc = CoMentionCounterTest.dated(docs.get(i), "2024-01-0" + (1 + i % 9));
            totals.addDocument(doc, COUNTER.count(doc));
        }
        return totals.counts().coMentions(2, 3);
    }

    @Property(tries = 200)
    void reorderingDocumentsLeavesCorpusTotalsUnchanged(@ForAll("corpora") List<List<List<String>>> corpus) {
        List<ResolvedDocument> docs = documents(corpus);
        List<ResolvedDocument> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        List<CoMention> forward = totals(docs);
        List<CoMention> backward = totals(reversed);

        assertThat(backward)
                .usingElementComparatorIgnoringFields("firstDate", "lastDate")
                .containsExactlyElementsOf(forward);
    }

    @Property(tries = 200)
    void aDyadNeverCountsMoreUnitsThanEitherOfItsActorsAppearsIn(@ForAll("corpora") List<List<List<String>>> corpus) {
        for (ResolvedDocument doc : documents(corpus)) {
            Map<String, Set<Integer>> sentencesByActor = new TreeMap<>();
            for (Mention m : doc.mentions()) {
                sentencesByActor
                        .computeIfAbsent(m.actor().id(), k -> new HashSet<>())
                        .add(m.sentence());
            }
            for (DocCoMention c : COUNTER.count(doc).coMentions()) {
                if (c.scope().equals(Scope.SENTENCE) && c.arity() == 2) {
                    int smaller = Math.min(
                            sentencesByActor.get(c.actorIds().get(0)).size(),
                            sentencesByActor.get(c.actorIds().get(1)).size());
                    assertThat(c.units()).isLessThanOrEqualTo(smaller);
                }
            }
        }
    }

    @Property(tries = 200)
    void documentsWithASentenceCoMentionAreASubsetOfParagraphAndDocumentOnes(
            @ForAll("corpora") List<List<List<String>>> corpus) {
        Map<Scope, Set<String>> docsWithPair = new TreeMap<>();
        for (ResolvedDocument doc : documents(corpus)) {
            for (DocCoMention c : COUNTER.count(doc).coMentions()) {
                if (c.arity() == 2) {
                    docsWithPair
                            .computeIfAbsent(c.scope(), k -> new HashSet<>())
                            .add(doc.document().docId() + c.actorIds());
                }
            }
        }
        Set<String> sentence = docsWithPair.getOrDefault(Scope.SENTENCE, Set.of());
        Set<String> paragraph = docsWithPair.getOrDefault(Scope.PARAGRAPH, Set.of());
        Set<String> document = docsWithPair.getOrDefault(Scope.DOCUMENT, Set.of());
        assertThat(paragraph).containsAll(sentence);
        assertThat(document).containsAll(paragraph);
    }
}
