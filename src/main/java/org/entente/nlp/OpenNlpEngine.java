package org.entente.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.model.CancelledException;
import org.entente.model.Document;
import org.entente.model.NamedEntity;
import org.entente.model.Paragraph;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * The fast engine: Apache OpenNLP's English UD sentence detector, tokenizer and POS tagger (the 1.3.0 model
 * jars on the classpath), and optionally Entente's own name finder ({@code models/ner-en-entente.bin},
 * trained by {@code entente train-ner}, see models/README.md), which labels PERSON, ORGANIZATION and
 * LOCATION spans. POS tags are UD tags (PROPN, NOUN, ADJ…), decoded greedily ({@link GreedyPosTagger}); lemmas
 * are the token text;
 * there is no NER without the name finder. For speed ({@link #withManifest}, {@link #mayHoldName}), sentences
 * that cannot hold a name are tokenized only, and the tokenizer never splits a run of letters and digits.
 *
 * <p>Each paragraph is annotated on its own, and split at line breaks first, so sentences never cross a
 * paragraph or a line (as the CoreNLP engine does with {@code ssplit.newlineIsSentenceBreak=always}); the
 * sentences of a heading become one.
 *
 * <p>Thread-safe: the models are shared and read-only; each thread gets its own detector, tokenizer, tagger
 * and name finder (OpenNLP's {@code *ME} classes are not thread-safe). The name finder's adaptive data is
 * cleared at the start of every call, so a document's entities do not depend on the documents the
 * thread saw before. Loaded once per process by {@link Engine#OPENNLP}.
 */
final class OpenNlpEngine implements NlpEngine {
    /** Classpath resource of the sentence model (org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0). */
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Classpath resource of the tokenizer model (org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0). */
    public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** Classpath resource of the POS model (org.apache.opennlp:opennlp-models-pos-en:1.3.0). */
    public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * Longest run of tokens tagged and searched for names at once. The name finder's beam search and the POS
     * tagger ({@link GreedySearch}, as OpenNLP's search) copy the sequence so far at every step, so their cost
     * grows with the square of the sentence length; a "sentence" of thousands of
     * tokens (a table flattened into one paragraph) would take seconds. Longer sentences keep their tokens
     * but are tagged in windows of this many tokens; real sentences are shorter.
     */
    static final int WINDOW = 200;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenModel;
    private final POSModel posModel;
    private final TokenNameFinderModel nameModel; // null: no name finder
    private final String description;
    private final Set<String> functionWords;
    private final ThreadLocal<Tools> tools;
    /** The POS model's parameters in a flat table, shared by the threads' taggers (empty: not a GIS model). */
    private final Optional<GisScorer> posScorer;

    /** The per-thread OpenNLP objects. */
    private final class Tools {
        final SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
        final TokenizerME tokenizer = new TokenizerME(tokenModel);
        final GreedyPosTagger tagger = GreedyPosTagger.of(posModel, posScorer);
        final NameFinderME names = nameModel == null ? null : new NameFinderME(nameModel);
    }

    private OpenNlpEngine(
            SentenceModel sentenceModel,
            TokenizerModel tokenModel,
            POSModel posModel,
            TokenNameFinderModel nameModel,
            String description,
            Set<String> functionWords) {
        this.sentenceModel = sentenceModel;
        this.tokenModel = tokenModel;
        this.posModel = posModel;
        this.nameModel = nameModel;
        this.description = description;
        this.functionWords = Set.copyOf(functionWords);
        this.posScorer = GreedyPosTagger.scorerOf(posModel);
        this.tools = ThreadLocal.withInitial(Tools::new);
    }

    /**
     * Loads the sentence, token and POS models from the classpath and the name finder from a file.
     *
     * @param nameFinder    the name-finder model file, or empty for an engine without NER
     * @param functionWords words that often start a sentence and are never a name (lower case; English word list
     *                      function-words): a sentence whose only capitalised word is one of these at its start
     *                      is not tagged nor searched for names
     * @return the engine
     * @throws EngineLoadException naming the model that could not be loaded and where it was looked for
     */
    static OpenNlpEngine load(Optional<Path> nameFinder, Set<String> functionWords) {
        SentenceModel sentences = classpathModel(SENTENCE_MODEL, "opennlp-models-sentdetect-en", SentenceModel::new);
        TokenizerModel tokens = classpathModel(
                TOKEN_MODEL,
                "opennlp-models-tokenizer-en",
                in -> new TokenizerModel(withManifest(in, "useAlphaNumericOptimization", "true")));
        POSModel pos = classpathModel(
                POS_MODEL, "opennlp-models-pos-en", in -> new POSModel(withManifest(in, "BeamSize", "1")));
        TokenNameFinderModel names = null;
        String description = "opennlp sentence,token,pos (UD EWT 1.3)";
        if (nameFinder.isPresent()) {
            Path file = nameFinder.get();
            try (InputStream in = Files.newInputStream(file)) {
                names = new TokenNameFinderModel(in);
            } catch (IOException | RuntimeException e) {
                throw new EngineLoadException(
                        "cannot load the name-finder model " + file + ": " + e.getMessage()
                                + "; expected an OpenNLP TokenNameFinderModel written by entente train-ner",
                        e);
            }
            description += " + ner " + file.getFileName();
        }
        return new OpenNlpEngine(sentences, tokens, pos, names, description, functionWords);
    }

    /**
     * The model zip with one manifest property set. Entente sets two, for speed:
     * <ul>
     *   <li>POS {@code BeamSize=1}: the tagger decodes greedily instead of with OpenNLP's default beam of 3,
     *       about twice as fast; on 78,000 tokens of White House text it gave the same tag to every token
     *       either way;</li>
     *   <li>tokenizer {@code useAlphaNumericOptimization=true}: a run of letters and digits is never split,
     *       so the model is consulted only at punctuation. The UD EWT model would otherwise split a few
     *       words ("cannot" into can + not), which no rule of Entente looks at.</li>
     * </ul>
     */
    static InputStream withManifest(InputStream model, String key, String value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.NO_COMPRESSION); // read back at once; compressing took about a fifth of the load
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(content));
                    manifest.setProperty(key, value);
                    ByteArrayOutputStream m = new ByteArrayOutputStream();
                    manifest.store(m, null);
                    content = m.toByteArray();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M classpathModel(String resource, String artifact, ModelReader<M> reader) {
        try (InputStream in = OpenNlpEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not found");
            }
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            throw new EngineLoadException(
                    "cannot load the OpenNLP model " + resource + " from the classpath: " + e.getMessage()
                            + "; expected org.apache.opennlp:" + artifact + ":1.3.0 on the classpath",
                    e);
        }
    }

    @Override
    public List<Sentence> annotate(Document document, List<Paragraph> paragraphs, int firstIndex) {
        Tools t = tools.get();
        if (t.names != null) {
            t.names.clearAdaptiveData();
        }
        String text = document.text();
        WordStrings strings = new WordStrings();
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            CancelledException.check("annotation");
            List<Sentence> local = new ArrayList<>();
            int lineBegin = paragraph.begin();
            while (lineBegin < paragraph.end()) {
                int lineEnd = text.indexOf('\n', lineBegin);
                if (lineEnd < 0 || lineEnd > paragraph.end()) {
                    lineEnd = paragraph.end();
                }
                String line = text.substring(lineBegin, lineEnd);
                for (int[] s : joinInitials(line, t.sentences.sentPosDetect(line))) {
                    Sentence sentence = sentence(
                            t,
                            strings,
                            text,
                            paragraph.index(),
                            lineBegin + s[0],
                            lineBegin + s[1],
                            firstIndex + sentences.size() + local.size());
                    if (sentence != null) {
                        local.add(sentence);
                    }
                }
                lineBegin = lineEnd + 1;
            }
            sentences.addAll(paragraph.heading() ? Sentences.mergeInto(firstIndex + sentences.size(), local) : local);
        }
        return sentences;
    }

    /**
     * The detector's sentences, where one that ends in a single capital and a full stop ("N." of "N. Korea",
     * "F." of "John F. Kennedy") is joined with the next: such an initial almost never ends a sentence, and
     * the UD EWT model splits there.
     */
    static List<int[]> joinInitials(String line, Span[] spans) {
        List<int[]> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty() && endsWithInitial(line, out.get(out.size() - 1)[1])) {
                out.get(out.size() - 1)[1] = s.getEnd();
            } else {
                out.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        return out;
    }

    private static boolean endsWithInitial(String line, int end) {
        return end >= 2
                && line.charAt(end - 1) == '.'
                && Character.isUpperCase(line.charAt(end - 2))
                && (end == 2 || !Character.isLetterOrDigit(line.charAt(end - 3)) && line.charAt(end - 3) != '.');
    }

    /**
     * False for a sentence that cannot hold a name or a dictionary form: no word after the first starts with
     * a capital (the pronoun I aside), and the first word is not capitalised or is one of the function words
     * ("We must act together."). Such sentences, about two fifths of the tokens of UN speeches and White
     * House briefings, are not POS-tagged (their tokens have an empty tag) nor searched for names: every
     * dictionary form and surname is capitalised, and Entente's rules read tags and entities only around
     * them.
     */
    boolean mayHoldName(String[] words) {
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isPronounI(w)) {
                return true;
            }
        }
        String first = words[0];
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || isPronounI(first)) {
            return false;
        }
        String base = first.toLowerCase(Locale.ROOT).replaceFirst("['\u2019].*$", "");
        return !functionWords.contains(base);
    }

    private static boolean isPronounI(String w) {
        return w.equals("I") || w.startsWith("I'") || w.startsWith("I\u2019");
    }

    /** Tokens of context kept on each side of a stretch of capitalised words when names are searched. */
    static final int NAME_CONTEXT = 1;

    /**
     * Names in a run of words, searched only around its capitalised words: every stretch of capitalised words
     * (stretches at most {@code 2 * NAME_CONTEXT} words apart are joined, so "Bank of China" stays whole) is
     * given to the name finder with {@link #NAME_CONTEXT} words on each side. Names are capitalised and the
     * name finder looks one word to each side, so this finds the names a whole-sentence search finds, in a
     * fraction of the words.
     */
    private static List<Span> names(Tools t, String[] words) {
        List<Span> found = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            if (!startsUpper(words[i])) {
                i++;
                continue;
            }
            int last = i;
            for (int j = i + 1; j < words.length && j <= last + 2 * NAME_CONTEXT; j++) {
                if (startsUpper(words[j])) {
                    last = j;
                }
            }
            int from = Math.max(0, i - NAME_CONTEXT);
            int to = Math.min(words.length, last + 1 + NAME_CONTEXT);
            String[] piece = from == 0 && to == words.length ? words : Arrays.copyOfRange(words, from, to);
            for (Span s : t.names.find(piece)) {
                found.add(new Span(from + s.getStart(), from + s.getEnd(), s.getType()));
            }
            i = to;
        }
        return found;
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Tokens, tags and names of the sentence at {@code [begin, end)}; null when it has no token. */
    private Sentence sentence(Tools t, WordStrings strings, String text, int paragraph, int begin, int end, int index) {
        String s = text.substring(begin, end);
        Span[] spans = t.tokenizer.tokenizePos(s);
        if (spans.length == 0) {
            return null;
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = strings.of(s.substring(spans[i].getStart(), spans[i].getEnd()));
        }
        String[] tags = new String[spans.length];
        String[] ner = new String[spans.length];
        List<NamedEntity> entities = new ArrayList<>();
        for (int from = 0; mayHoldName(words) && from < words.length; from += WINDOW) {
            int to = Math.min(words.length, from + WINDOW);
            String[] window = from == 0 && to == words.length ? words : Arrays.copyOfRange(words, from, to);
            System.arraycopy(t.tagger.tag(window), 0, tags, from, to - from);
            if (t.names != null) {
                for (Span name : names(t, window)) {
                    String type = strings.of(name.getType()); // the name finder makes a string per span
                    int first = from + name.getStart();
                    int last = from + name.getEnd() - 1;
                    int b = begin + spans[first].getStart();
                    int e = begin + spans[last].getEnd();
                    entities.add(new NamedEntity(b, e, strings.of(text.substring(b, e)), type));
                    for (int i = first; i <= last; i++) {
                        ner[i] = type;
                    }
                }
            }
        }
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(
                    begin + spans[i].getStart(), begin + spans[i].getEnd(), words[i], tags[i], words[i], ner[i]));
        }
        return new Sentence(
                index,
                paragraph,
                begin + spans[0].getStart(),
                begin + spans[spans.length - 1].getEnd(),
                tokens,
                entities);
    }

    /** The model jars (with their versions) and the name-finder file this engine loaded. */
    @Override
    public List<String> artifacts() {
        List<String> artifacts = new ArrayList<>();
        for (String resource : List.of(SENTENCE_MODEL, TOKEN_MODEL, POS_MODEL)) {
            URL url = OpenNlpEngine.class.getClassLoader().getResource(resource);
            artifacts.add(url == null ? resource : CoreNlpEngine.fileName(url.toString()) + "!/" + resource);
        }
        if (nameModel != null) {
            artifacts.add(description.substring(description.indexOf("+ ner ") + "+ ner ".length()));
        }
        return List.copyOf(artifacts);
    }

    @Override
    public String description() {
        return description;
    }
}
