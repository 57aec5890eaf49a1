package org.entente.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs with PDFBox from known text, and returns the text an extractor should give back.
 *
 * <p>Layout: US Letter, 1-inch margins, a running header at the top and a page number at the bottom of every
 * page, one or two columns (24 pt gutter), a full-width bold title on page 1, bold headings 2 pt larger than
 * the 10 pt body, paragraphs marked by a first-line indent or by extra spacing. A greedy left-aligned line
 * breaker fills the lines; when asked it hyphenates lower-case words longer than 8 letters that do not fit
 * (at a syllable-ish point: before a consonant that is followed by a vowel) and breaks hyphenated compounds
 * after a hyphen. A {@code "\n"} in a paragraph forces a line break there (after a "-" the hyphen stays,
 * otherwise it reads as a space).
 *
 * <p>Fonts are Standard 14 (Helvetica or Times, WinAnsi encoding). Characters the font cannot encode are
 * replaced in both the PDF and the expected text: curly quotes by straight ones, dashes by "-", the
 * ellipsis by "...", anything else by "?". (WinAnsi does have curly quotes and en/em dashes, so those
 * are kept; the replacement matters for characters such as Korean or Cyrillic.)
 *
 * <p>Builders are not thread-safe; use one per fixture.
 */
public final class PdfFixtures {
    private static final float MARGIN = 72;
    private static final float GUTTER = 24;
    private static final float BODY = 10;
    private static final float LEADING = 12;

    private PdfFixtures() {}

    /** Body font family. */
    public enum Family {
        HELVETICA,
        TIMES
    }

    /** How page numbers are printed in the footer. */
    public enum PageNumbers {
        NONE,
        PLAIN,
        DASHED,
        PAGE_OF
    }

    /** A heading or a paragraph of the body. */
    public record Block(String text, boolean heading) {
        public Block {
            Objects.requireNonNull(text, "text");
        }

        public static Block heading(String text) {
            return new Block(text, true);
        }

        public static Block paragraph(String text) {
            return new Block(text, false);
        }
    }

    /**
     * A written fixture.
     *
     * @param path             the PDF file
     * @param expectedText     the text an extractor should return: paragraphs (title and headings included)
     *                         joined by a blank line
     * @param paragraphs       number of paragraphs in {@code expectedText}
     * @param pages            number of pages written
     * @param hyphenatedBreaks number of words the line breaker split with an inserted hyphen
     */
    public record Generated(Path path, String expectedText, int paragraphs, int pages, int hyphenatedBreaks) {}

    /** Starts a new fixture description. */
    public static Builder builder() {
        return new Builder();
    }

    /** Describes and writes one text PDF. */
    public static final class Builder {
        private String title = "";
        private String infoTitle;
        private String author = "";
        private LocalDate date;
        private String series = "";
        private String header = "";
        private PageNumbers pageNumbers = PageNumbers.PLAIN;
        private int columns = 1;
        private Family family = Family.TIMES;
        private boolean indent = true;
        private boolean hyphenate;
        private final List<Block> blocks = new ArrayList<>();

        private Builder() {}

        /** Title printed full-width on page 1; also the info-dictionary title unless {@link #infoTitle} is set. */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** Title in the info dictionary only ("" for none). */
        public Builder infoTitle(String value) {
            infoTitle = value;
            return this;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /** Series, written as the info dictionary's subject. */
        public Builder series(String value) {
            series = value;
            return this;
        }

        /** Running header printed at the top of every page. */
        public Builder header(String value) {
            header = value;
            return this;
        }

        public Builder pageNumbers(PageNumbers value) {
            pageNumbers = value;
            return this;
        }

        public Builder columns(int value) {
            if (value != 1 && value != 2) {
                throw new IllegalArgumentException("columns must be 1 or 2, was " + value);
            }
            columns = value;
            return this;
        }

        public Builder family(Family value) {
            family = value;
            return this;
        }

        /** true: paragraphs start with a first-line indent; false: paragraphs are separated by extra space. */
        public Builder indent(boolean value) {
            indent = value;
            return this;
        }

        /** Whether the line breaker may hyphenate long words and break compounds after their hyphen. */
        public Builder hyphenate(boolean value) {
            hyphenate = value;
            return this;
        }

        public Builder heading(String text) {
            blocks.add(Block.heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(Block.paragraph(text));
            return this;
        }

        public Builder blocks(List<Block> values) {
            blocks.addAll(values);
            return this;
        }

        /** Writes the PDF. */
        public Generated write(Path file) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                Writer w = new Writer(doc, this);
                List<String> expected = w.layout();
                w.finish();
                doc.save(file.toFile());
                return new Generated(file, String.join("\n\n", expected), expected.size(), w.pageCount(), w.hyphenated);
            }
        }
    }

