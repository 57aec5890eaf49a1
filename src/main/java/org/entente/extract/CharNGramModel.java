package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's language-detection model (a maximum-entropy model over the character 1- to 3-grams of a text, trained
 * with GIS) read straight into flat arrays, and applied as OpenNLP's {@code LanguageDetectorME.predictLanguage}
 * applies it: the text normalised by the same normalisers, lower-cased code point by code point, each distinct
 * n-gram a feature of value 1, a uniform prior, the most probable language (the first of equals).
 *
 * <p>Why not OpenNLP's own reader: it makes a string, a context object and a parameter array for each of the
 * model's 145,895 n-grams and parses 35,798 outcome patterns through the JDK's data streams, which took 0.7–0.9 s
 * of CPU at the start of every run, and the first document waited for it (issue 18, docs/performance.md). Here the
 * n-grams become packed {@code long} keys of an open-addressing table and the 1.27 million parameters one array
 * read in bulk. {@code CharNGramModelTest} checks that it picks the language OpenNLP picks.
 *
 * <p>Immutable and thread-safe.
 */
final class CharNGramModel {
    /** The model's entry inside the OpenNLP model package (a zip). */
    private static final String ENTRY = "langdetect.model";
    /** The normalisers of OpenNLP's {@code LanguageDetectorFactory.getContextGenerator()}, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(),
            UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(),
            NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    /** The n-gram lengths of that context generator. */
    private static final int MIN_GRAM = 1;

    private static final int MAX_GRAM = 3;

    private final String[] outcomes;
    /** The log of the uniform prior, as OpenNLP's {@code UniformPrior} computes it. */
    private final double logPrior;
    /** Open addressing over packed n-grams ({@link #key}); 0 marks a free slot. */
    private final long[] keys;
    /** The predicate of each occupied slot of {@link #keys}. */
    private final int[] predicates;
    /** Each predicate's outcomes (one array per outcome pattern, shared). */
    private final int[][] predicateOutcomes;
    /** Where each predicate's parameters begin in {@link #parameters}, one per outcome of its pattern. */
    private final int[] firstParameter;

    private final double[] parameters;

    private CharNGramModel(
            String[] outcomes, long[] keys, int[] predicates, int[][] outcomesOf, int[] first, double[] parameters) {
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        this.keys = keys;
        this.predicates = predicates;
        this.predicateOutcomes = outcomesOf;
        this.firstParameter = first;
        this.parameters = parameters;
    }

