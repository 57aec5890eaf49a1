package org.entente.nlp.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.ModelUtil;
import org.entente.model.AnnotatedDocument;
import org.entente.model.NamedEntity;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Trains Entente's name finder by distillation: the text is tokenized by the OpenNLP engine (the tokens the
 * name finder will see at run time) and labelled with the entities of another engine (CoreNLP), projected
 * onto those tokens. A sentence where a PERSON, ORGANIZATION or LOCATION entity does not start and end on
 * token boundaries, or overlaps another, is left out whole, so that the finder never learns "not a name" from
 * a name.
 *
 * <p>The recipe is fixed and has no randomness: OpenNLP's maximum-entropy trainer (GIS) with
 * {@link Settings#iterations()} iterations, a feature cutoff of {@link Settings#cutoff()}, one thread, the BIO
 * codec, the feature generator in {@code ner-features.xml} (a leaner set than OpenNLP 2.5.6's default: faster
 * and, on our data, more accurate), and a beam
 * of 1 (greedy decoding, recorded in the model, for speed; OpenNLP's default is 3). Samples are
 * given in the order they were added; the first sentence of each document clears the adaptive data. The
 * model file is then normalised ({@link #writeNormalised}) so that training twice on the same samples gives a
 * byte-identical file.
 *
 * <p>Not thread-safe: one thread adds documents, then trains.
 */
public final class NameFinderTrainer {
    /** The entity labels the name finder learns. */
    public static final Set<String> LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** OpenNLP's training and manifest key of the decoder's beam size. */
    static final String BEAM_SIZE = "BeamSize";
    /** Classpath resource of the feature generator descriptor. */
    static final String FEATURES = "ner-features.xml";
    /** The fixed time of every entry of a normalised model file (local time, so no time zone enters). */
    static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /**
     * The training recipe.
     *
     * @param iterations GIS iterations
     * @param cutoff     minimum count of a feature to be kept
     */
    public record Settings(int iterations, int cutoff) {
        /** Entente's recipe: 100 iterations, cutoff 5 (OpenNLP's defaults). */
        public static final Settings DEFAULT = new Settings(100, 5);
    }

    /** What was added: sentences and tokens kept, sentences left out, names per label. */
    public record Stats(int sentences, long tokens, int skipped, Map<String, Integer> names) {}

    private final List<NameSample> samples = new ArrayList<>();
    private final Map<String, Integer> names = new TreeMap<>();
    private long tokens;
    private int skipped;

    /**
     * Adds one document.
     *
     * @param tokenized the document as the OpenNLP engine tokenized it (its entities are ignored)
     * @param labels    the reference entities of the same document text (e.g. from the CoreNLP engine)
     */
    public void add(AnnotatedDocument tokenized, List<NamedEntity> labels) {
        List<NamedEntity> relevant =
                labels.stream().filter(n -> LABELS.contains(n.label())).toList();
        boolean first = true;
        for (Sentence sentence : tokenized.sentences()) {
            List<Token> toks = sentence.tokens();
            String[] words = toks.stream().map(Token::text).toArray(String[]::new);
            List<Span> spans = new ArrayList<>();
            boolean aligned = true;
            for (NamedEntity entity : relevant) {
                if (entity.end() <= sentence.begin() || entity.begin() >= sentence.end()) {
                    continue;
                }
                int b = -1;
                int e = -1;
                for (int i = 0; i < toks.size(); i++) {
                    if (toks.get(i).begin() == entity.begin()) {
                        b = i;
                    }
                    if (toks.get(i).end() == entity.end()) {
                        e = i + 1;
                    }
                }
                if (b < 0 || e <= b) {
                    aligned = false;
                    break;
                }
                Span span = new Span(b, e, entity.label());
                if (spans.stream().anyMatch(x -> x.intersects(span))) {
                    aligned = false;
                    break;
                }
                spans.add(span);
            }
            if (!aligned) {
                skipped++;
                continue;
            }
            samples.add(new NameSample(words, spans.toArray(Span[]::new), first));
            first = false;
            tokens += words.length;
            spans.forEach(s -> names.merge(s.getType(), 1, Integer::sum));
        }
    }

    /** What has been added so far. */
    public Stats stats() {
        return new Stats(samples.size(), tokens, skipped, Collections.unmodifiableMap(new TreeMap<>(names)));
    }

    /**
     * Writes the samples in OpenNLP's name-finder training format ({@code <START:PERSON> Kim Jong Un <END>}),
     * one sentence a line, an empty line between documents; for inspection and for OpenNLP's own tools.
     *
     * @param file the file to write
     * @throws IOException when it cannot be written
     */
    public void writeSamples(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < samples.size(); i++) {
            NameSample s = samples.get(i);
            if (s.isClearAdaptiveDataSet() && i > 0) {
                sb.append('\n');
            }
            sb.append(s.toString().replaceFirst("^\\n", "")).append('\n'); // toString() marks a new document itself
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Trains the name finder on the samples and writes the model file.
     *
     * @param settings the recipe's settings
     * @param out      the model file to write (replaced atomically)
     * @throws IOException when training or writing fails
     */
    public void train(Settings settings, Path out) throws IOException {
        if (samples.isEmpty()) {
            throw new IOException("no training sentences: expected text with PERSON, ORGANIZATION or LOCATION names");
        }
        TrainingParameters params = ModelUtil.createDefaultTrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(BEAM_SIZE, 1); // greedy decoding at run time (recorded in the model's manifest)
        byte[] features;
        try (InputStream in = NameFinderTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IOException("feature descriptor " + FEATURES + " missing from the classpath");
            }
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
        TokenNameFinderModel model =
                NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + out.getFileName() + ".tmp"); // default permissions, unlike createTempFile
        try (OutputStream o = Files.newOutputStream(tmp)) {
            writeNormalised(raw.toByteArray(), o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Rewrites an OpenNLP model zip so that it depends on nothing but its content: every entry gets the same
     * fixed time, and {@code manifest.properties} is written with sorted keys, without the date comment
     * {@link Properties#store} adds, and with OpenNLP's creation {@code Timestamp} set to 0. OpenNLP reads
     * the result as it reads the original.
     */
    static void writeNormalised(byte[] model, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    content = normalisedManifest(content);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_TIME);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
    }

    private static byte[] normalisedManifest(byte[] content) throws IOException {
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(content));
        p.setProperty("Timestamp", "0");
        StringBuilder sb = new StringBuilder();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            sb.append(escape(key).replace(" ", "\\ "))
                    .append('=')
                    .append(escape(p.getProperty(key)))
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
