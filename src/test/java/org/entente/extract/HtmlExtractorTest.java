package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.entente.model.Document;
import org.entente.model.Metadata;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {
    private static final List<String> ARTICLE = List.of(
            "Allies Meet in Seoul",
            "Foreign ministers from three countries met in Seoul on Tuesday, pledging closer coordination on "
                    + "maritime security, export controls and energy supplies.",
            "A crowded agenda",
            "The talks covered sanctions enforcement, the situation on the peninsula, and a new channel for crisis "
                    + "communication between the capitals.",
            "Officials said a joint statement would follow, and that working groups would meet again in the summer.",
            "We share more than we differ, one minister told reporters.",
            "Maritime security cooperation, including joint patrols.",
            "Export controls on dual-use technology.");
    private static final List<Boolean> HEADINGS = List.of(true, false, true, false, false, false, false, false);

    private static final String BODY = """
            <h1>Allies Meet in Seoul</h1>
            <p>Foreign ministers from three countries met in Seoul on Tuesday, pledging closer coordination on
            maritime security, export controls and energy supplies.</p>
            <h2>A crowded agenda</h2>
            <p>The talks covered sanctions enforcement, the situation on the peninsula, and a new channel for crisis
            communication between the capitals.<br><br>Officials said a joint statement would follow, and that
            working groups would meet again in the summer.</p>
            <blockquote>We share more than we differ, one minister told reporters.</blockquote>
            <ul><li>Maritime security cooperation, including joint patrols.</li>
            <li>Export controls on dual-use technology.</li></ul>
            """;

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheArticleOfASemanticPage() throws Exception {
        Document doc = extract("""
                <!doctype html><html><head><meta charset="utf-8"><title>Allies Meet in Seoul | Example Review</title>
                </head><body>
                <header><a href="/">Example Review</a><nav><ul><li><a href="/world">World</a></li>
                <li><a href="/asia">Asia</a></li></ul></nav></header>
                <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
                <nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/asia">Asia</a></nav>
                <main><article>
                <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
                """ + BODY + """
                <aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Earlier summit ends without a
                deal, as talks stall</a></li><li><a href="/b">Ministers to meet again</a></li></ul></aside>
                <form class="newsletter"><label>Email</label><input type="email"><button>Subscribe</button></form>
                </article></main>
                <footer><p>Copyright 2024 Example Review. All rights reserved.</p></footer>
                <script>var tracking = "Allies";</script><style>p { color: red; }</style>
                </body></html>
                """);
        assertThat(paragraphs(doc)).containsExactlyElementsOf(ARTICLE);
        assertThat(headings(doc)).containsExactlyElementsOf(HEADINGS);
    }

    @Test
    void keepsOnlyTheArticleOfADivOnlyPage() throws Exception {
        Document doc = extract("""
                <html><head><title>Allies Meet in Seoul - Example Review</title></head><body>
                <div id="top-menu"><a href="/">Home</a> <a href="/w">World</a> <a href="/a">Asia</a></div>
                <div class="site-header"><span>Example Review</span> <span>Tuesday edition</span></div>
                <div class="cookie-notice">This site uses cookies, as explained in our policy. <a href="/c">OK</a></div>
                <div class="breadcrumbs"><a href="/">Home</a> / <a href="/asia">Asia</a></div>
                <div class="layout">
                  <div class="story-body">
                    <div class="social-share">Share this: <a href="#">Facebook</a> <a href="#">Email</a></div>
                """ + BODY + """
                    <div class="related-stories"><a href="/x">Earlier summit ends without a deal</a>
                    <a href="/y">Ministers to meet again in the summer, officials say</a></div>
                    <div class="newsletter-box">Get the morning briefing, with all the news. <a href="/s">Sign up</a></div>
                  </div>
                  <div class="sidebar"><div class="most-popular"><p>Popular: five things to know about the summit,
                  the sanctions, and the talks.</p></div></div>
                </div>
                <div class="footer">Contact us, privacy policy, terms of use, and more, at Example Review.</div>
                </body></html>
                """);
        assertThat(paragraphs(doc)).containsExactlyElementsOf(ARTICLE);
        assertThat(headings(doc)).containsExactlyElementsOf(HEADINGS);
    }

    @Test
    void readsCitationMetadataWithAllAuthors() throws Exception {
        Document doc = extract("""
                <html><head><title>Allies Meet in Seoul | Example Review</title>
                <meta name="citation_title" content="Allies Meet in Seoul: A Report">
                <meta name="citation_author" content="Kim, Minji">
                <meta name="citation_author" content="Smith, John">
                <meta name="citation_publication_date" content="2024/03/05">
                <meta name="citation_journal_title" content="Example Review of Asian Affairs">
                <link rel="canonical" href="https://example.org/allies-meet">
                </head><body><article>""" + BODY + "</article></body></html>");
        assertThat(doc.metadata())
                .isEqualTo(new Metadata(
                        "Allies Meet in Seoul: A Report",
                        "Kim, Minji; Smith, John",
                        "2024-03-05",
                        "Example Review of Asian Affairs",
                        "https://example.org/allies-meet",
                        Map.of()));
    }

    @Test
    void readsOpenGraphAndJsonLdMetadata() throws Exception {
        Document doc = extract("""
                <html><head><title>Allies Meet in Seoul | Example Review</title>
                <meta property="og:title" content="Allies meet in Seoul">
                <meta property="og:site_name" content="Example Review">
                <meta property="og:url" content="https://example.org/news/allies">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example Review"},
                  {"@type": "NewsArticle", "headline": "Allies Meet in Seoul (JSON-LD)",
                   "datePublished": "2019-11-18T10:15:00+09:00",
                   "author": [{"@type": "Person", "name": "Minji Kim"}, {"@type": "Person", "name": "John Smith"}]}]}
                </script></head><body><article>""" + BODY + "</article></body></html>");
        assertThat(doc.metadata())
                .isEqualTo(new Metadata(
                        "Allies meet in Seoul",
                        "Minji Kim; John Smith",
                        "2019-11-18",
                        "Example Review",
                        "https://example.org/news/allies",
                        Map.of()));
    }

    @Test
    void fallsBackToJsonLdHeadlineThenPageTitleWithoutSiteName() throws Exception {
        Document jsonLd = extract("""
                <html><head><title>Talks Resume in Geneva | World News</title>
                <script type="application/ld+json">{"@type": "Article", "headline": "Talks Resume",
                "author": "Ana Lopez", "datePublished": "2021-07"}</script>
                </head><body><div>""" + BODY + "</div></body></html>");
        Document titleOnly = extract("""
                <html><head><title>Talks Resume in Geneva | World News</title></head>
                <body><div><time datetime="2020-02-29">29 February</time>""" + BODY + "</div></body></html>");
        assertThat(jsonLd.metadata()).isEqualTo(new Metadata("Talks Resume", "Ana Lopez", "2021-07", "", "", Map.of()));
        assertThat(titleOnly.metadata())
                .isEqualTo(new Metadata("Talks Resume in Geneva", "", "2020-02-29", "", "", Map.of()));
    }

    @Test
    void cleansBylinesOfTheirByPrefixAndWhatFollowsASeparator() throws Exception {
        Document meta = extract("<html><head><meta name=\"author\" content=\"By Ana Lopez\"></head><body><div>" + BODY
                + "</div></body></html>");
        Document byline = extract("<html><body><div><p class=\"byline\">By Ana Lopez | March 5, 2024 Print</p>" + BODY
                + "</div></body></html>");
        assertThat(List.of(meta.metadata().authors(), byline.metadata().authors()))
                .containsExactly("Ana Lopez", "Ana Lopez");
    }

    @Test
    void startsWithTheTitleHeadingEvenWhenTheH1IsOutsideTheArticle() throws Exception {
        Document doc = extract("""
                <html><body><div class="page-title"><h1>Allies Meet in Seoul</h1></div>
                <div itemprop="articleBody">""" + BODY.replace("<h1>Allies Meet in Seoul</h1>", "") + "</div></body></html>");
        assertThat(paragraphs(doc)).containsExactlyElementsOf(ARTICLE);
        assertThat(headings(doc)).containsExactlyElementsOf(HEADINGS);
    }

    @Test
    void decodesTheCharsetNamedInTheMetaTag() throws Exception {
        Path page = dir.resolve("latin.html");
        Files.write(
                page,
                ("<html><head><meta charset=\"windows-1252\"></head><body><article><p>Caf\u00e9 talks, "
                                + "\u201cfrank and useful\u201d, ended late on Friday in the capital.</p></article></body></html>")
                        .getBytes(Charset.forName("windows-1252")));
        Document doc = new HtmlExtractor().extract(source(page));
        assertThat(doc.text())
                .isEqualTo("Caf\u00e9 talks, \u201cfrank and useful\u201d, ended late on Friday in the capital.");
        assertThat(doc.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void failsWithAReasonWhenThePageHasNoText() throws IOException {
        Path page = dir.resolve("empty.html");
        Files.writeString(
                page, "<html><head><title>Nothing</title></head><body><nav><a href=/>Home</a></nav></body></html>");
        assertThatThrownBy(() -> new HtmlExtractor().extract(source(page)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("no text: the page has no article text");
    }

    private Document extract(String html) throws IOException, ExtractionException {
        Path page = Files.createTempFile(dir, "page", ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return new HtmlExtractor().extract(source(page));
    }

    private static Source source(Path page) throws IOException {
        return new Source("test", page, page.getFileName().toString(), "html", "", Files.size(page));
    }

    static List<String> paragraphs(Document doc) {
        return IntStream.range(0, doc.paragraphs().size())
                .mapToObj(doc::paragraphText)
                .toList();
    }

    static List<Boolean> headings(Document doc) {
        return doc.paragraphs().stream().map(p -> p.heading()).toList();
    }
}