    /**
     * Reads an OpenNLP language-detection model package (the zip that holds {@value #ENTRY}).
     *
     * @param in the package; not closed
     * @throws IOException when it cannot be read or is not such a model
     */
    static CharNGramModel read(InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals(ENTRY)) {
                return parse(ByteBuffer.wrap(zip.readAllBytes()));
            }
        }
        throw new IOException("no " + ENTRY + " in the model package");
    }

    /** Parses OpenNLP's binary GIS model format (what its {@code GISModelReader} reads). */
    private static CharNGramModel parse(ByteBuffer in) throws IOException {
        try {
            String type = utf(in);
            if (!type.equals("GIS")) {
                throw new IOException("model type " + type + ", expected GIS");
            }
            in.getInt(); // correction constant and parameter: not used in evaluation
            in.getDouble();
            String[] outcomes = new String[count(in)];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = utf(in);
            }
            // outcome patterns: "n o1 o2 ...", the next n predicates have outcomes o1 o2 ...
            int[] patternSize = new int[count(in)];
            int[][] patternOutcomes = new int[patternSize.length][];
            for (int i = 0; i < patternSize.length; i++) {
                int[] numbers = numbers(in, outcomes.length);
                patternSize[i] = numbers[0];
                patternOutcomes[i] = Arrays.copyOfRange(numbers, 1, numbers.length);
            }
            int predicateCount = count(in);
            int capacity = Integer.highestOneBit(Math.max(predicateCount, 1) * 3) << 1; // load under 1/3
            long[] keys = new long[capacity];
            int[] slots = new int[capacity];
            char[] gram = new char[MAX_GRAM];
            for (int p = 0; p < predicateCount; p++) {
                int length = modifiedUtf8(in, gram);
                if (length < MIN_GRAM) {
                    throw new IOException("n-gram " + p + " has " + length + " characters");
                }
                long key = key(gram, 0, length);
                int slot = slot(keys, key);
                keys[slot] = key; // a repeated n-gram keeps its last parameters, as OpenNLP's map does
                slots[slot] = p;
            }
            int[][] outcomesOf = new int[predicateCount][];
            int[] first = new int[predicateCount];
            int p = 0;
            int parameterCount = 0;
            for (int i = 0; i < patternSize.length; i++) {
                for (int j = 0; j < patternSize[i]; j++, p++) {
                    if (p >= predicateCount) {
                        throw new IOException("outcome patterns cover more than the " + predicateCount + " n-grams");
                    }
                    outcomesOf[p] = patternOutcomes[i];
                    first[p] = parameterCount;
                    parameterCount += patternOutcomes[i].length;
                }
            }
            if (p != predicateCount) {
                throw new IOException("outcome patterns cover " + p + " of " + predicateCount + " n-grams");
            }
            double[] parameters = new double[parameterCount];
            in.slice().asDoubleBuffer().get(parameters);
            return new CharNGramModel(outcomes, keys, slots, outcomesOf, first, parameters);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("truncated or malformed model: " + e, e);
        }
    }

    /**
     * The most probable language of a text, by OpenNLP's code (such as "eng", "rus", "cmn").
     *
     * @param text any text
     */
    String predict(CharSequence text) {
        char[] chars = lowerCase(NORMALIZER.normalize(text));
        double[] scores = new double[outcomes.length];
        Arrays.fill(scores, logPrior);
        // each distinct n-gram counts once (a feature of value 1), as in OpenNLP's context
        long[] seen = new long[Integer.highestOneBit(Math.max(chars.length, 1) * MAX_GRAM * 2) << 1];
        for (int length = MIN_GRAM; length <= MAX_GRAM; length++) {
            for (int i = 0; i + length <= chars.length; i++) {
                long key = key(chars, i, length);
                int s = slot(seen, key);
                if (seen[s] != 0) {
                    continue;
                }
                seen[s] = key;
                int t = slot(keys, key);
                if (keys[t] == 0) {
                    continue; // an n-gram the model does not know
                }
                int predicate = predicates[t];
                int[] outs = predicateOutcomes[predicate];
                for (int k = 0, at = firstParameter[predicate]; k < outs.length; k++, at++) {
                    scores[outs[k]] += parameters[at];
                }
            }
        }
        double sum = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            sum += scores[o];
        }
        int best = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= sum;
            // the first of the highest by Double.compare, as OpenNLP's stable sort of its languages
            if (Double.compare(scores[o], scores[best]) > 0) {
                best = o;
            }
        }
        return outcomes[best];
    }

    /**
     * The text lower-cased code point by code point into an array of the text's length, as OpenNLP's
     * {@code StringUtil.toLowerCaseCharBuffer} does (a shorter result is padded with NUL characters).
     */
    private static char[] lowerCase(CharSequence text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            int lower = Character.toLowerCase(c);
            if (n + Character.charCount(lower) > out.length) {
                break; // would overflow OpenNLP's buffer; no lower-case mapping of the JDK gets longer
            }
            n += Character.toChars(lower, out, n);
        }
        return out;
    }

    /** An n-gram of one to three UTF-16 characters packed into a non-zero {@code long}. */
    private static long key(char[] chars, int from, int length) {
        long key = length;
        for (int k = 0; k < MAX_GRAM; k++) {
            key = key << 16 | (k < length ? chars[from + k] : 0);
        }
        return key;
    }

    /** The slot of a key in an open-addressing table: where it is, or the free slot where it would go. */
    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (table[s] != 0 && table[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** A non-negative count. */
    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }

    /** A string as {@code DataOutputStream.writeUTF} writes it, for the short strings of the model's header. */
    private static String utf(ByteBuffer in) {
        byte[] bytes = new byte[in.getShort() & 0xFFFF];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The space-separated numbers of an outcome pattern, each outcome checked against the outcome count. */
    private static int[] numbers(ByteBuffer in, int outcomes) throws IOException {
        int end = (in.getShort() & 0xFFFF) + in.position();
        int[] numbers = new int[8];
        int n = 0;
        while (in.position() < end) {
            int value = 0;
            int digits = 0;
            while (in.position() < end) {
                int b = in.get();
                if (b == ' ') {
                    break;
                }
                if (b < '0' || b > '9') {
                    throw new IOException("outcome pattern with '" + (char) b + "'");
                }
                value = value * 10 + (b - '0');
                digits++;
            }
            if (digits == 0 || (n > 0 && value >= outcomes)) {
                throw new IOException("bad outcome pattern near byte " + in.position());
            }
            if (n == numbers.length) {
                numbers = Arrays.copyOf(numbers, n * 2);
            }
            numbers[n++] = value;
        }
        if (n < 2) {
            throw new IOException("outcome pattern without outcomes near byte " + in.position());
        }
        return Arrays.copyOf(numbers, n);
    }

    /**
     * Decodes a string as {@code DataOutputStream.writeUTF} writes it (modified UTF-8: one to three bytes per
     * UTF-16 character) into {@code out}.
     *
     * @return its length in characters
     * @throws IOException when it is longer than {@code out} or malformed
     */
    private static int modifiedUtf8(ByteBuffer in, char[] out) throws IOException {
        int end = (in.getShort() & 0xFFFF) + in.position();
        int n = 0;
        while (in.position() < end) {
            if (n == out.length) {
                throw new IOException("n-gram longer than " + out.length + " characters near byte " + in.position());
            }
            int a = in.get() & 0xFF;
            char c;
            if (a < 0x80) {
                c = (char) a;
            } else if ((a & 0xE0) == 0xC0) {
                c = (char) ((a & 0x1F) << 6 | (in.get() & 0x3F));
            } else if ((a & 0xF0) == 0xE0) {
                c = (char) ((a & 0x0F) << 12 | (in.get() & 0x3F) << 6 | (in.get() & 0x3F));
            } else {
                throw new IOException("malformed modified UTF-8 near byte " + in.position());
            }
            out[n++] = c;
        }
        return n;
    }
}
