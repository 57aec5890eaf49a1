package org.entente.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Metadata;

/**
 * Metadata found in the first lines of a text file, and which lines it consumed: a header of title, ISO date and
 * URL lines, or a block of "Key: value" front matter.
 *
 * @param metadata  title, date, url (and authors) read from the header
 * @param consumed  line indexes that were only metadata (not text)
 * @param titleLine index of the title line, or -1
 */
record TextHeader(Metadata metadata, Set<Integer> consumed, int titleLine) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern LABELLED_FIELD = Pattern.compile(
            "(?i)(title|authors?|author\\(s\\)|by|date|publication date|published|upload date|source|url)\\s*:\\s*(.+)");
    /** A front-matter field: "Version: 12", "| Topics: | Foreign Affairs". */
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\|?\\s*\\p{Lu}[^:|]{0,40}:\\s*\\|?\\s*[^|]{1,80}?\\s*\\|?");

    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** The header of a file's lines. */
    static TextHeader read(TextLine[] lines) {
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < lines.length && first.size() < 3; i++) {
            if (!lines[i].blank()) {
                first.add(i);
            }
        }
        if (first.size() == 3
                && lines[first.get(0)].words().size() <= 40
                && ISO_DATE.matcher(lines[first.get(1)].text()).matches()
                && URL.matcher(lines[first.get(2)].text()).matches()) {
            String date = IsoDates.normalise(lines[first.get(1)].text()).orElse("");
            return new TextHeader(
                    new Metadata(lines[first.get(0)].text(), "", date, "", lines[first.get(2)].text(), null),
                    Set.of(first.get(1), first.get(2)),
                    first.get(0));
        }
        return labelled(lines);
    }

    /**
     * Front matter: "Key: value" lines before the first body sentence are metadata, not text; author,
     * publication date and source address are kept.
     */
    private static TextHeader labelled(TextLine[] lines) {
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
            if (FRONT_MATTER.matcher(lines[i].text()).matches()
                    && lines[i].words().size() <= 12) {
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
            } else if ((key.equals("source") || key.equals("url"))
                    && URL.matcher(value).matches()) {
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
        return new TextHeader(new Metadata("", authors, date, "", url, null), Set.copyOf(consumed), -1);
    }

    private static String usOrIso(String value) {
        Matcher us = US_DATE.matcher(value);
        if (us.matches()) {
            return IsoDates.normalise(us.group(3) + "-" + us.group(1) + "-" + us.group(2))
                    .orElse("");
        }
        return IsoDates.normalise(value).orElse("");
    }
}
