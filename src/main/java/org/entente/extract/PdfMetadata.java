package org.entente.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.entente.model.Metadata;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads title, authors and date of a PDF: the document information dictionary first, XMP {@code dc:title}
 * and {@code dc:creator} when the dictionary lacks them, and the largest-font line(s) of the first page
 * when the title is still missing or junk (empty, "untitled", "Microsoft Word - x.docx", a file name).
 *
 * <p>Stateless and thread-safe.
 */
final class PdfMetadata {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i).*\\.(docx?|pdf|indd|qxd|qxp|rtf|odt|pages|tex|dvi|ps|txt|html?|xlsx?|pptx?|ai|eps)\\s*");

    private PdfMetadata() {}

    static Metadata read(PDDocument document, String fileName, List<PdfReadingOrder.Placed> firstPage) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = clean(info.getTitle());
        String authors = splitAuthors(clean(info.getAuthor()));
        if (title.isEmpty() || authors.isEmpty()) {
            String[] xmp = readXmp(document);
            title = title.isEmpty() ? xmp[0] : title;
            authors = authors.isEmpty() ? xmp[1] : authors;
        }
        if (isJunkTitle(title, fileName)) {
            title = largestLines(firstPage);
        }
        return new Metadata(title, authors, isoDate(info), "", "", Map.of());
    }

    static boolean isJunkTitle(String title, String fileName) {
        String t = title.strip();
        if (t.isEmpty() || t.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        String stem = fileName.replaceFirst("(?i)\\.pdf$", "").toLowerCase(Locale.ROOT);
        return lower.startsWith("untitled")
                || lower.startsWith("microsoft word")
                || lower.startsWith("microsoft ")
                || FILE_NAME.matcher(t).matches()
                || lower.equals(stem)
                || lower.equals("title")
                || lower.equals("document")
                || lower.matches("[a-z0-9_\\-]+_[a-z0-9_\\-]+");
    }

    private static String isoDate(PDDocumentInformation info) {
        Calendar c = info.getCreationDate();
        if (c == null) {
            c = info.getModificationDate();
        }
        if (c == null) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "%04d-%02d-%02d",
                c.get(Calendar.YEAR),
                c.get(Calendar.MONTH) + 1,
                c.get(Calendar.DAY_OF_MONTH));
    }

    /** Title from the first page: consecutive lines in the largest font (at most three). */
    static String largestLines(List<PdfReadingOrder.Placed> lines) {
        double max = 0;
        for (PdfReadingOrder.Placed p : lines) {
            if (letters(p.line().text()) >= 4) {
                max = Math.max(max, p.line().size());
            }
        }
        StringBuilder title = new StringBuilder();
        int taken = 0;
        for (PdfReadingOrder.Placed p : lines) {
            boolean big = p.line().size() >= max - 0.5 && letters(p.line().text()) >= 1;
            if (big && taken < 3) {
                title.append(title.length() > 0 ? " " : "")
                        .append(p.line().text().strip());
                taken++;
            } else if (taken > 0) {
                break;
            }
        }
        return TextAssembler.normalise(title.toString());
    }

    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetter).count();
    }

    private static String clean(String value) {
        return value == null ? "" : TextAssembler.normalise(value);
    }

    private static String splitAuthors(String raw) {
        List<String> parts = new ArrayList<>();
        for (String p : raw.split(";")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return String.join("; ", parts);
    }

    /** Returns {title, authors} from XMP Dublin Core, empty strings when absent or unreadable. */
    private static String[] readXmp(PDDocument document) {
        String[] out = {"", ""};
        PDMetadata meta = document.getDocumentCatalog().getMetadata();
        if (meta == null) {
            return out;
        }
        try (InputStream in = meta.exportXMPMetadata()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            org.w3c.dom.Document xml = f.newDocumentBuilder().parse(in);
            out[0] = firstItems(xml.getElementsByTagNameNS(DC, "title"), false);
            out[1] = firstItems(xml.getElementsByTagNameNS(DC, "creator"), true);
        } catch (Exception e) {
            // unreadable XMP: keep what the info dictionary gave
        }
        return out;
    }

    private static String firstItems(NodeList nodes, boolean all) {
        if (nodes.getLength() == 0) {
            return "";
        }
        Element e = (Element) nodes.item(0);
        NodeList items = e.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            String v = TextAssembler.normalise(items.item(i).getTextContent());
            if (!v.isEmpty()) {
                values.add(v);
                if (!all) {
                    break;
                }
            }
        }
        if (values.isEmpty()) {
            String v = TextAssembler.normalise(e.getTextContent());
            return v;
        }
        return String.join("; ", values);
    }
}
