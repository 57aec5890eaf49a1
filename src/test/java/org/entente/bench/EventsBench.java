package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.evaluation.CorpusSample;
import org.entente.evaluation.EventEvaluation;
import org.entente.events.EventCoder;
import org.entente.events.EventLexicon;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Dependency;
import org.entente.model.Document;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.nlp.CoreNlpDependencyParser;
import org.entente.nlp.DependencyParser;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.ShallowDependencyParser;
import org.entente.testing.TestEngines;

/**
 * The cost of event coding next to the engine's annotation, in one process and one thread: every document of the
 * sample is annotated, resolved and (unless the parser is "none") coded for events, and the CPU time of each step is
 * summed. A warm-up pass over the first documents comes first. Peak memory is measured from outside
 * ({@code /usr/bin/time}) by running the same sample with parser "none" and with a parser. The parser is loaded
 * before the engine; with {@code -Dbench.gc} a garbage collection follows, so that the short-lived garbage of
 * reading the parser's model does not stay in the heap the engine then grows.
 *
 * <pre>
 * java [-Dbench.gc] -cp … org.entente.bench.EventsBench corenlp|opennlp corenlp|shallow|none EVERY INPUT…
 * </pre>
 */
public final class EventsBench {
    private EventsBench() {}

    /**
     * @param args engine, parser, every N-th file, inputs
     */
    public static void main(String[] args) {
        String engineName = args[0];
        String parserName = args[1];
        int every = Integer.parseInt(args[2]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        List<Document> docs = CorpusSample.take(inputs, every, Long.MAX_VALUE);
        ActorDictionary dictionary = DictionaryLoader.load(Path.of("models"), List.of());
        DictionaryResolver resolver = new DictionaryResolver(dictionary, ResolverOptions.DEFAULTS);
        // the parser first: its model file makes much short-lived garbage, which the engine's models can then reuse
        DependencyParser parser = switch (parserName) {
            case "corenlp" -> CoreNlpDependencyParser.load();
            case "shallow" -> new ShallowDependencyParser();
            default -> null;
        };
        if (System.getProperty("bench.gc") != null) {
            System.gc();
        }
        NlpEngine engine = TestEngines.of(engineName.equals("corenlp") ? "corenlp" : "opennlp");
        EventCoder coder = new EventCoder(
                EventLexicon.load(Path.of("models/events.tsv")), EventEvaluation.leaderStates(dictionary));
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int warm = Math.max(1, docs.size() / 6);
        for (Document d : docs.subList(0, warm)) {
            ResolvedDocument r = resolver.resolve(engine.annotate(d));
            if (parser != null) {
                coder.code(r, parser::parse);
            }
        }
        long annotate = 0;
        long resolve = 0;
        long select = 0;
        long parse = 0;
        long code = 0;
        long sentences = 0;
        long tokens = 0;
        long parsedSentences = 0;
        long parsedTokens = 0;
        long events = 0;
        long words = 0;
        for (Document d : docs) {
            words += CorpusSample.words(d.text());
            long t0 = bean.getCurrentThreadCpuTime();
            AnnotatedDocument a = engine.annotate(d);
            long t1 = bean.getCurrentThreadCpuTime();
            ResolvedDocument r = resolver.resolve(a);
            long t2 = bean.getCurrentThreadCpuTime();
            annotate += t1 - t0;
            resolve += t2 - t1;
            sentences += a.sentences().size();
            tokens += a.tokenCount();
            if (parser == null) {
                continue;
            }
            List<Sentence> chosen = coder.sentencesToParse(r);
            long t3 = bean.getCurrentThreadCpuTime();
            select += t3 - t2;
            Map<Sentence, List<Dependency>> parses = new HashMap<>();
            for (Sentence s : chosen) {
                parses.put(s, parser.parse(s));
                parsedTokens += s.tokens().size();
            }
            parsedSentences += chosen.size();
            long t4 = bean.getCurrentThreadCpuTime();
            parse += t4 - t3;
            events += coder.code(r, parses::get).size();
            code += bean.getCurrentThreadCpuTime() - t4;
        }
        double s = 1e9;
        long eventsTotal = select + parse + code;
        System.out.printf(
                Locale.ROOT,
                "%s + %s: %d documents, %,d words, %,d sentences, %,d tokens%n",
                engineName,
                parserName,
                docs.size(),
                words,
                sentences,
                tokens);
        System.out.printf(
                Locale.ROOT,
                "CPU s: annotate %.1f, resolve %.1f, events %.2f (select %.2f, parse %.2f, " + "code %.2f)%n",
                annotate / s,
                resolve / s,
                eventsTotal / s,
                select / s,
                parse / s,
                code / s);
        System.out.printf(
                Locale.ROOT,
                "events / annotate = %.3f; events / (annotate + resolve) = %.3f%n",
                (double) eventsTotal / annotate,
                (double) eventsTotal / (annotate + resolve));
        System.out.printf(
                Locale.ROOT,
                "parsed %,d of %,d sentences (%.1f%%), %,d of %,d tokens (%.1f%%); %,d events%n",
                parsedSentences,
                sentences,
                100.0 * parsedSentences / Math.max(1, sentences),
                parsedTokens,
                tokens,
                100.0 * parsedTokens / Math.max(1, tokens),
                events);
    }
}
