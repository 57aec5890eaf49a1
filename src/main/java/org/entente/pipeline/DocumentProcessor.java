package org.entente.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.actors.DictionaryResolver;
import org.entente.events.EventCoder;
import org.entente.events.EventLexicon;
import org.entente.events.LeaderStates;
import org.entente.extract.ExtractionException;
import org.entente.extract.Extractor;
import org.entente.extract.InputFormat;
import org.entente.extract.LanguageDetector;
import org.entente.model.AnnotatedDocument;
import org.entente.model.CancelledException;
import org.entente.model.Document;
import org.entente.model.DocumentRelations;
import org.entente.model.Event;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.ResolvedDocument;
import org.entente.model.Source;
import org.entente.model.Stage;
import org.entente.nlp.DependencyParser;
import org.entente.nlp.NlpEngine;
import org.entente.relations.CoMentionCounter;
import org.entente.relations.CueLexicon;

/**
 * Runs one document through every stage: extract, detect language, annotate, resolve, code events (when on),
 * count (or only the
 * first two, when it has no engine: {@code entente extract}). Any error of
 * a stage becomes a {@link Outcome.Failed} with a one-line reason; nothing escapes.
 *
 * <p>What resolves, codes and counts is made from the dictionary ({@link Resolution}); {@link #resolvingLater}
 * makes it on a thread of its own, so that the first documents are extracted and annotated meanwhile and wait for
 * it only to be resolved (issue 18).
 *
 * <p>Thread-safe when its parts are (they are: every stage object is immutable or thread-safe).
 */
final class DocumentProcessor {
    private final Map<InputFormat, Extractor> extractors;
    private final Supplier<LanguageDetector> languages;
    private final Annotators annotators;
    private final Supplier<Resolution> resolution;
    private final StageTimings timings;
    private final long maxChars;

    /**
     * The stages after annotation, made from the dictionary.
     *
     * @param resolver resolves the mentions of every language
     * @param counter  counts co-mentions and relations
     * @param events   codes events, or {@link Events#NONE}
     */
    record Resolution(ActorResolver resolver, CoMentionCounter counter, Events events) {}

    /**
     * The event coder of a run and the dependency parser of its engine, or none when events are off.
     *
     * @param coder  the coder (immutable)
     * @param parser the engine's parser, shared by every worker (thread-safe)
     */
    record Events(EventCoder coder, DependencyParser parser) {
        static final Events NONE = new Events(null, null);

        /** The events of a resolved document, parsing only the sentences the coder asks for. */
        List<Event> code(ResolvedDocument resolved) {
            return coder == null ? List.of() : coder.code(resolved, parser::parse);
        }
    }

    /**
     * @param settings   the run's settings (its limits)
     * @param languages  the language detector, thread-safe
     * @param engine     the NLP engine, or null to stop after extraction
     * @param resolution what resolves, codes and counts, waited for by each document after its annotation
     * @param timings    where stage times are added
     */
    DocumentProcessor(
            Settings settings,
            Supplier<LanguageDetector> languages,
            NlpEngine engine,
            Supplier<Resolution> resolution,
            StageTimings timings) {
        Map<InputFormat, Extractor> extractors = new EnumMap<>(InputFormat.class);
        for (InputFormat format : InputFormat.values()) {
            extractors.put(format, format.extractor(settings.limits().maxPages()));
        }
        this.extractors = Map.copyOf(extractors);
        this.languages = languages;
        this.annotators = engine == null ? null : Annotators.of(engine);
        this.resolution = resolution;
        this.timings = timings;
        this.maxChars = settings.limits().maxChars();
    }

    /**
     * The processor of a run: the extractors of every input format, the language detector, the bundle of every
     * language, the resolver and the counter set up from the settings.
     *
     * @param settings   the run's settings
     * @param dictionary the loaded dictionary
     * @param cues       the loaded cue lexicon of every language
     * @param engine     the NLP engine, or null to stop after extraction
     * @param timings    where stage times are added
     * @return the processor
     * @throws ConfigurationException naming a word list a language's rules need that is missing
     */
    static DocumentProcessor of(
            Settings settings,
            ActorDictionary dictionary,
            Map<Language, CueLexicon> cues,
            NlpEngine engine,
            StageTimings timings) {
        LanguageDetector detector = LanguageModel.loading().get();
        Resolution resolution = resolution(settings, dictionary, cues, engine, timings);
        return new DocumentProcessor(settings, () -> detector, engine, () -> resolution, timings);
    }

    /**
     * Like {@link #of(Settings, ActorDictionary, Map, NlpEngine, StageTimings)}, with a language detector that may
     * still be loading (it is waited for by the first document to detect), and the resolver, counter and event
     * coder made on a thread of their own from now on: a document waits for them after its annotation. Call
     * {@link #ready} before taking the first outcome, so that a problem of theirs fails the run as before.
     *
     * @param languages the language detector, thread-safe
     */
    static DocumentProcessor resolvingLater(
            Settings settings,
            ActorDictionary dictionary,
            Map<Language, CueLexicon> cues,
            NlpEngine engine,
            StageTimings timings,
            Supplier<LanguageDetector> languages) {
        Background<Resolution> resolution = Background.start(
                "entente-resolver-build", () -> resolution(settings, dictionary, cues, engine, timings));
        return new DocumentProcessor(settings, languages, engine, resolution, timings);
    }

