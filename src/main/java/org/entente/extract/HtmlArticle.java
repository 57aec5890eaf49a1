package org.entente.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the main article of an HTML page and turns it into paragraphs. Elements that are never content
 * (scripts, navigation, forms...) and elements whose class, id or role names page furniture are removed; then
 * every text block is scored by its length and comma count, and the score flows to its parent and grandparent
 * (weighted by class/id hints, discounted by link density). The best scoring element and its siblings of
 * related score form the article, unless an {@code <article>}, {@code [itemprop=articleBody]} or
 * {@code <main>} element holds most of the page's paragraph text, in which case that element is taken.
 * Paragraphs are the {@code <p>, <h1>-<h6>, <li>, <blockquote>, <pre>} and table rows of the article, with
 * {@code <br><br>} splitting; headings are marked.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlArticle {
    /** Elements that never hold article text. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, nav, aside, form, button, iframe, "
            + "svg, canvas, select, input, textarea, label, object, embed, dialog, menu, video, audio, map, "
            + "[hidden], [aria-hidden=true], [role~=^(navigation|complementary|banner|contentinfo|menu|menubar|dialog"
            + "|alertdialog|search|toolbar)$], [style~=(?i)display:\\s*none|visibility:\\s*hidden]";

    private static final Pattern UNLIKELY = Pattern.compile("(?i)menu|(^|[\\s_-])nav|share|sharing|social|footer"
            + "|sidebar|comment|related|promo|newsletter|cookie|consent|gdpr|breadcrumb|subscri|(^|[\\s_-])ads?([\\s_-]|$)"
            + "|advert|banner|masthead|popup|modal|signup|sponsor|outbrain|taboola|disqus|skip|toolbar|widget"
            + "|paywall|recommend|trending|most-?(read|popular)|more-?(stories|news)|newsfeed|byline|author-?(bio|info)"
            + "|tags|keywords|print|tooltip|caption|credit|hidden|(^|[\\s_-])meta([\\s_-]|$)");
    private static final Pattern MAYBE = Pattern.compile("(?i)article|body|content|main|story|entry|post|text");
    private static final Pattern POSITIVE =
            Pattern.compile("(?i)article|body|content|entry|main|page|post|text" + "|blog|story|paragraph|prose");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "html",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");

    /** Cleaning steps that can be switched off when they leave too little text. */
    enum Pass {
        STRICT,
        KEEP_UNLIKELY,
        NO_CONDITIONAL
    }

    /**
     * A paragraph of the article.
     *
     * @param text    its normalised text
     * @param heading whether it came from a heading element
     */
    record Block(String text, boolean heading) {}

    private HtmlArticle() {}

    /**
     * The article of a page as paragraphs.
     *
     * @param page the parsed page (changed: furniture is removed)
     * @param pass how strictly to clean
     * @return the article's paragraphs
     */
    static List<Block> article(org.jsoup.nodes.Document page, Pass pass) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        body.select(NEVER_CONTENT).remove();
        body.select("footer").remove();
        for (Element header : body.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        if (pass == Pass.STRICT) {
            removeUnlikely(body);
        }
        List<Element> roots = semanticRoot(body).map(List::of).orElseGet(() -> scoredRoots(body));
        List<Block> blocks = new ArrayList<>();
        for (Element root : roots) {
            if (pass != Pass.NO_CONDITIONAL) {
                cleanConditionally(root);
            }
            new Emitter(blocks).walk(root);
        }
        return blocks;
    }

    /** Removes elements whose class, id or role names page furniture, unless they hold long article text. */
    private static void removeUnlikely(Element body) {
        for (Element e : body.select("*")) {
            if (e == body
                    || e.parent() == null
                    || e.tagName().equals("article")
                    || e.tagName().equals("main")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !UNLIKELY.matcher(names).find()) {
                continue;
            }
            boolean articleLike = MAYBE.matcher(names).find() && e.text().length() >= 500 && linkDensity(e) < 0.5;
            if (!articleLike && e.closest("[itemprop=articleBody]") != e) {
                e.remove();
            }
        }
    }

    /** An article/main element that holds most of the page's paragraph text. */
    private static Optional<Element> semanticRoot(Element body) {
        int total = paragraphText(body);
        if (total == 0) {
            return Optional.empty();
        }
        for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = null;
            int bestText = 0;
            for (Element e : body.select(query)) {
                int text = paragraphText(e);
                if (text > bestText) {
                    best = e;
                    bestText = text;
                }
            }
            if (best != null && bestText * 2 >= total) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** The best-scoring element and those of its siblings that look like part of the same article. */
    private static List<Element> scoredRoots(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.select("*")) {
            if (!SCORED.contains(e.normalName()) && !textOnlyDiv(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25 || e.parent() == null) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(3, text.length() / 100);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                final Element a = ancestor;
                scores.merge(a, initialScore(a) + score / divider, (old, add) -> old + score / divider);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double finalScore = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(finalScore);
            if (finalScore > topScore) {
                top = entry.getKey();
                topScore = finalScore;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            double score = scores.getOrDefault(sibling, 0.0) + bonus;
            boolean keep = score >= threshold;
            if (!keep && sibling.normalName().equals("p")) {
                String text = sibling.text();
                double density = linkDensity(sibling);
                keep = text.length() > 80 && density < 0.25
                        || text.length() > 0
                                && density == 0
                                && Pattern.compile("\\.( |$)").matcher(text).find();
            }
            if (keep) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /** A div with no block children and some text of its own: scored like a paragraph. */
    private static boolean textOnlyDiv(Element e) {
        if (!e.normalName().equals("div") || e.ownText().length() < 25) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String name : List.of(e.className(), e.id())) {
            if (name.isEmpty()) {
                continue;
            }
            if (UNLIKELY.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    /** Share of an element's text that sits inside links. */
    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / length);
    }

    /**
     * Inside the article, removes lists, tables and boxes that look like furniture: mostly links (related
     * articles, tag lists), or more images/list items than text would explain.
     */
    private static void cleanConditionally(Element root) {
        Elements boxes = root.select("ul, ol, div, section, table, figure");
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Element e = boxes.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            String text = e.text();
            if (commas(text) >= 10) {
                continue;
            }
            double density = linkDensity(e);
            int paragraphs = e.select("p").size();
            boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
            boolean furniture = classWeight(e) < 0
                    || density > 0.5 && text.length() < 1000
                    || !list && e.select("li").size() > paragraphs * 2 + 5 && density > 0.2
                    || e.normalName().equals("figure") && paragraphs == 0
                    || text.isBlank() && e.select("img").isEmpty();
            if (furniture) {
                e.remove();
            }
        }
    }

    /** Walks an element and turns its block structure into paragraphs. */
    private static final class Emitter {
        private final List<Block> out;
        private final StringBuilder buffer = new StringBuilder();
        private int breaks;

        Emitter(List<Block> out) {
            this.out = out;
        }

        void walk(Node node) {
            if (node instanceof TextNode text) {
                buffer.append(text.getWholeText());
                if (!text.isBlank()) {
                    breaks = 0;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (++breaks >= 2) {
                    flush(false);
                } else {
                    buffer.append(' ');
                }
                return;
            }
            if (tag.equals("tr")) {
                flush(false);
                List<String> cells = new ArrayList<>();
                for (Element cell : e.select("> td, > th")) {
                    String text = TextAssembler.normalise(cell.text());
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                buffer.append(String.join(" | ", cells));
                flush(false);
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush(false);
            }
            for (Node child : e.childNodes()) {
                walk(child);
            }
            if (block) {
                flush(HEADING.matcher(tag).matches());
            }
        }

        private void flush(boolean heading) {
            breaks = 0;
            String text = TextAssembler.normalise(buffer.toString());
            buffer.setLength(0);
            if (!text.isEmpty()) {
                out.add(new Block(text, heading));
            }
        }
    }
}
