package org.entente.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a corpus PDF from a plain-text source with {@link PdfFixtures}.
 *
 * <p>Source format: header lines {@code key: value} (title, author, date as yyyy-mm-dd, series, header,
 * columns 1 or 2), a line {@code ---}, then the body: {@code # heading} lines and paragraphs on one line
 * each, separated by blank lines. Usage: {@code CorpusPdfs <source.pdf.txt> <out.pdf>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusPdfs {
    private CorpusPdfs() {}

    /**
     * @param args the source file and the PDF to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusPdfs <source.pdf.txt> <out.pdf>");
            System.exit(2);
        }
        PdfFixtures.Generated g = write(Path.of(args[0]), Path.of(args[1]));
        System.out.println("wrote " + g.path() + ": " + g.pages() + " pages, " + g.paragraphs() + " paragraphs");
    }

    /**
     * Writes the PDF for a source file.
     *
     * @param source the source text
     * @param out    the PDF to write
     * @return the fixture, with the text an extractor should return
     */
    public static PdfFixtures.Generated write(Path source, Path out) throws IOException {
        return builder(Files.readAllLines(source, StandardCharsets.UTF_8), source)
                .write(out);
    }

    static PdfFixtures.Builder builder(List<String> lines, Path source) {
        PdfFixtures.Builder b = PdfFixtures.builder().hyphenate(true).indent(false);
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---")) {
                i++;
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'key: value', got: " + line);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title" -> b.title(value);
                case "author", "authors" -> b.author(value);
                case "date" -> b.date(LocalDate.parse(value));
                case "series" -> b.series(value);
                case "header" -> b.header(value);
                case "columns" -> b.columns(Integer.parseInt(value));
                default -> throw new IllegalArgumentException(source + ":" + (i + 1) + ": unknown key " + key);
            }
        }
        List<PdfFixtures.Block> blocks = new ArrayList<>();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            blocks.add(
                    line.startsWith("#")
                            ? PdfFixtures.Block.heading(line.replaceFirst("^#+\\s*", ""))
                            : PdfFixtures.Block.paragraph(line));
        }
        return b.blocks(blocks);
    }
}
