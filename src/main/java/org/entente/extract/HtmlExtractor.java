package org.entente.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.entente.extract.HtmlArticle.Block;
import org.entente.extract.HtmlArticle.Pass;
import org.entente.model.Document;
import org.entente.model.FailureKind;
import org.entente.model.Metadata;
import org.entente.model.Source;
import org.jsoup.Jsoup;

/**
 * Extracts the main article of an HTML page, dropping navigation, headers, footers, sidebars, share bars,
 * forms, cookie banners, newsletter boxes and related-article lists ({@link HtmlArticle}); the title heads the
 * text when the page has an {@code <h1>}. Metadata comes from citation_* and Open Graph meta tags, JSON-LD and
 * the page ({@link HtmlMetadata}). Where strict cleaning leaves less than {@value #MIN_TEXT} characters, gentler
 * passes are tried.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlExtractor implements Extractor {
    /** Below this many characters an extraction is retried with gentler cleaning. */
    private static final int MIN_TEXT = 250;

    @Override
    public Document extract(Source source) throws ExtractionException {
        return extract(source, InputFiles.read(source.path()));
    }

    /**
     * Extracts a page from its bytes; the charset comes from a BOM or a meta tag, UTF-8 otherwise.
     *
     * @param source the input file
     * @param bytes  its content
     * @return the document
     * @throws ExtractionException when the page has no article text
     */
    static Document extract(Source source, byte[] bytes) throws ExtractionException {
        org.jsoup.nodes.Document page = parse(bytes, source);
        Metadata metadata = HtmlMetadata.of(page);
        String h1 = Optional.ofNullable(page.selectFirst("body h1"))
                .map(e -> TextAssembler.normalise(e.text()))
                .orElse("");
        List<Block> best = List.of();
        for (Pass pass : Pass.values()) {
            org.jsoup.nodes.Document work = pass == Pass.STRICT ? page : parse(bytes, source);
            List<Block> blocks = HtmlArticle.article(work, pass);
            if (length(blocks) > length(best)) {
                best = blocks;
            }
            if (length(best) >= MIN_TEXT) {
                break;
            }
        }
        TextAssembler assembler = new TextAssembler();
        boolean titled =
                !h1.isEmpty() && best.stream().limit(3).anyMatch(b -> b.text().equals(h1));
        if (!h1.isEmpty() && !titled && !best.isEmpty()) {
            assembler.add(h1, true);
        }
        for (Block b : best) {
            assembler.add(b.text(), b.heading());
        }
        if (metadata.title().isEmpty() && !h1.isEmpty()) {
            metadata = new Metadata(h1, metadata.authors(), metadata.date(), metadata.series(), metadata.url(), null);
        }
        return assembler.build(source, metadata, 0, page.charset().name(), "no text: the page has no article text");
    }

    private static org.jsoup.nodes.Document parse(byte[] bytes, Source source) throws ExtractionException {
        try {
            return Jsoup.parse(
                    new ByteArrayInputStream(bytes), null, source.path().toUri().toString());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(FailureKind.UNEXPECTED, "unreadable HTML: " + e.getMessage(), e);
        }
    }

    private static int length(List<Block> blocks) {
        return blocks.stream()
                .mapToInt(b -> b.heading() ? 0 : b.text().length())
                .sum();
    }
}