    /** Lays out and draws the text. Not thread-safe. */
    private static final class Writer {
        private final PDDocument doc;
        private final Builder spec;
        private final PDFont regular;
        private final PDFont bold;
        private final float columnWidth;
        private PDPageContentStream out;
        private int column;
        private float y;
        private float bandTop;
        private boolean columnTop;
        int hyphenated;

        Writer(PDDocument doc, Builder spec) {
            this.doc = doc;
            this.spec = spec;
            boolean times = spec.family == Family.TIMES;
            regular =
                    new PDType1Font(times ? Standard14Fonts.FontName.TIMES_ROMAN : Standard14Fonts.FontName.HELVETICA);
            bold = new PDType1Font(
                    times ? Standard14Fonts.FontName.TIMES_BOLD : Standard14Fonts.FontName.HELVETICA_BOLD);
            float body = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            columnWidth = spec.columns == 1 ? body : (body - GUTTER) / 2;
        }

        int pageCount() {
            return doc.getNumberOfPages();
        }

        List<String> layout() throws IOException {
            List<String> expected = new ArrayList<>();
            newPage();
            if (!spec.title.isBlank()) {
                String title = sanitize(bold, spec.title);
                float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
                for (String line : breakLines(title, bold, 18, width, false)) {
                    y -= 22;
                    draw(bold, 18, MARGIN, y, line);
                }
                y -= 18;
                bandTop = y;
                expected.add(clean(title));
            }
            boolean first = true;
            for (Block block : spec.blocks) {
                String text = block.heading() ? sanitize(bold, block.text()) : sanitize(regular, block.text());
                if (block.heading()) {
                    placeHeading(text, first);
                } else {
                    placeParagraph(text, first);
                }
                first = false;
                expected.add(clean(text));
            }
            return expected;
        }

        private void placeHeading(String text, boolean first) throws IOException {
            List<String> lines = breakLines(text, bold, BODY + 2, columnWidth, false);
            space(first ? 0 : 10);
            for (String line : lines) {
                advance(LEADING + 2);
                draw(bold, BODY + 2, x(0), y, line);
            }
            y -= 2;
        }

        private void placeParagraph(String text, boolean first) throws IOException {
            float indentWidth = spec.indent ? 18 : 0;
            List<String> lines = new ArrayList<>();
            String[] forced = text.split("\n", -1);
            boolean firstLine = true;
            for (String segment : forced) {
                List<String> broken = breakLinesIndented(segment.strip(), firstLine ? indentWidth : 0);
                lines.addAll(broken);
                firstLine = false;
            }
            if (!spec.indent && !first) {
                space(8);
            }
            for (int i = 0; i < lines.size(); i++) {
                advance(LEADING);
                draw(regular, BODY, x(i == 0 ? indentWidth : 0), y, lines.get(i));
            }
        }

