package org.entente.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.entente.model.Metadata;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page: title, authors, date, series and address from citation_* and Open Graph meta
 * tags, JSON-LD (schema.org articles) and the page's title and byline.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlMetadata {
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "blogposting",
            "scholarlyarticle",
            "report",
            "webpage",
            "backgroundnewsarticle",
            "techarticle");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»/]\\s+");

    private HtmlMetadata() {}

    /**
     * @param page a parsed page
     * @return what its citation_* and Open Graph meta tags, JSON-LD and title say
     */
    static Metadata of(org.jsoup.nodes.Document page) {
        List<JsonObject> ld = jsonLd(page);
        String title = first(
                meta(page, "name", "citation_title"),
                meta(page, "property", "og:title"),
                ldString(ld, "headline"),
                pageTitle(page),
                Optional.ofNullable(page.selectFirst("body h1"))
                        .map(Element::text)
                        .orElse(""));
        Set<String> authors = new LinkedHashSet<>(metas(page, "name", "citation_author"));
        if (authors.isEmpty()) {
            metas(page, "name", "author").stream().map(HtmlMetadata::authorName).forEach(authors::add);
        }
        if (authors.isEmpty()) {
            for (String a : metas(page, "property", "article:author")) {
                if (!a.startsWith("http")) {
                    authors.add(a);
                }
            }
        }
        if (authors.isEmpty()) {
            authors.addAll(ldAuthors(ld));
        }
        if (authors.isEmpty()) {
            byline(page).ifPresent(authors::add);
        }
        String date = "";
        for (String candidate : List.of(
                meta(page, "name", "citation_publication_date"),
                meta(page, "name", "citation_date"),
                meta(page, "property", "article:published_time"),
                ldString(ld, "datePublished"),
                meta(page, "name", "dc.date"),
                meta(page, "name", "date"),
                meta(page, "itemprop", "datePublished"),
                Optional.ofNullable(page.selectFirst("time[datetime]"))
                        .map(t -> t.attr("datetime"))
                        .orElse(""))) {
            Optional<String> iso = candidate.isBlank() ? Optional.empty() : IsoDates.normalise(candidate);
            if (iso.isPresent()) {
                date = iso.get();
                break;
            }
        }
        String canonical = Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
                .map(l -> l.attr("href"))
                .filter(h -> h.startsWith("http"))
                .orElse("");
        String url = first(canonical, meta(page, "property", "og:url"));
        String series = first(meta(page, "property", "og:site_name"), meta(page, "name", "citation_journal_title"));
        return new Metadata(
                TextAssembler.normalise(title),
                String.join("; ", authors),
                date,
                TextAssembler.normalise(series),
                url,
                null);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String meta(org.jsoup.nodes.Document page, String attribute, String name) {
        List<String> all = metas(page, attribute, name);
        return all.isEmpty() ? "" : all.get(0);
    }

    private static List<String> metas(org.jsoup.nodes.Document page, String attribute, String name) {
        List<String> values = new ArrayList<>();
        for (Element m : page.select("meta[" + attribute + "]")) {
            if (m.attr(attribute).equalsIgnoreCase(name)) {
                String v = TextAssembler.normalise(m.attr("content"));
                if (!v.isEmpty() && !values.contains(v)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** The {@code <title>} without a trailing " | Site name" part. */
    private static String pageTitle(org.jsoup.nodes.Document page) {
        String title = TextAssembler.normalise(page.title());
        var m = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
        }
        if (cut > 0 && title.substring(0, cut).split(" ").length >= 3) {
            return title.substring(0, cut);
        }
        return title;
    }

    /** The page's byline: schema.org author markup, rel=author, then a "byline" element. */
    private static Optional<String> byline(org.jsoup.nodes.Document page) {
        for (String query : List.of(
                "[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]", ".byline, [class*=byline]")) {
            Element e = page.selectFirst(query);
            String text = e == null ? "" : authorName(e.text());
            if (!text.isEmpty() && text.length() <= 100) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** An author as written in a byline: without a leading "By" and anything after a "|" or "•". */
    private static String authorName(String raw) {
        String text = TextAssembler.normalise(raw).replaceFirst("(?i)^by\\s+", "");
        return text.split("\\s[|•·]\\s")[0].strip();
    }

    /** The article-like objects of the page's JSON-LD blocks (top level, arrays and @graph). */
    private static List<JsonObject> jsonLd(org.jsoup.nodes.Document page) {
        List<JsonObject> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try (JsonReader reader = Json.createReader(new StringReader(script.data()))) {
                collect(reader.readValue(), found);
            } catch (RuntimeException e) {
                // malformed JSON-LD is common; the other sources still apply
            }
        }
        return found;
    }

    private static void collect(JsonValue value, List<JsonObject> found) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, found));
        } else if (value instanceof JsonObject object) {
            if (types(object).stream().anyMatch(ARTICLE_TYPES::contains)) {
                found.add(object);
            }
            if (object.get("@graph") != null) {
                collect(object.get("@graph"), found);
            }
        }
    }

    private static List<String> types(JsonObject object) {
        JsonValue type = object.get("@type");
        List<String> types = new ArrayList<>();
        if (type instanceof JsonString s) {
            types.add(s.getString().toLowerCase(Locale.ROOT));
        } else if (type instanceof JsonArray array) {
            array.forEach(t -> {
                if (t instanceof JsonString s) {
                    types.add(s.getString().toLowerCase(Locale.ROOT));
                }
            });
        }
        return types;
    }

    /** A string field of the first article-like object that has it (web pages last). */
    private static String ldString(List<JsonObject> objects, String field) {
        for (boolean webPage : new boolean[] {false, true}) {
            for (JsonObject o : objects) {
                if (types(o).contains("webpage") == webPage
                        && o.get(field) instanceof JsonString s
                        && !s.getString().isBlank()) {
                    return s.getString();
                }
            }
        }
        return "";
    }

    private static List<String> ldAuthors(List<JsonObject> objects) {
        List<String> names = new ArrayList<>();
        for (JsonObject o : objects) {
            JsonValue author = o.get("author");
            List<JsonValue> list =
                    author instanceof JsonArray array ? array : author == null ? List.of() : List.of(author);
            for (JsonValue a : list) {
                String name = a instanceof JsonString s
                        ? s.getString()
                        : a instanceof JsonObject ao && ao.get("name") instanceof JsonString s ? s.getString() : "";
                name = authorName(name);
                if (!name.isEmpty() && !name.startsWith("http") && !names.contains(name)) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }
}
