package org.entente.pipeline;

import java.util.Map;
import org.entente.actors.ActorResolver;
import org.entente.extract.ExtractionException;
import org.entente.extract.Extractor;
import org.entente.extract.LanguageDetector;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Document;
import org.entente.model.Format;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CoMentionCounter;

/**
 * Runs one document through every stage: extract, detect language, annotate, resolve, count (or only the
 * first two, when it has no engine: {@code entente extract}). Any error of
 * a stage becomes a {@link Outcome.Failed} with a one-line reason; nothing escapes.
 *
 * <p>Thread-safe when its parts are (they are: every stage object is immutable or thread-safe).
 */
final class DocumentProcessor {
    private final Map<Format, Extractor> extractors;
    private final LanguageDetector languages;
    private final NlpEngine engine;
    private final ActorResolver resolver;
    private final CoMentionCounter counter;
    private final StageTimings timings;
    private final long maxChars;

    DocumentProcessor(Map<Format, Extractor> extractors, LanguageDetector languages, NlpEngine engine,
                      ActorResolver resolver, CoMentionCounter counter, StageTimings timings, long maxChars) {
        this.timings = timings;
        this.maxChars = maxChars;
        this.extractors = Map.copyOf(extractors);
        this.languages = languages;
        this.engine = engine;
        this.resolver = resolver;
        this.counter = counter;
    }

    /**
     * The processor of a run: the extractors, language detector, resolver and counter set up from the options.
     *
     * @param options    the run's options
     * @param dictionary the loaded dictionary
     * @param cues       the loaded cue lexicon
     * @param engine     the NLP engine, or null to stop after extraction
     * @param timings    where stage times are added
     * @return the processor
     */
    static DocumentProcessor of(AnalysisOptions options, org.entente.actors.ActorDictionary dictionary,
                                org.entente.relations.CueLexicon cues, NlpEngine engine, StageTimings timings) {
        return new DocumentProcessor(
                Map.of(Format.PDF, new org.entente.extract.PdfExtractor(options.maxPages()), Format.HTML,
                        new org.entente.extract.HtmlExtractor(), Format.TXT, new org.entente.extract.TextExtractor()),
                new LanguageDetector(), engine,
                new org.entente.actors.DictionaryResolver(dictionary, options.resolver()),
                new CoMentionCounter(options.actorTypes(), options.scopes(), options.maxArity(), cues), timings,
                options.maxChars());
    }

    /**
     * Processes a planned document read from a local file (a failure to read it is a failed outcome, stage
     * "read").
     *
     * @param task    the document
     * @param file    the file to read: the task's own location, or a local copy of it
     * @param onStage told each stage as it begins
     * @return the outcome
     */
    Outcome process(RunPlan.Task task, java.nio.file.Path file, java.util.function.Consumer<String> onStage) {
        Source source;
        try {
            source = InputScanner.source(file, task.relativePath(), task.docId());
        } catch (java.io.IOException | RuntimeException e) {
            return unreadable(task, file, e.getMessage());
        }
        return process(source, task.metadata(), task.language(), onStage);
    }

    /** The failed outcome of a file that cannot be read (stage "read"). */
    static Outcome unreadable(RunPlan.Task task, java.nio.file.Path file, String reason) {
        return new Outcome.Failed(placeholder(task, file), task.metadata(), "read",
                oneLine("cannot read file: " + reason));
    }

    /** The source record of a task's file, or one without hash and size when the file cannot be read. */
    static Source sourceOrPlaceholder(RunPlan.Task task, java.nio.file.Path file) {
        try {
            return InputScanner.source(file, task.relativePath(), task.docId());
        } catch (java.io.IOException | RuntimeException e) {
            return placeholder(task, file);
        }
    }

    private static Source placeholder(RunPlan.Task task, java.nio.file.Path file) {
        return new Source(task.docId(), file, task.relativePath(), Format.ofFileName(task.relativePath()).orElseThrow(),
                "", 0);
    }

    /**
     * @param source   the input file
     * @param sidecar  metadata from a sidecar, overriding what the file says ({@link Metadata#EMPTY} if none)
     * @param language language code from the sidecar, or empty to detect it
     * @return the outcome
     */
    Outcome process(Source source, Metadata sidecar, String language) {
        return process(source, sidecar, language, stage -> { });
    }

    /**
     * Like {@link #process(Source, Metadata, String)}, telling {@code onStage} each stage as it begins.
     */
    Outcome process(Source source, Metadata sidecar, String language, java.util.function.Consumer<String> onStage) {
        String stage = "extract";
        onStage.accept(stage);
        long t = System.nanoTime();
        try {
            Document doc = extractors.get(source.format()).extract(source);
            if (doc.text().length() > maxChars) {
                return new Outcome.Failed(source, sidecar, stage, String.format(java.util.Locale.ROOT,
                        "too large: %,d characters of text, over the limit of %,d (--max-chars)", doc.text().length(),
                        maxChars));
            }
            Metadata merged = doc.metadata().overriddenBy(sidecar);
            if (merged.title().isEmpty() && !doc.paragraphs().isEmpty() && doc.paragraphs().get(0).heading()) {
                merged = merged.overriddenBy(new Metadata(doc.paragraphText(0), "", "", "", "", Map.of()));
            }
            doc = doc.withMetadata(merged).withLanguage(language.isEmpty() ? languages.detect(doc.text()) : language);
            t = timings.add(stage, t);
            if (engine == null) {
                return new Outcome.Extracted(doc);
            }
            stage = "annotate";
            onStage.accept(stage);
            AnnotatedDocument annotated = engine.annotate(doc);
            t = timings.add(stage, t);
            stage = "resolve";
            onStage.accept(stage);
            ResolvedDocument resolved = resolver.resolve(annotated);
            t = timings.add(stage, t);
            stage = "count";
            onStage.accept(stage);
            Outcome done = new Outcome.Done(resolved, counter.count(resolved));
            timings.add(stage, t);
            return done;
        } catch (ExtractionException e) {
            return new Outcome.Failed(source, sidecar, stage, oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome.Failed(source, sidecar, stage, oneLine(e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
        }
    }

    /** Folds a message to one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