        private List<String> breakLinesIndented(String text, float firstIndent) throws IOException {
            List<String> lines = new ArrayList<>();
            List<String> words = new ArrayList<>(Arrays.asList(text.split(" +")));
            StringBuilder line = new StringBuilder();
            float width = columnWidth - firstIndent;
            int i = 0;
            while (i < words.size()) {
                String word = words.get(i);
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(regular, BODY, candidate) <= width || line.length() == 0 && !spec.hyphenate) {
                    line.setLength(0);
                    line.append(candidate);
                    i++;
                    continue;
                }
                String[] split = spec.hyphenate ? split(line.toString(), word, width) : null;
                if (split != null) {
                    lines.add((line.length() == 0 ? "" : line + " ") + split[0]);
                    words.set(i, split[1]);
                } else if (line.length() == 0) {
                    lines.add(word);
                    i++;
                } else {
                    lines.add(line.toString());
                }
                line.setLength(0);
                width = columnWidth;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** Splits a word so its first part (ending in a hyphen) fits on the line; null if it cannot. */
        private String[] split(String line, String word, float width) throws IOException {
            String prefix = line.isEmpty() ? "" : line + " ";
            for (int i = word.length() - 1; i > 0; i--) {
                if (word.charAt(i - 1) == '-'
                        && i >= 2
                        && Character.isLetter(word.charAt(i - 2))
                        && i < word.length()
                        && width(regular, BODY, prefix + word.substring(0, i)) <= width) {
                    return new String[] {word.substring(0, i), word.substring(i)};
                }
            }
            int letters = 0;
            while (letters < word.length() && Character.isLowerCase(word.charAt(letters))) {
                letters++;
            }
            if (letters <= 8 || word.indexOf('-') >= 0) {
                return null;
            }
            for (int i = letters - 3; i >= 3; i--) {
                if (!vowel(word.charAt(i))
                        && vowel(word.charAt(i + 1))
                        && vowel(word.charAt(i - 1))
                        && width(regular, BODY, prefix + word.substring(0, i) + "-") <= width) {
                    hyphenated++;
                    return new String[] {word.substring(0, i) + "-", word.substring(i)};
                }
            }
            return null;
        }

        private static boolean vowel(char c) {
            return "aeiouy".indexOf(c) >= 0;
        }

        private List<String> breakLines(String text, PDFont font, float size, float width, boolean unused)
                throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.replace('\n', ' ').split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(font, size, candidate) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private float x(float indent) {
            return MARGIN + column * (columnWidth + GUTTER) + indent;
        }

        private void space(float points) {
            if (!columnTop) {
                y -= points;
            }
        }

        private void advance(float leading) throws IOException {
            if (y - leading < MARGIN) {
                if (column + 1 < spec.columns) {
                    column++;
                    y = bandTop;
                    columnTop = true;
                } else {
                    newPage();
                }
            }
            y -= leading;
            columnTop = false;
        }

        private float top() {
            return PDRectangle.LETTER.getHeight() - MARGIN;
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            column = 0;
            y = top();
            bandTop = y;
            columnTop = true;
            if (!spec.header.isBlank()) {
                draw(regular, 8, MARGIN, PDRectangle.LETTER.getHeight() - 40, sanitize(regular, spec.header));
            }
        }

        void finish() throws IOException {
            out.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                String label = switch (spec.pageNumbers) {
                    case NONE -> "";
                    case PLAIN -> Integer.toString(i + 1);
                    case DASHED -> "- " + (i + 1) + " -";
                    case PAGE_OF -> "Page " + (i + 1) + " of " + total;
                };
                if (!label.isEmpty()) {
                    try (PDPageContentStream s =
                            new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                        float w = width(regular, 9, label);
                        s.beginText();
                        s.setFont(regular, 9);
                        s.newLineAtOffset((PDRectangle.LETTER.getWidth() - w) / 2, 40);
                        s.showText(label);
                        s.endText();
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String infoTitle = spec.infoTitle == null ? spec.title : spec.infoTitle;
            if (!infoTitle.isEmpty()) {
                info.setTitle(infoTitle);
            }
            if (!spec.author.isEmpty()) {
                info.setAuthor(spec.author);
            }
            if (!spec.series.isEmpty()) {
                info.setSubject(spec.series);
            }
            if (spec.date != null) {
                info.setCreationDate(calendar(spec.date));
            }
        }

        private void draw(PDFont font, float size, float x, float baseline, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(text);
            out.endText();
        }
    }

    /** An image-only PDF: one page with a filled rectangle and no text. */
    public static Path imageOnly(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setNonStrokingColor(0.3f, 0.3f, 0.3f);
                s.addRect(100, 200, 400, 300);
                s.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Encrypts a fixture (AES-256).
     *
     * @param source       an unencrypted PDF
     * @param target       where to write the encrypted copy
     * @param userPassword the password needed to open it ("" for an owner-password-only file)
     */
    public static Path encrypted(Path source, Path target, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(source.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(target.toFile());
        }
        return target;
    }

    /** Writes the first {@code fraction} of a PDF's bytes, a truncated (corrupt) file. */
    public static Path truncated(Path source, Path target, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(target, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        return target;
    }

    /** Replaces characters the font cannot encode (see the class comment). */
    static String sanitize(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (cp == '\n' || canEncode(font, c)) {
                out.append(c);
                return;
            }
            String replacement = switch (cp) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> "'";
                case '\u201C', '\u201D', '\u201E', '\u2033' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
                case '\u2026' -> "...";
                case '\u00A0', '\u2009', '\u202F' -> " ";
                default -> "?";
            };
            out.append(canEncode(font, replacement) ? replacement : "?");
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String c) {
        try {
            font.encode(c);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The expected form of a paragraph: forced breaks removed, whitespace folded. */
    private static String clean(String text) {
        return text.replace("-\n", "-")
                .replace('\n', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 30, 0);
        return c;
    }
}
