package org.entente.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Paragraph;
import org.entente.model.Sentence;
import org.entente.nlp.NlpEngine;

/**
 * The annotator of every language of the registry ({@link Language#annotator}) and the routing of each paragraph to
 * the annotator of its language: consecutive paragraphs of one language are annotated together. Independent of the
 * dictionary, so that a run annotates its first documents while the resolver is still being built (issue 18).
 *
 * <p>Immutable and thread-safe (the engines are).
 */
final class Annotators {
    private final Map<Language, NlpEngine> annotators;

    private Annotators(Map<Language, NlpEngine> annotators) {
        this.annotators = annotators;
    }

    /**
     * The annotators of every language with the run's engine.
     *
     * @param engine the run's engine, which annotates English (and the languages without a bundle)
     * @return the annotators
     */
    static Annotators of(NlpEngine engine) {
        Map<Language, NlpEngine> annotators = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            annotators.put(language, language.annotator(engine));
        }
        return new Annotators(annotators);
    }

    /**
     * Annotates a document, each run of consecutive paragraphs of one language with that language's annotator.
     *
     * @param document an extracted document with its language (and its paragraphs' own, where they differ)
     * @return the annotated document
     */
    AnnotatedDocument annotate(Document document) {
        List<Sentence> sentences = new ArrayList<>();
        List<Paragraph> run = new ArrayList<>();
        Language current = null;
        for (Paragraph p : document.paragraphs()) {
            Language language = Language.forCode(document.languageOf(p.index()));
            if (language != current && !run.isEmpty()) {
                sentences.addAll(annotators.get(current).annotate(document, run, sentences.size()));
                run.clear();
            }
            current = language;
            run.add(p);
        }
        if (!run.isEmpty()) {
            sentences.addAll(annotators.get(current).annotate(document, run, sentences.size()));
        }
        return new AnnotatedDocument(document, sentences);
    }
}