    /**
     * Waits until the processor can resolve.
     *
     * @throws ConfigurationException naming a word list a language's rules need that is missing, or a problem of
     *     the event lexicon
     */
    void ready() {
        resolution.get();
    }

    /**
     * The resolver, counter and event coder of a run. The language forms and the resolver's matchers are built
     * from the dictionary: their time is the dictionary's (run.json timings_ms.dictionary), beside reading the
     * files.
     *
     * @throws ConfigurationException naming a word list a language's rules need that is missing, or a problem of
     *     the event lexicon
     */
    private static Resolution resolution(
            Settings settings,
            ActorDictionary dictionary,
            Map<Language, CueLexicon> cues,
            NlpEngine engine,
            StageTimings timings) {
        long start = System.nanoTime();
        Bundles bundles = Bundles.of(dictionary, cues);
        DictionaryResolver resolver = new DictionaryResolver(dictionary, settings.resolver(), bundles.rules());
        Resolution resolution = new Resolution(
                resolver,
                new CoMentionCounter(settings.counting(), cues.get(Language.ENGLISH), bundles.cues()),
                settings.events() && engine != null ? events(settings, dictionary) : Events.NONE);
        timings.add("dictionary", start);
        return resolution;
    }

    /**
     * The event coder with the lexicon of the settings and the dependency parser of their engine (loaded once per
     * process by the engine registry).
     *
     * @throws ConfigurationException naming the lexicon file and line of a problem, or its absence
     */
    private static Events events(Settings settings, ActorDictionary dictionary) {
        Path file = settings.dictionary().eventLexicon();
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(file + ": event lexicon not found; expected the file "
                    + DictionaryFiles.EVENT_LEXICON + " in the dictionary folder (--models), or --no-events");
        }
        EventLexicon lexicon;
        try {
            lexicon = EventLexicon.load(file);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        LeaderStates leaders = (leader, date) ->
                dictionary.servedOn(leader.id(), fullDay(date)).orElse(leader.state());
        return new Events(
                new EventCoder(lexicon, leaders), settings.engine().engine().dependencyParser());
    }

