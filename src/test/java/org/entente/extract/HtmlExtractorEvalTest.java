package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.model.Source;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Measures HtmlExtractor on the shared third-party pages that have ground truth (../shared/eval/html, or the
 * folder named by -Dentente.shared); skipped when that folder is absent.
 */
class HtmlExtractorEvalTest {
    private static final Path HTML =
            Path.of(System.getProperty("entente.shared", "../shared")).resolve("eval/html");

    /** One page's scores: ours and plain {@code Jsoup.parse(html).text()}. */
    private record Row(String file, HtmlEvalSupport ours, HtmlEvalSupport plain) {}

    @Test
    void extractsArticleBodiesCloseToGroundTruth() throws Exception {
        assumeTrue(
                Files.isDirectory(HTML),
                "shared eval pages not found at " + HTML.toAbsolutePath()
                        + " (run with -Dentente.shared=/path/to/shared)");
        List<Row> rows = new ArrayList<>();
        HtmlExtractor extractor = new HtmlExtractor();
        try (Stream<Path> files = Files.list(HTML)) {
            for (Path page :
                    files.filter(HtmlExtractorEvalTest::isPage).sorted().toList()) {
                String truth = truth(page);
                Document doc = extractor.extract(
                        new Source("eval", page, page.getFileName().toString(), "html", "", Files.size(page)));
                String plain = Jsoup.parse(page.toFile()).text();
                rows.add(new Row(
                        page.getFileName().toString(),
                        HtmlEvalSupport.score(doc.text(), truth),
                        HtmlEvalSupport.score(plain, truth)));
            }
        }
        assumeTrue(!rows.isEmpty(), "no pages with ground truth in " + HTML);
        System.out.println(table(rows));
        double averageF1 =
                rows.stream().mapToDouble(r -> r.ours().f1()).average().orElse(0);
        assertThat(averageF1).as("average F1 over %d pages", rows.size()).isGreaterThanOrEqualTo(0.95);
        for (Row row : rows) {
            assertThat(row.ours().f1()).as("F1 of %s", row.file()).isGreaterThanOrEqualTo(0.94);
        }
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".html")
                && !name.endsWith(".expected.html")
                && (Files.exists(sibling(p, ".expected.txt")) || Files.exists(sibling(p, ".expected.html")));
    }

    private static Path sibling(Path page, String suffix) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".html".length()) + suffix);
    }

    private static String truth(Path page) throws IOException {
        Path txt = sibling(page, ".expected.txt");
        if (Files.exists(txt)) {
            return Files.readString(txt, StandardCharsets.UTF_8);
        }
        return Jsoup.parse(sibling(page, ".expected.html").toFile()).text();
    }

    private static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(
                "%-60s %6s %6s %6s | %6s %6s %6s%n", "file (ours | Jsoup text())", "P", "R", "F1", "P", "R", "F1"));
        for (Row r : rows) {
            out.append(String.format(
                    "%-60s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
                    shorten(r.file()),
                    r.ours().precision(),
                    r.ours().recall(),
                    r.ours().f1(),
                    r.plain().precision(),
                    r.plain().recall(),
                    r.plain().f1()));
        }
        out.append(String.format(
                "%-60s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
                "average",
                rows.stream().mapToDouble(r -> r.ours().precision()).average().orElse(0),
                rows.stream().mapToDouble(r -> r.ours().recall()).average().orElse(0),
                rows.stream().mapToDouble(r -> r.ours().f1()).average().orElse(0),
                rows.stream().mapToDouble(r -> r.plain().precision()).average().orElse(0),
                rows.stream().mapToDouble(r -> r.plain().recall()).average().orElse(0),
                rows.stream().mapToDouble(r -> r.plain().f1()).average().orElse(0)));
        return out.toString();
    }

    private static String shorten(String name) {
        return name.length() <= 60 ? name : name.substring(0, 57) + "...";
    }
}
