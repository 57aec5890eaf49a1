package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.entente.actors.DictionaryLoader;
import org.entente.actors.DictionaryResolver;
import org.entente.actors.ResolverOptions;
import org.entente.extract.ExtractionException;
import org.entente.extract.Extractor;
import org.entente.extract.InputFormat;
import org.entente.extract.LanguageDetector;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Compound;
import org.entente.model.Document;
import org.entente.model.Mention;
import org.entente.model.NamedEntity;
import org.entente.model.Paragraph;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.model.Source;
import org.entente.model.Token;
import org.entente.testing.Cli;
import org.entente.testing.Docs;

/**
 * Fuzzing the per-document stages that read untrusted bytes: the three extractors, the language detector and
 * the dictionary resolver's compound splitting. Only {@link ExtractionException} may leave an extractor; a
 * returned document has non-empty text and paragraphs in order inside it; every mention's span lies inside the
 * text and reads as the mention's text. A hang is guarded against (not timed): an input that keeps an
 * extractor busy longer than {@link #HANG_LIMIT_SECONDS} fails the property.
 */
class ExtractorFuzzTest {
    /** Far above any extraction of these small inputs (milliseconds); only a hang reaches it. */
    private static final long HANG_LIMIT_SECONDS = 60;

    private static final Map<String, Extractor> EXTRACTORS = Map.of(
            "pdf",
            InputFormat.PDF.extractor(20),
            "html",
            InputFormat.HTML.extractor(20),
            "txt",
            InputFormat.TXT.extractor(20));
    private static final Path DIR;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-extract");
        t.setDaemon(true);
        return t;
    });
    private static final List<Path> CORPUS;
    private static final LanguageDetector LANGUAGES = new LanguageDetector();
    private static final DictionaryResolver RESOLVER = new DictionaryResolver(
            DictionaryLoader.load(Cli.HOME.resolve("models"), List.of()), new ResolverOptions(true, true, true));

    static {
        try {
            DIR = Files.createTempDirectory("entente-fuzz");
            try (Stream<Path> files = Files.list(Cli.HOME.resolve("corpus"))) {
                CORPUS = files.filter(f -> f.toString().matches(".*\\.(txt|html|pdf)$"))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---------------------------------------------------------------- random bytes

    @Property(tries = 500)
    void randomBytesAsTextGiveADocumentOrAnExtractionException(@ForAll("bytes") byte[] bytes) {
        extractChecked("txt", bytes);
    }

    @Property(tries = 500)
    void randomBytesAsHtmlGiveADocumentOrAnExtractionException(@ForAll("bytes") byte[] bytes) {
        extractChecked("html", bytes);
    }

    @Property(tries = 500)
    void randomBytesAsPdfGiveADocumentOrAnExtractionException(
            @ForAll("bytes") byte[] bytes, @ForAll boolean withHeader) {
        byte[] input = withHeader ? concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), bytes) : bytes;
        extractChecked("pdf", input);
    }

    @Property(tries = 500)
    void randomMarkupGivesADocumentOrAnExtractionException(@ForAll("markup") String text) {
        extractChecked("html", text.getBytes(StandardCharsets.UTF_8));
        extractChecked("txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void languageDetectionAcceptsAnyText(@ForAll("markup") String text) {
        assertThat(LANGUAGES.detect(text)).matches("[a-z]{3}|");
    }

    // ---------------------------------------------------------------- mutations of the sample corpus

    @Property(tries = 200)
    void mutatedCorpusTextAndHtmlGiveADocumentOrAnExtractionException(
            @ForAll("textCorpusFile") Path file, @ForAll("mutations") List<Mutation> mutations) {
        extractChecked(
                InputFormat.ofFileName(file.getFileName().toString())
                        .orElseThrow()
                        .label(),
                mutate(file, mutations));
    }

    @Property(tries = 150)
    void mutatedCorpusPdfsGiveADocumentOrAnExtractionException(
            @ForAll("pdfCorpusFile") Path file, @ForAll("mutations") List<Mutation> mutations) {
        extractChecked("pdf", mutate(file, mutations));
    }

    // ---------------------------------------------------------------- compound splitting

    @Property(tries = 1000)
    void resolvedMentionsAndCompoundsLieInsideTheTextAndReadAsTheirText(
            @ForAll("compoundText") String raw, @ForAll("entitySeeds") List<Integer> seeds) {
        AnnotatedDocument annotated = annotateByWhitespace(raw, seeds);
        ResolvedDocument resolved = RESOLVER.resolve(annotated);
        String text = annotated.document().text();
        Statistics.label("compounds").collect(resolved.compounds().isEmpty() ? "none" : "some");
        for (Mention m : resolved.mentions()) {
            assertThat(m.begin()).as(m.toString()).isBetween(0, m.end() - 1);
            assertThat(m.end()).as(m.toString()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.begin(), m.end())).as(m.toString()).isEqualTo(m.text());
            Sentence s = annotated.sentences().get(m.sentence());
            assertThat(m.begin()).as(m.toString()).isGreaterThanOrEqualTo(s.begin());
            assertThat(m.end()).as(m.toString()).isLessThanOrEqualTo(s.end());
        }
        for (Compound c : resolved.compounds()) {
            assertThat(c.begin()).as(c.toString()).isBetween(0, c.end() - 1);
            assertThat(c.end()).as(c.toString()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(c.begin(), c.end())).as(c.toString()).isEqualTo(c.text());
            assertThat(c.actorIds()).as(c.toString()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    /** Text made of markup, markdown and page furniture pieces, letters, controls and other scripts. */
    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "<p>",
                        "</p>",
                        "<div class=\"share\">",
                        "</div>",
                        "<article>",
                        "</article>",
                        "<h1>",
                        "</h1>",
                        "<br>",
                        "<br><br>",
                        "<table><tr><td>",
                        "</td></tr></table>",
                        "<script>",
                        "</script>",
                        "<!--",
                        "-->",
                        "<![CDATA[",
                        "]]>",
                        "<meta name=\"citation_date\" content=\"2024-13-45\">",
                        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":",
                        "<time datetime=\"",
                        "&amp;",
                        "&#0;",
                        "&#xD800;",
                        "<li>",
                        "<ul>",
                        "<nav>",
                        "\"",
                        "'"),
                Arbitraries.of(
                        "# ",
                        "## ",
                        "**",
                        "*",
                        "[",
                        "](",
                        ")",
                        "![",
                        "|",
                        " | ",
                        "---",
                        "Title: ",
                        "Date: ",
                        "2024-02-30",
                        "https://example.org/x",
                        "\n",
                        "\n\n",
                        "\r\n",
                        "\t",
                        "\0",
                        "\u00AD",
                        "\uFEFF",
                        "\u200B",
                        "\uFFFD",
                        "\uD83D\uDE00",
                        "\uD800",
                        "…",
                        "“",
                        "’"),
                Arbitraries.of(
                        "Russia",
                        "North Korea",
                        "China",
                        "and",
                        "signed",
                        "a",
                        "treaty",
                        ".",
                        ",",
                        "Mr.",
                        "조선",
                        "Россия",
                        "中国",
                        "9.",
                        "IV.",
                        "•"),
                Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(60).map(p -> String.join(" ", p));
    }

    @Provide
    Arbitrary<Path> textCorpusFile() {
        return Arbitraries.of(
                CORPUS.stream().filter(f -> !f.toString().endsWith(".pdf")).toList());
    }

    @Provide
    Arbitrary<Path> pdfCorpusFile() {
        return Arbitraries.of(
                CORPUS.stream().filter(f -> f.toString().endsWith(".pdf")).toList());
    }

    /** A change to a file's bytes at a position given as a fraction of its length. */
    record Mutation(String kind, double at, byte[] bytes) {}

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<byte[]> some =
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16);
        Arbitrary<Mutation> mutation = Combinators.combine(
                        Arbitraries.of("flip", "truncate", "insert", "delete"), at, some)
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * Sentences of chains of dictionary forms joined by '-', '/' or dashes (sometimes with a stray space or a
     * doubled joiner), separated by spaces, commas, list words, possessives and relation nouns, with a few
     * random letters.
     */
    @Provide
    Arbitrary<String> compoundText() {
        Arbitrary<String> form = Arbitraries.of(
                "ROK",
                "U.S.",
                "US",
                "Japan",
                "North Korea",
                "Korea",
                "China",
                "Russia",
                "DPRK",
                "PRC",
                "Sino",
                "Russo",
                "Indo",
                "Kim Jong Un",
                "Kim",
                "Putin",
                "Xi",
                "President Putin",
                "Chairman Kim",
                "Washington",
                "Moscow",
                "Seoul",
                "Korean Peninsula",
                "inter-Korean",
                "Bank of China",
                "Chinese",
                "NATO",
                "UN",
                "EU",
                "Georgia",
                "Chad",
                "Moon",
                "anti",
                "pro",
                "based",
                "Korean");
        Arbitrary<String> joiner = Arbitraries.of("-", "-", "/", "–", "—", "‐", "--", "- ", " -", " ", "");
        Arbitrary<String> chain = Combinators.combine(form.list().ofMinSize(1).ofMaxSize(4), joiner)
                .as((forms, j) -> String.join(j, forms));
        Arbitrary<String> separator = Arbitraries.of(
                " ",
                " ",
                ", ",
                ". ",
                " and ",
                "'s ",
                "’s ",
                " cooperation ",
                " summit between ",
                " alignment among the ",
                " trilateral defense cooperation with ",
                " in ",
                " visit to ",
                " of ",
                " Institute ",
                "; ",
                " (",
                ") ");
        Arbitrary<String> letters =
                Arbitraries.strings().withChars("abcXYZ1é-/ .'").ofMaxLength(4);
        Arbitrary<String> piece =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, chain), net.jqwik.api.Tuple.of(1, letters));
        return Combinators.combine(
                        piece.list().ofMinSize(1).ofMaxSize(8), separator.list().ofSize(8))
                .as((pieces, separators) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        text.append(pieces.get(i)).append(separators.get(i));
                    }
                    return text.toString();
                })
                .filter(s -> !s.isBlank());
    }

    /** Seeds for named entities over token ranges (start, length, label), three numbers each. */
    @Provide
    Arbitrary<List<Integer>> entitySeeds() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(9);
    }

    // ---------------------------------------------------------------- helpers

    /** Extracts bytes written to a file of the format; fails on anything but a document or ExtractionException. */
    private static void extractChecked(String format, byte[] bytes) {
        Path file;
        try {
            file = Files.createTempFile(DIR, "fuzz", "." + format);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Source source = new Source("fuzz", file, file.getFileName().toString(), format, "", bytes.length);
        Future<Document> result = WORKER.submit(() -> EXTRACTORS.get(format).extract(source));
        try {
            assertWellFormed(result.get(HANG_LIMIT_SECONDS, TimeUnit.SECONDS));
            Statistics.label(format).collect("document");
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ExtractionException extraction)) {
                throw new AssertionError(
                        format + " extractor let " + e.getCause() + " escape on "
                                + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 64))),
                        e.getCause());
            }
            assertThat(extraction.getMessage()).isNotBlank().doesNotContain("\n", "\r");
            Statistics.label(format).collect(extraction.getMessage().replaceFirst(":.*", ""));
        } catch (TimeoutException e) {
            result.cancel(true);
            fail(format + " extractor still busy after " + HANG_LIMIT_SECONDS + " s on " + file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // left for removeTemporaryFiles
            }
        }
    }

    private static void assertWellFormed(Document doc) {
        assertThat(doc.text()).isNotBlank();
        int previousEnd = 0;
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraphs().get(i);
            assertThat(p.index()).isEqualTo(i);
            assertThat(p.begin()).as(p.toString()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(p.end()).as(p.toString()).isBetween(p.begin(), doc.text().length());
            previousEnd = p.end();
        }
        assertThat(doc.paragraphs()).isNotEmpty();
    }

    private static byte[] mutate(Path file, List<Mutation> mutations) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Mutation m : mutations) {
            int at = (int) Math.min(bytes.length, Math.floor(m.at() * bytes.length));
            switch (m.kind()) {
                case "flip" -> {
                    if (at < bytes.length) {
                        bytes[at] ^= m.bytes()[0] == 0 ? 1 : m.bytes()[0];
                    }
                }
                case "truncate" -> bytes = Arrays.copyOf(bytes, at);
                case "insert" ->
                    bytes = concat(Arrays.copyOf(bytes, at), m.bytes(), Arrays.copyOfRange(bytes, at, bytes.length));
                case "delete" ->
                    bytes = concat(
                            Arrays.copyOf(bytes, at),
                            Arrays.copyOfRange(bytes, Math.min(bytes.length, at + m.bytes().length), bytes.length));
                default -> throw new IllegalArgumentException(m.kind());
            }
        }
        return bytes;
    }

    /**
     * An annotated document without an engine: one paragraph, split into sentences after ". ", every
     * whitespace-separated word a token (NNP when capitalised, else NN), and named entities over token ranges
     * chosen by the seeds.
     */
    private static AnnotatedDocument annotateByWhitespace(String raw, List<Integer> seeds) {
        Document doc = Docs.of("fuzz", raw);
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int b = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String word = text.substring(b, i);
            String pos = Character.isUpperCase(word.codePointAt(0)) ? "NNP" : word.matches("\\p{L}+") ? "NN" : ":";
            tokens.add(new Token(b, i, word, pos, word.toLowerCase(Locale.ROOT), "O"));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int t = 0; t < tokens.size(); t++) {
            boolean last = t == tokens.size() - 1;
            if (last || tokens.get(t).text().endsWith(".") && t > first) {
                List<Token> in = tokens.subList(first, t + 1);
                List<NamedEntity> entities = new ArrayList<>();
                for (int k = 0; k + 2 < seeds.size(); k += 3) {
                    int from = seeds.get(k) % in.size();
                    int to = Math.min(in.size() - 1, from + seeds.get(k + 1) % 3);
                    int b = in.get(from).begin();
                    int e = in.get(to).end();
                    String label = List.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY")
                            .get(seeds.get(k + 2) % 4);
                    if (entities.stream().noneMatch(x -> x.begin() < e && b < x.end())) {
                        entities.add(new NamedEntity(b, e, text.substring(b, e), label));
                    }
                }
                entities.sort(Comparator.comparingInt(NamedEntity::begin));
                sentences.add(new Sentence(
                        sentences.size(),
                        0,
                        in.get(0).begin(),
                        in.get(in.size() - 1).end(),
                        in,
                        entities));
                first = t + 1;
            }
        }
        return new AnnotatedDocument(doc, sentences);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