    /** A yyyy-mm-dd date as a day, else null (the leader's recorded state is used then). */
    private static LocalDate fullDay(String date) {
        try {
            return date.length() == 10 ? LocalDate.parse(date) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Processes a planned document read from a local file (a failure to read it is a failed outcome, stage
     * "read").
     *
     * @param task    the document
     * @param file    the file to read: the task's own location, or a local copy of it
     * @param watch   told each stage as it begins and the size of the text
     * @return the outcome
     * @throws CancelledException when the thread is interrupted (the canceller records the failure)
     */
    Outcome process(RunPlan.Task task, Path file, Watch watch) {
        return finish(prepare(task, file, watch), watch);
    }

    /** The failed outcome of a file that cannot be read (stage "read"). */
    static Outcome unreadable(RunPlan.Task task, Path file, String reason) {
        return new Outcome.Failed(
                placeholder(task, file),
                task.metadata(),
                Stage.READ,
                FailureKind.CANNOT_READ_FILE,
                oneLine("cannot read file: " + reason));
    }

    /** The source record of a task's file, or one without hash and size when the file cannot be read. */
    static Source sourceOrPlaceholder(RunPlan.Task task, Path file) {
        try {
            return InputScanner.source(file, task.relativePath(), task.docId());
        } catch (IOException | RuntimeException e) {
            return placeholder(task, file);
        }
    }

    private static Source placeholder(RunPlan.Task task, Path file) {
        return new Source(
                task.docId(),
                file,
                task.relativePath(),
                InputFormat.ofFileName(task.relativePath()).orElseThrow().label(),
                "",
                0);
    }

    /**
     * @param source   the input file
     * @param sidecar  metadata from a sidecar, overriding what the file says ({@link Metadata#EMPTY} if none)
     * @param language language code from the sidecar, or empty to detect it
     * @return the outcome
     */
    Outcome process(Source source, Metadata sidecar, String language) {
        return process(source, sidecar, language, Watch.NONE);
    }

    /**
     * Like {@link #process(Source, Metadata, String)}, telling {@code watch} each stage as it begins and the size
     * of the text once extracted.
     *
     * @throws CancelledException when the thread is interrupted (the canceller records the failure)
     */
    Outcome process(Source source, Metadata sidecar, String language, Watch watch) {
        return finish(prepare(source, sidecar, language, watch), watch);
    }

    /**
     * A document extracted and its language detected, ready to annotate, or the outcome it already has (a failure
     * to read or extract it, a result reused from the cache, an extract-only run's document).
     *
     * @param source  the input file
     * @param sidecar the sidecar metadata
     * @param doc     the extracted document, or null when {@code outcome} is set
     * @param outcome the document's outcome, or null when it is to be annotated
     */
    record Prepared(Source source, Metadata sidecar, Document doc, Outcome outcome) {
        static Prepared of(Outcome outcome) {
            return new Prepared(null, null, null, outcome);
        }
    }

    /**
     * The first stages of a planned document read from a local file: read, extract, detect language (a failure
     * to read it is a failed outcome, stage "read"). They may run on another thread than {@link #finish}.
     *
     * @throws CancelledException when the thread is interrupted
     */
    Prepared prepare(RunPlan.Task task, Path file, Watch watch) {
        Source source;
        try {
            source = InputScanner.source(file, task.relativePath(), task.docId());
        } catch (IOException | RuntimeException e) {
            return Prepared.of(unreadable(task, file, e.getMessage()));
        }
        return prepare(source, task.metadata(), task.language(), watch);
    }

    /**
     * Extracts a document and detects its language.
     *
     * @throws CancelledException when the thread is interrupted
     */
    Prepared prepare(Source source, Metadata sidecar, String language, Watch watch) {
        Stage stage = Stage.EXTRACT;
        watch.bytes(source.bytes());
        watch.stage(stage);
        long t = System.nanoTime();
        try {
            Document doc = extractors.get(InputFormat.of(source.format())).extract(source);
            watch.chars(doc.text().length());
            if (doc.text().length() > maxChars) {
                return Prepared.of(new Outcome.Failed(
                        source,
                        sidecar,
                        stage,
                        FailureKind.TOO_LARGE,
                        String.format(
                                Locale.ROOT,
                                "too large: %,d characters of text, over the limit of %,d (--max-chars)",
                                doc.text().length(),
                                maxChars)));
            }
            Metadata merged = doc.metadata().overriddenBy(sidecar);
            if (merged.title().isEmpty()
                    && !doc.paragraphs().isEmpty()
                    && doc.paragraphs().get(0).heading()) {
                merged = merged.overriddenBy(new Metadata(doc.paragraphText(0), "", "", "", "", Map.of()));
            }
            doc = languages.get().detect(doc.withMetadata(merged), language);
            timings.add(stage, t);
            if (annotators == null) {
                return Prepared.of(new Outcome.Extracted(doc));
            }
            return new Prepared(source, sidecar, doc, null);
        } catch (CancelledException e) {
            throw e;
        } catch (ExtractionException e) {
            return Prepared.of(new Outcome.Failed(source, sidecar, stage, e.kind(), oneLine(e.getMessage())));
        } catch (OutOfMemoryError | RuntimeException | StackOverflowError e) {
            return Prepared.of(failed(source, sidecar, stage, e));
        }
    }

    /**
     * The stages after {@link #prepare}: annotate, resolve, code events, count.
     *
     * @param prepared the prepared document, or the outcome it already has (returned as it is)
     * @param watch    told each stage as it begins
     * @return the outcome
     * @throws CancelledException when the thread is interrupted (the canceller records the failure)
     */
    Outcome finish(Prepared prepared, Watch watch) {
        if (prepared.outcome() != null) {
            return prepared.outcome();
        }
        Source source = prepared.source();
        Metadata sidecar = prepared.sidecar();
        Document doc = prepared.doc();
        watch.chars(doc.text().length());
        Stage stage = Stage.ANNOTATE;
        long t = System.nanoTime();
        try {
            watch.stage(stage);
            AnnotatedDocument annotated = annotators.annotate(doc);
            timings.add(stage, t);
            timings.sinceJvmStart("first_annotation");
            stage = Stage.RESOLVE;
            watch.stage(stage);
            Resolution r = resolution.get(); // made by then, but for the first documents of a run
            t = System.nanoTime();
            ResolvedDocument resolved = r.resolver().resolve(annotated);
            t = timings.add(stage, t);
            stage = Stage.COUNT;
            watch.stage(stage);
            List<Event> coded = r.events().code(resolved); // reads the tokens
            t = timings.add("events", t);
            CoMentionCounter.Evidence evidence = r.counter().evidence(resolved); // reads the tokens
            // Every stage that reads tokens runs above this line. The tokens and the engine's entity spans cost
            // most of a document's memory (docs/performance.md, "A document of many short paragraphs"): they are
            // dropped before counting, so that they and the counter's work are never in memory together, and the
            // result, which outlives the document's work (the writer's queue, the result cache, Spark's
            // partitions), keeps the sentences' spans and the token count only. Both variables are reset because a
            // local variable keeps its object alive until the method returns.
            annotated = null;
            resolved = resolved.withoutTokens();
            DocumentRelations relations = r.counter().count(resolved, evidence).withEvents(coded);
            timings.add(stage, t);
            return new Outcome.Done(resolved, relations);
        } catch (CancelledException e) {
            throw e;
        } catch (OutOfMemoryError | RuntimeException | StackOverflowError e) {
            return failed(source, sidecar, stage, e);
        }
    }

    private static Outcome failed(Source source, Metadata sidecar, Stage stage, Throwable e) {
        return new Outcome.Failed(
                source,
                sidecar,
                stage,
                e instanceof OutOfMemoryError ? FailureKind.OUT_OF_MEMORY : FailureKind.UNEXPECTED,
                oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    /** Folds a message to one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
