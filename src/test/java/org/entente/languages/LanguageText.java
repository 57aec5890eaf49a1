package org.entente.languages;

import java.nio.file.Path;
import java.util.List;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.extract.ExtractionException;
import org.entente.extract.TextAssembler;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;
import org.entente.pipeline.Language;
import org.entente.testing.Cli;

/**
 * Short texts analysed with a language's bundle (annotator and rules) over the project's dictionary, loaded once
 * for all the language tests. Thread-safe.
 */
final class LanguageText {
    private static ActorDictionary dictionary;

    private LanguageText() {}

    /** The dictionary of {@code models/}, loaded on first use. */
    static synchronized ActorDictionary dictionary() {
        if (dictionary == null) {
            dictionary = DictionaryLoader.load(Cli.HOME.resolve("models"), List.of());
        }
        return dictionary;
    }

    /** The resolver of a language: the default options and the language's rules. */
    static DictionaryResolver resolver(Language language) {
        return new DictionaryResolver(dictionary(), ResolverOptions.DEFAULTS, List.of(language.rules(dictionary())));
    }

    /** The paragraphs as one document of the language, annotated and resolved. */
    static ResolvedDocument analyse(String code, String... paragraphs) throws ExtractionException {
        return resolver(Language.of(code).orElseThrow()).resolve(annotate(code, paragraphs));
    }

    /** The paragraphs as one document of the language (not English), annotated by the language's annotator. */
    static AnnotatedDocument annotate(String code, String... paragraphs) throws ExtractionException {
        Language language = Language.of(code).orElseThrow();
        TextAssembler text = new TextAssembler();
        for (String p : paragraphs) {
            text.add(p, false);
        }
        Document doc = text.build(new Source("t", Path.of("t.txt"), "t", "txt", "", 0), Metadata.EMPTY, 0, "", "empty")
                .withLanguage(code);
        return language.annotator(null).annotate(doc);
    }
}
