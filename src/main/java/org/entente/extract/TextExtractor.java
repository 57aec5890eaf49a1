package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.TextBoilerplate.Kind;
import org.entente.model.Document;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.Source;

/**
 * Extracts plain-text (and light markdown) files.
 *
 * <p>The encoding comes from a byte-order mark (UTF-8, UTF-16LE/BE), else the bytes are decoded as strict
 * UTF-8 and, when that fails, as windows-1252. Paragraphs come from blank lines or, where there are none,
 * from line structure: sentence-final punctuation followed by a capital, short heading lines, and hard-wrapped
 * lines (many lines of about the same width), which are joined. Lines of scraped-page boilerplate (share bars,
 * form labels, attachment names, hashtag lines, truncated related-article titles, navigation in another
 * script) are dropped by their shape, not by a list of phrases. A header of title, ISO date and URL lines, and
 * a first line standing alone, become metadata.
 *
 * <p>Stateless and thread-safe.
 */
final class TextExtractor implements Extractor {
    /** A date after the words that label it, at the end of a title line ("… Upload date: 2024-05-02"). */
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)\\b(?:upload(?:ed)? date|publication date|published(?: on)?|posted(?: on)?|date)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

    private static final Pattern BULLET = Pattern.compile("([-*•–·]|\\d{1,2}[.)])\\s+\\S.*");

    @Override
    public Document extract(Source source) throws ExtractionException {
        byte[] bytes = InputFiles.read(source.path());
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return extract(source, decoded.text(), decoded.encoding());
    }

    /**
     * Extracts a document from already decoded text.
     *
     * @param source   the input file
     * @param raw      its text
     * @param encoding the encoding it was decoded from
     * @return the document
     * @throws ExtractionException "no text: ..." when nothing but whitespace or boilerplate is left
     */
    static Document extract(Source source, String raw, String encoding) throws ExtractionException {
        String text = raw.replace("\0", "");
        if (TextAssembler.normalise(text).isEmpty()) {
            throw new ExtractionException(FailureKind.NO_TEXT, "no text: the file is empty or holds only whitespace");
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        TextLine[] parsed = new TextLine[lines.length];
        for (int i = 0; i < lines.length; i++) {
            parsed[i] = TextLine.parse(lines[i]);
        }
        TextHeader header = TextHeader.read(parsed);
        Kind[] kinds = TextBoilerplate.classify(parsed, header, TextLine.latinScript(text));
        return assemble(source, encoding, parsed, kinds, header);
    }

    private static Document assemble(Source source, String encoding, TextLine[] lines, Kind[] kinds, TextHeader header)
            throws ExtractionException {
        // Blocks: runs of kept lines, ended by blank, rule, metadata or dropped lines.
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean kept = kinds[i] == Kind.CONTENT;
            if (kept) {
                current.add(i);
            } else if (!current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        int width = wrapWidth(lines, blocks);

        int titleLine = header.titleLine();
        if (titleLine < 0 && blocks.size() > 1 && blocks.get(0).size() == 1) {
            TextLine first = lines[blocks.get(0).get(0)];
            if (first.text().length() <= 300 && !first.text().endsWith(".")) {
                titleLine = blocks.get(0).get(0);
            }
        }

        TextAssembler assembler = new TextAssembler();
        StringBuilder paragraph = new StringBuilder();
        for (List<Integer> block : blocks) {
            for (int k = 0; k < block.size(); k++) {
                TextLine line = lines[block.get(k)];
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.text());
                boolean last = k == block.size() - 1;
                TextLine next = last ? null : lines[block.get(k + 1)];
                if (last || breaksAfter(line, next, width)) {
                    boolean single = paragraph.length() == line.text().length();
                    boolean heading = block.get(k) == titleLine
                            || single
                                    && (line.markHeading()
                                            || numberedHeading(line, width)
                                            || headingLike(line, width)
                                                    && Character.isLetter(
                                                            line.text().codePointAt(0)));
                    assembler.add(paragraph.toString(), heading);
                    paragraph.setLength(0);
                }
            }
        }

        Metadata metadata = header.metadata();
        if (titleLine >= 0 && metadata.title().isEmpty()) {
            String title = lines[titleLine].text();
            Matcher date = LABELLED_DATE.matcher(title);
            String iso = metadata.date();
            if (date.find()) {
                iso = iso.isEmpty() ? IsoDates.normalise(date.group(1)).orElse("") : iso;
                title = title.substring(0, date.start()).strip();
            }
            metadata = new Metadata(title, metadata.authors(), iso, metadata.series(), metadata.url(), null);
        }
        return assembler.build(source, metadata, 0, encoding, "no text: every line looked like page boilerplate");
    }

    /** Whether a paragraph ends after {@code line}, given the following line of its block. */
    private static boolean breaksAfter(TextLine line, TextLine next, int width) {
        if (line.markHeading()
                || next.markHeading()
                || numberedHeading(line, width)
                || headingLike(line, width) && TextLine.startsParagraph(next.text())) {
            return true;
        }
        if (BULLET.matcher(next.text()).matches()
                || line.text().startsWith("|")
                || next.text().startsWith("|")) {
            return true;
        }
        boolean sentenceEnd = line.endsSentence() || line.text().endsWith(":");
        if (headingLike(next, width) && sentenceEnd) {
            return true;
        }
        if (width > 0) {
            // Hard-wrapped: a line that stops well short of the width and ends a sentence ends a paragraph.
            return line.endsSentence() && line.text().length() < width * 0.8 && TextLine.startsParagraph(next.text());
        }
        return line.endsSentence() && TextLine.startsParagraph(next.text());
    }

    /** A numbered heading ("2. Context and Assessment"), not the first line of a wrapped numbered paragraph. */
    private static boolean numberedHeading(TextLine line, int width) {
        return line.numbered() && (width == 0 || line.text().length() < width * 0.75);
    }

    /** A short line without final punctuation, starting with a capital or a digit: a heading or label. */
    private static boolean headingLike(TextLine line, int width) {
        String s = line.text();
        if (s.isEmpty() || line.words().size() > 16 || s.length() > 120 || width > 0 && s.length() >= width * 0.75) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (TextLine.endsSentence(s) || ":;,-–—\"”’'(".indexOf(last) >= 0) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /**
     * The wrap width when the text is hard-wrapped, else 0: at least four lines, and at least half of the
     * lines of multi-line blocks within 25% of the 90th-percentile width of 45 to 110 characters.
     */
    private static int wrapWidth(TextLine[] lines, List<List<Integer>> blocks) {
        List<Integer> lengths = new ArrayList<>();
        for (List<Integer> block : blocks) {
            for (int k = 0; k < block.size() - 1; k++) {
                lengths.add(lines[block.get(k)].text().length());
            }
        }
        if (lengths.size() < 4) {
            return 0;
        }
        List<Integer> sorted = lengths.stream().sorted().toList();
        int width = sorted.get((int) Math.floor(sorted.size() * 0.9) - 1);
        if (width < 45 || width > 110) {
            return 0;
        }
        long near = lengths.stream()
                .filter(l -> l >= width * 0.75 && l <= width + 5)
                .count();
        return near * 2 >= lengths.size() ? width : 0;
    }
}
