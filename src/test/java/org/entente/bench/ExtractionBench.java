package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.extract.ExtractionException;
import org.entente.extract.Extractor;
import org.entente.extract.InputFormat;
import org.entente.model.Source;
import org.jsoup.Jsoup;

/**
 * Extraction throughput, side by side in one run: Entente's PDF, HTML and text extractors against the plain
 * library calls on the same files (PDFBox's PDFTextStripper, jsoup's text(), reading the file). Each side runs
 * one warm-up pass, then the median of five timed passes is reported. Run with bench/extract.
 */
public final class ExtractionBench {
    private ExtractionBench() {}

    /** A timed side: what it does to one file. */
    private interface Side {
        void run(Path file) throws Exception;
    }

    /**
     * @param args the shared evaluation folder (default ../shared/eval)
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        List<Path> pdfs = files(eval.resolve("pdf"), ".pdf");
        List<Path> html = files(eval.resolve("html"), ".html").stream()
                .filter(p -> !p.getFileName().toString().contains(".expected."))
                .toList();
        List<Path> txt = files(eval.resolve("corpus/crs"), ".txt");
        int pages = 0;
        for (Path p : pdfs) {
            try (PDDocument d = Loader.loadPDF(p.toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        Extractor pdf = InputFormat.PDF.extractor(100_000);
        Extractor htmlExtractor = InputFormat.HTML.extractor(100_000);
        Extractor text = InputFormat.TXT.extractor(100_000);
        System.out.printf(
                Locale.ROOT,
                "%-6s %-34s %6s %8s %12s %7s%n",
                "format",
                "extractor",
                "files",
                "pages",
                "per second",
                "ratio");
        double ours = rate(pdfs, f -> extract(pdf, f, "pdf")) * pages / pdfs.size();
        double plain = rate(pdfs, f -> {
                    try (PDDocument d = Loader.loadPDF(f.toFile())) {
                        new PDFTextStripper().getText(d);
                    }
                })
                * pages
                / pdfs.size();
        row("pdf", "Entente PdfExtractor (pages/s)", pdfs.size(), pages, ours, ours / plain);
        row("pdf", "PDFBox PDFTextStripper (pages/s)", pdfs.size(), pages, plain, 1);
        double oursHtml = rate(html, f -> extract(htmlExtractor, f, "html"));
        double plainHtml = rate(html, f -> Jsoup.parse(f.toFile(), "UTF-8").text());
        row("html", "Entente HtmlExtractor (docs/s)", html.size(), 0, oursHtml, oursHtml / plainHtml);
        row("html", "jsoup Jsoup.parse().text() (docs/s)", html.size(), 0, plainHtml, 1);
        double oursTxt = rate(txt, f -> extract(text, f, "txt"));
        double plainTxt = rate(txt, f -> Files.readString(f, StandardCharsets.UTF_8));
        row("txt", "Entente TextExtractor (docs/s)", txt.size(), 0, oursTxt, oursTxt / plainTxt);
        row("txt", "Files.readString (docs/s)", txt.size(), 0, plainTxt, 1);
    }

    private static void row(String format, String name, int files, int pages, double perSecond, double ratio) {
        System.out.printf(
                Locale.ROOT,
                "%-6s %-34s %6d %8s %12.1f %7.2f%n",
                format,
                name,
                files,
                pages == 0 ? "" : String.valueOf(pages),
                perSecond,
                ratio);
    }

    private static void extract(Extractor extractor, Path file, String format) {
        try {
            extractor.extract(new Source(
                    file.getFileName().toString(), file, file.getFileName().toString(), format, "", 0));
        } catch (ExtractionException e) {
            // failures (a scanned page, say) cost time too: they count as processed
        }
    }

    /** Files per second over the list: one warm-up pass, the median of five timed passes. */
    private static double rate(List<Path> files, Side side) throws Exception {
        for (Path f : files) {
            side.run(f);
        }
        List<Long> times = new ArrayList<>();
        for (int pass = 0; pass < 5; pass++) {
            long start = System.nanoTime();
            for (Path f : files) {
                side.run(f);
            }
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        return files.size() / (times.get(2) / 1e9);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
