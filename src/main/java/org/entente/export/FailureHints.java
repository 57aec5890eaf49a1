package org.entente.export;

import java.util.List;
import java.util.Locale;

/** What a user can do about a failed document, by its one-line reason (column {@code hint} of failures.csv). */
public final class FailureHints {
    private record Hint(String reasonStart, String hint) {
    }

    private static final List<Hint> HINTS = List.of(
            new Hint("encrypted", "decrypt the PDF (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and run again"),
            new Hint("no text layer", "run OCR first (e.g. ocrmypdf in.pdf out.pdf) and analyze the result"),
            new Hint("not a pdf", "the file is not a PDF: give it the extension of what it is (.html, .txt) or "
                    + "leave it out"),
            new Hint("not a readable pdf", "check that the file is a complete PDF (it may be truncated, or another "
                    + "format with a .pdf name)"),
            new Hint("timeout", "raise --doc-timeout, or split the document"),
            new Hint("too large", "raise --max-chars, or split the document"),
            new Hint("cannot read file", "check that the file exists and is readable by this user"),
            new Hint("no text", "the file holds no text Entente can read; check its format and encoding"),
            new Hint("outofmemoryerror", "give Java more memory (ENTENTE_JAVA_OPTS=-Xmx8g) or lower --threads"));

    private FailureHints() {
    }

    /**
     * @param stage  the stage that failed
     * @param reason the one-line reason
     * @return a hint, never empty
     */
    public static String hint(String stage, String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        for (Hint h : HINTS) {
            if (r.startsWith(h.reasonStart()) || r.contains(h.reasonStart())) {
                return h.hint();
            }
        }
        return "an unexpected error in the " + stage + " stage: please report it with the file if you may share it";
    }
}
