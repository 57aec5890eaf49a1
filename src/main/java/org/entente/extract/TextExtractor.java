package org.entente.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Document;
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
public final class TextExtractor implements Extractor {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MD_BOLD = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern MD_ITALIC = Pattern.compile("\\*([^*\\s][^*]*?)\\s*\\*");
    private static final Pattern MD_HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*#*\\s*");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.|[A-Z]\\.)\\s+\\p{Lu}.*");
    private static final Pattern BULLET = Pattern.compile("([-*•–·]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).*\\S\\.(pdf|docx?|hwpx?|xlsx?|pptx?|zip|rtf|odt|epub|csv)(\\s*[(\\[][^)\\]]*[)\\]])?");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|•·›»>/]\\s");
    private static final Pattern SENTENCE_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]*\\p{Ll}");
    private static final Pattern LABELLED_FIELD = Pattern.compile(
            "(?i)(title|authors?|author\\(s\\)|by|date|publication date|published|upload date|source|url)\\s*:\\s*(.+)");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)\\b(?:upload(?:ed)? date|publication date|published(?: on)?|posted(?: on)?|date)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");
    /** A front-matter field: "Version: 12", "| Topics: | Foreign Affairs". */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\|?\\s*\\p{Lu}[^:|]{0,40}:\\s*\\|?\\s*[^|]{1,80}?\\s*\\|?");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** Names of social networks and sharing actions, as they appear on share bars. */
    private static final Set<String> SHARE_WORDS = Set.of("facebook", "twitter", "x", "kakaotalk", "kakao",
            "kakaostory", "line", "linkedin", "whatsapp", "telegram", "email", "e-mail", "mail", "print", "share",
            "reddit", "pinterest", "instagram", "youtube", "weibo", "wechat", "naver", "band", "blog", "tumblr",
            "flipboard", "threads", "bluesky", "mastodon", "copy", "link", "url", "rss", "sms");

    /** Line classes while deciding what is boilerplate. */
    private enum Kind { BLANK, CONTENT, AMBIGUOUS, BOILERPLATE }

    /** Decoded text and the name of the encoding it came from. */
    record Decoded(String text, String encoding) {
    }

    @Override
    public Document extract(Source source) throws ExtractionException {
        byte[] bytes = InputFiles.read(source.path());
        Decoded decoded = decode(bytes);
        return extract(source, decoded.text(), decoded.encoding());
    }

    /**
     * Decodes bytes: a BOM first; then UTF-16 without BOM where every other byte is NUL; then UTF-8, where
     * invalid bytes are replaced by U+FFFD (and counted in the encoding's name) as long as the valid non-ASCII
     * characters are at least as many; otherwise windows-1252.
     *
     * @param bytes the file's bytes
     * @return the text (BOM removed) and its encoding's name
     */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        long invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                invalid += result.length();
                in.position(in.position() + result.length());
                out.put('\uFFFD');
                continue;
            }
            decoder.flush(out);
            break;
        }
        String text = out.flip().toString();
        if (invalid == 0) {
            return new Decoded(text, "UTF-8");
        }
        long nonAscii = text.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
        if (nonAscii >= invalid) {
            return new Decoded(text, "UTF-8 (" + invalid + " invalid byte" + (invalid == 1 ? "" : "s") + " replaced)");
        }
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /**
     * UTF-16LE or UTF-16BE when, in the first 4 KB, at least 40% of the odd (LE) or even (BE) bytes are NUL and
     * almost none of the others; else null.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenNul++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddNul++;
            }
        }
        if (oddNul * 10 >= pairs * 4 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 4 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
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
            throw new ExtractionException("no text: the file is empty or holds only whitespace");
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        Line[] parsed = new Line[lines.length];
        for (int i = 0; i < lines.length; i++) {
            parsed[i] = Line.parse(lines[i]);
        }
        Header header = Header.read(parsed);
        Kind[] kinds = classify(parsed, header, latinScript(text));
        return assemble(source, encoding, parsed, kinds, header);
    }

    // ---------------------------------------------------------------- lines

    /**
     * One input line with markdown syntax removed.
     *
     * @param text        the line's text, markdown links reduced to their text
     * @param markHeading whether it was a markdown heading ({@code # ...})
     * @param linkShare   share of its characters that were link text
     * @param rule        whether it was a horizontal rule (treated as a blank line)
     */
    private record Line(String text, boolean markHeading, double linkShare, boolean rule) {
        static Line parse(String raw) {
            String s = TextAssembler.normalise(raw);
            boolean heading = false;
            Matcher h = MD_HEADING.matcher(s);
            if (h.matches()) {
                s = h.group(1);
                heading = true;
            }
            s = MD_IMAGE.matcher(s).replaceAll("");
            Matcher m = MD_LINK.matcher(s);
            StringBuilder out = new StringBuilder();
            int linkChars = 0;
            while (m.find()) {
                linkChars += m.group(1).strip().length();
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
            }
            m.appendTail(out);
            s = MD_BOLD.matcher(out.toString()).replaceAll("$2");
            s = MD_ITALIC.matcher(s).replaceAll("$1").strip();
            if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return new Line("", false, 0, true); // "###", "* * *": a separator, not text
            }
            String bare = URL.matcher(s).replaceAll("").strip();
            if (bare.isEmpty() && !s.isEmpty()) {
                linkChars = s.length();
            }
            int letters = (int) s.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            return new Line(s, heading, letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters), false);
        }

        boolean blank() {
            return text.isEmpty();
        }

        List<String> words() {
            return blank() ? List.of() : Arrays.asList(text.split(" "));
        }

        int sentenceWords() {
            int n = 0;
            for (String w : words()) {
                if (SENTENCE_WORD.matcher(stripPunctuation(w)).matches()) {
                    n++;
                }
            }
            return n;
        }

        boolean endsSentence() {
            return TextExtractor.endsSentence(text);
        }

        boolean numbered() {
            return NUMBERED.matcher(text).matches() && words().size() <= 20 && !text.endsWith(".");
        }
    }

    private static String stripPunctuation(String word) {
        int b = 0;
        int e = word.length();
        while (b < e && !Character.isLetterOrDigit(word.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(b, e);
    }

    private static boolean endsSentence(String s) {
        int e = s.length();
        while (e > 0 && "\"'”’)]»".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > 0 && ".!?…".indexOf(s.charAt(e - 1)) >= 0;
    }

    private static boolean startsParagraph(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(*•–-#".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** True when most letters of the text are Latin, so short runs of another script stand out. */
    private static boolean latinScript(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return letters > 0 && latin * 2 >= letters;
    }

    // ---------------------------------------------------------------- header

    /**
     * Metadata found in the first lines, and which lines it consumed.
     *
     * @param metadata  title, date, url (and authors) read from the header
     * @param consumed  line indexes that were only metadata (not text)
     * @param titleLine index of the title line, or -1
     */
    private record Header(Metadata metadata, Set<Integer> consumed, int titleLine) {
        static Header read(Line[] lines) {
            List<Integer> first = new ArrayList<>();
            for (int i = 0; i < lines.length && first.size() < 3; i++) {
                if (!lines[i].blank()) {
                    first.add(i);
                }
            }
            if (first.size() == 3 && lines[first.get(0)].words().size() <= 40
                    && ISO_DATE.matcher(lines[first.get(1)].text()).matches()
                    && URL.matcher(lines[first.get(2)].text()).matches()) {
                String date = IsoDates.normalise(lines[first.get(1)].text()).orElse("");
                return new Header(new Metadata(lines[first.get(0)].text(), "", date, "", lines[first.get(2)].text(),
                        null), Set.of(first.get(1), first.get(2)), first.get(0));
            }
            return labelled(lines);
        }

        /**
         * Front matter: "Key: value" lines before the first body sentence are metadata, not text; author,
         * publication date and source address are kept.
         */
        private static Header labelled(Line[] lines) {
            String authors = "";
            String date = "";
            String url = "";
            Set<Integer> consumed = new HashSet<>();
            Set<Integer> candidates = new HashSet<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].blank()) {
                    continue;
                }
                if (lines[i].words().size() >= 13 && lines[i].endsSentence()) {
                    break; // the body has begun
                }
                if (FRONT_MATTER.matcher(lines[i].text()).matches() && lines[i].words().size() <= 12) {
                    candidates.add(i);
                }
                Matcher m = LABELLED_FIELD.matcher(lines[i].text().replace("|", " ").strip());
                if (!m.matches()) {
                    continue;
                }
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2).strip();
                if (key.startsWith("author") || key.equals("by")) {
                    authors = authors.isEmpty() ? value : authors;
                } else if (key.contains("date") || key.equals("published")) {
                    String iso = usOrIso(value);
                    if (!iso.isEmpty() && date.isEmpty()) {
                        date = iso;
                    }
                } else if ((key.equals("source") || key.equals("url")) && URL.matcher(value).matches()) {
                    url = url.isEmpty() ? value : url;
                    consumed.add(i);
                }
            }
            // "Key: value" lines are front matter when they come in a block of two or more; one such line
            // standing alone is a title ("Golden Case: Scopes"), not metadata.
            for (int i : candidates) {
                if (candidates.contains(i - 1) || candidates.contains(i + 1)) {
                    consumed.add(i);
                }
            }
            return new Header(new Metadata("", authors, date, "", url, null), Set.copyOf(consumed), -1);
        }

        private static String usOrIso(String value) {
            Matcher us = US_DATE.matcher(value);
            if (us.matches()) {
                return IsoDates.normalise(us.group(3) + "-" + us.group(1) + "-" + us.group(2)).orElse("");
            }
            return IsoDates.normalise(value).orElse("");
        }
    }

    // ---------------------------------------------------------------- boilerplate

    private static Kind[] classify(Line[] lines, Header header, boolean latinDocument) {
        Kind[] kinds = new Kind[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].blank() || header.consumed().contains(i)) {
                kinds[i] = Kind.BLANK;
            } else {
                kinds[i] = i == header.titleLine() ? Kind.CONTENT : kindOf(lines[i], latinDocument);
            }
        }
        // A short first line standing alone (followed by a blank line) is the title, not furniture.
        int first = 0;
        while (first < lines.length && kinds[first] == Kind.BLANK) {
            first++;
        }
        if (first < lines.length && kinds[first] == Kind.AMBIGUOUS
                && (first + 1 == lines.length || kinds[first + 1] == Kind.BLANK)) {
            kinds[first] = Kind.CONTENT;
        }
        // A run of ambiguous lines between boilerplate lines (or boilerplate and the document's edge) is
        // boilerplate too: "Send Email" between a share bar and a form.
        for (int i = 0; i < lines.length; i++) {
            if (kinds[i] != Kind.AMBIGUOUS) {
                continue;
            }
            int end = i;
            while (end < lines.length && (kinds[end] == Kind.AMBIGUOUS || kinds[end] == Kind.BLANK)) {
                end++;
            }
            Kind before = neighbour(kinds, i, -1);
            Kind after = end < lines.length ? kinds[end] : null;
            boolean boiler = (before == null || before == Kind.BOILERPLATE) && (after == null || after == Kind.BOILERPLATE)
                    && (before == Kind.BOILERPLATE || after == Kind.BOILERPLATE);
            for (int j = i; j < end; j++) {
                if (kinds[j] == Kind.AMBIGUOUS) {
                    kinds[j] = boiler ? Kind.BOILERPLATE : Kind.CONTENT;
                }
            }
            i = end - 1;
        }
        return kinds;
    }

    private static Kind neighbour(Kind[] kinds, int from, int step) {
        for (int j = from + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.BLANK) {
                return kinds[j];
            }
        }
        return null;
    }

    private static Kind kindOf(Line line, boolean latinDocument) {
        String s = line.text();
        List<String> words = line.words();
        if (line.linkShare() >= 0.7 && !Character.isLowerCase(s.codePointAt(0)) || menuLike(s)) {
            return Kind.BOILERPLATE;
        }
        if (line.markHeading() || line.numbered()) {
            return Kind.CONTENT;
        }
        int sentenceWords = line.sentenceWords();
        boolean shortLine = words.size() <= 12;
        boolean fewSentenceWords = sentenceWords <= 4 || sentenceWords * 2 < words.size();
        if (shortLine && fewSentenceWords && boilerplateShape(s, words, latinDocument)) {
            return Kind.BOILERPLATE;
        }
        if (words.size() <= 6 && sentenceWords <= 2 && !line.endsSentence()) {
            return Kind.AMBIGUOUS;
        }
        return Kind.CONTENT;
    }

    /** Shapes of page furniture: form labels, share bars, hashtags, file names, cut-off titles, foreign nav. */
    private static boolean boilerplateShape(String s, List<String> words, boolean latinDocument) {
        if (s.startsWith("* ")) {
            return true; // a required-field marker
        }
        long share = words.stream().filter(w -> SHARE_WORDS.contains(stripPunctuation(w).toLowerCase(Locale.ROOT))).count();
        if (words.size() >= 2 && share * 3 >= words.size() * 2) {
            return true;
        }
        long hashtags = words.stream().filter(w -> w.length() > 1 && w.charAt(0) == '#'
                && Character.isLetter(w.codePointAt(1))).count();
        if (hashtags >= 2 && hashtags * 5 >= words.size() * 2) {
            return true;
        }
        if (FILE_NAME.matcher(s).matches()) {
            return true;
        }
        if ((s.endsWith("...") || s.endsWith("…")) && !s.endsWith(" ...") && !s.endsWith(" …")) {
            long capitalised = words.stream().filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
            if (capitalised * 5 >= words.size() * 2 && words.size() >= 3) {
                return true; // a headline cut to fit a box
            }
        }
        if (latinDocument && words.size() <= 5 && !endsSentence(s)) {
            long letters = s.codePoints().filter(Character::isLetter).count();
            long latin = s.codePoints().filter(c -> Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
            return letters > 0 && latin * 2 < letters;
        }
        return false;
    }

    /** "Home | News | World" or "Home > News > World": three or more short items between separators. */
    private static boolean menuLike(String s) {
        Matcher m = MENU_SEPARATOR.matcher(s);
        int separators = 0;
        while (m.find()) {
            separators++;
        }
        if (separators < 3) {
            return false;
        }
        String[] items = s.split("\\s[|•·›»>/]\\s");
        int words = 0;
        for (String item : items) {
            words += item.isBlank() ? 0 : item.strip().split(" ").length;
        }
        return words <= items.length * 3 && !endsSentence(s);
    }

    // ---------------------------------------------------------------- paragraphs

    private static Document assemble(Source source, String encoding, Line[] lines, Kind[] kinds, Header header)
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
            Line first = lines[blocks.get(0).get(0)];
            if (first.text().length() <= 300 && !first.text().endsWith(".")) {
                titleLine = blocks.get(0).get(0);
            }
        }

        TextAssembler assembler = new TextAssembler();
        StringBuilder paragraph = new StringBuilder();
        for (List<Integer> block : blocks) {
            for (int k = 0; k < block.size(); k++) {
                Line line = lines[block.get(k)];
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.text());
                boolean last = k == block.size() - 1;
                Line next = last ? null : lines[block.get(k + 1)];
                if (last || breaksAfter(line, next, width)) {
                    boolean single = paragraph.length() == line.text().length();
                    boolean heading = block.get(k) == titleLine
                            || single && (line.markHeading() || numberedHeading(line, width) || headingLike(line, width)
                            && Character.isLetter(line.text().codePointAt(0)));
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
    private static boolean breaksAfter(Line line, Line next, int width) {
        if (line.markHeading() || next.markHeading() || numberedHeading(line, width)
                || headingLike(line, width) && startsParagraph(next.text())) {
            return true;
        }
        if (BULLET.matcher(next.text()).matches() || line.text().startsWith("|") || next.text().startsWith("|")) {
            return true;
        }
        boolean sentenceEnd = line.endsSentence() || line.text().endsWith(":");
        if (headingLike(next, width) && sentenceEnd) {
            return true;
        }
        if (width > 0) {
            // Hard-wrapped: a line that stops well short of the width and ends a sentence ends a paragraph.
            return line.endsSentence() && line.text().length() < width * 0.8 && startsParagraph(next.text());
        }
        return line.endsSentence() && startsParagraph(next.text());
    }

    /** A numbered heading ("2. Context and Assessment"), not the first line of a wrapped numbered paragraph. */
    private static boolean numberedHeading(Line line, int width) {
        return line.numbered() && (width == 0 || line.text().length() < width * 0.75);
    }

    /** A short line without final punctuation, starting with a capital or a digit: a heading or label. */
    private static boolean headingLike(Line line, int width) {
        String s = line.text();
        if (s.isEmpty() || line.words().size() > 16 || s.length() > 120 || width > 0 && s.length() >= width * 0.75) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (endsSentence(s) || ":;,-–—\"”’'(".indexOf(last) >= 0) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /**
     * The wrap width when the text is hard-wrapped, else 0: at least four lines, and at least half of the
     * lines of multi-line blocks within 25% of the 90th-percentile width of 45 to 110 characters.
     */
    private static int wrapWidth(Line[] lines, List<List<Integer>> blocks) {
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
        long near = lengths.stream().filter(l -> l >= width * 0.75 && l <= width + 5).count();
        return near * 2 >= lengths.size() ? width : 0;
    }
}
