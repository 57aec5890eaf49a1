package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CharNGramModel} against OpenNLP's own {@code LanguageDetectorME} on the same model: the same language for
 * every text, on texts of this project and, when ../shared is present (or the folder named by -Dentente.shared),
 * on the shared evaluation corpus and its parallel news in five languages.
 */
class CharNGramModelTest {
    private static final Path SHARED = Path.of(System.getProperty("entente.shared", "../shared"));

    private static CharNGramModel ours;
    private static LanguageDetectorModel opennlp;

    @BeforeAll
    static void loadBoth() throws IOException {
        try (InputStream in = model()) {
            ours = CharNGramModel.read(in);
        }
        try (InputStream in = model()) {
            opennlp = new LanguageDetectorModel(in);
        }
    }

    private static InputStream model() {
        return CharNGramModelTest.class.getResourceAsStream(LanguageDetector.MODEL_RESOURCE);
    }

    /** Each text's language by OpenNLP and by our reading of its model, one "opennlp ours" line per text. */
    private static List<String> disagreements(List<String> texts) {
        List<String> out = new ArrayList<>();
        LanguageDetectorME detector = new LanguageDetectorME(opennlp);
        for (String text : texts) {
            String theirs = detector.predictLanguage(text).getLang();
            String mine = ours.predict(text);
            if (!theirs.equals(mine)) {
                out.add(theirs + " " + mine + " <" + text + ">");
            }
        }
        return out;
    }

    /** Windows of a text: its whole first 2,500 characters, and pieces of 12, 60 and 400 from several places. */
    private static List<String> windows(String text) {
        List<String> out = new ArrayList<>();
        out.add(text.substring(0, Math.min(text.length(), LanguageDetector.MODEL_CHARS)));
        for (int size : new int[] {12, 60, 400}) {
            for (int from = 0; from + size <= text.length() && from < 20 * size; from += 3 * size + 7) {
                out.add(text.substring(from, from + size));
            }
        }
        return out;
    }

    @Test
    void picksTheLanguageOpenNlpPicksForSentencesInManyLanguagesAndScripts() {
        List<String> texts = List.of(
                "The foreign ministers met in Seoul on Tuesday and agreed to strengthen cooperation.",
                "Die Außenminister trafen sich am Dienstag in Seoul und vereinbarten eine engere Zusammenarbeit.",
                "Les ministres se sont réunis mardi à Séoul et ont convenu de renforcer leur coopération.",
                "Los ministros de exteriores se reunieron el martes en Seúl y acordaron reforzar la cooperación.",
                "I ministri degli esteri si sono incontrati martedì a Seul e hanno concordato di rafforzare i legami.",
                "Os ministros reuniram-se na terça-feira em Seul e concordaram em reforçar a cooperação.",
                "De ministers kwamen dinsdag in Seoul bijeen en spraken af de samenwerking te versterken.",
                "Ministrowie spraw zagranicznych spotkali się we wtorek w Seulu i uzgodnili zacieśnienie współpracy.",
                "Министры иностранных дел встретились во вторник в Сеуле и договорились укрепить сотрудничество.",
                "Міністри закордонних справ зустрілися у вівторок у Сеулі та домовилися посилити співпрацю.",
                "Dışişleri bakanları salı günü Seul'de bir araya geldi ve işbirliğini güçlendirme konusunda anlaştı.",
                "وزراء الخارجية اجتمعوا يوم الثلاثاء في سيول واتفقوا على تعزيز التعاون",
                "외교장관들은 화요일 서울에서 만나 협력을 강화하기로 합의했다.",
                "外相らは火曜日にソウルで会談し、協力を強化することで合意した。",
                "外交部长周二在首尔会晤，同意加强合作。",
                "Ngoại trưởng các nước đã gặp nhau tại Seoul hôm thứ Ba và nhất trí tăng cường hợp tác.",
                "2024 — 03 — 05 https://example.org/report?id=42 @ministry #summit 😀 NATO-Russia 50%",
                "a",
                "",
                "İSTANBUL ΑΘΗΝΑ ǅ 𝐀𝐁𝐂 \uD800 lone surrogate");
        List<String> all = new ArrayList<>(texts);
        for (String t : texts) {
            for (int n = 1; n <= t.length(); n += 5) {
                all.add(t.substring(0, n));
            }
        }

        assertThat(disagreements(all)).isEmpty();
    }

    @Test
    void picksTheLanguageOpenNlpPicksOnTheSampleCorpus() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.addAll(windows(Files.readString(f)));
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);

        assertThat(disagreements(texts)).isEmpty();
    }

    @Test
    void picksTheLanguageOpenNlpPicksOnTheSharedCorpusAndParallelNews() throws IOException {
        Path corpus = SHARED.resolve("eval/corpus");
        Path parallel = SHARED.resolve("eval/parallel/ntrex128_newstest2019_eng_kor_jpn_rus_zho.tsv");
        assumeTrue(
                Files.isDirectory(corpus) && Files.isRegularFile(parallel),
                "shared evaluation data not found at " + SHARED.toAbsolutePath()
                        + " (run with -Dentente.shared=/path/to/shared)");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.addAll(windows(Files.readString(f)));
            }
        }
        List<String> lines = Files.readAllLines(parallel, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            texts.addAll(List.of(cells).subList(2, cells.length));
        }
        assertThat(texts).hasSizeGreaterThan(20_000);

        assertThat(disagreements(texts)).isEmpty();
    }

    @Test
    void refusesAPackageWithoutTheModel() throws IOException {
        byte[] empty = zip("README.txt", "no model here".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CharNGramModel.read(new ByteArrayInputStream(empty)))
                .isInstanceOf(IOException.class)
                .hasMessage("no langdetect.model in the model package");
    }

    @Test
    void refusesATruncatedModel() throws IOException {
        byte[] whole;
        try (InputStream in = model();
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e = zip.getNextEntry();
            while (!e.getName().equals("langdetect.model")) {
                e = zip.getNextEntry();
            }
            whole = zip.readAllBytes();
        }
        byte[] cut = zip("langdetect.model", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> CharNGramModel.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("truncated or malformed model: java.nio.BufferUnderflowException");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
