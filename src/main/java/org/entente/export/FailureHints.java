package org.entente.export;

import java.util.EnumMap;
import java.util.Map;
import org.entente.model.FailureKind;
import org.entente.model.Stage;

/** What a user can do about a failed document, by its kind of failure (column {@code hint} of failures.csv). */
final class FailureHints {
    private static final Map<FailureKind, String> HINTS = new EnumMap<>(Map.of(
            FailureKind.ENCRYPTED, "decrypt the PDF (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and run again",
            FailureKind.NO_TEXT_LAYER, "run OCR first (e.g. ocrmypdf in.pdf out.pdf) and analyze the result",
            FailureKind.NOT_A_PDF,
                    "the file is not a PDF: give it the extension of what it is (.html, .txt) or " + "leave it out",
            FailureKind.NOT_A_READABLE_PDF,
                    "check that the file is a complete PDF (it may be truncated, or another "
                            + "format with a .pdf name)",
            FailureKind.TIMEOUT, "raise --doc-timeout, or split the document",
            FailureKind.TOO_LARGE, "raise --max-chars, or split the document",
            FailureKind.CANNOT_READ_FILE, "check that the file exists and is readable by this user",
            FailureKind.NO_TEXT, "the file holds no text Entente can read; check its format and encoding",
            FailureKind.OUT_OF_MEMORY, "give Java more memory (ENTENTE_JAVA_OPTS=-Xmx8g) or lower --threads"));

    private FailureHints() {}

    /**
     * @param kind  the kind of failure
     * @param stage the stage that failed
     * @return a hint, never empty
     */
    static String hint(FailureKind kind, Stage stage) {
        String hint = HINTS.get(kind);
        return hint != null
                ? hint
                : "an unexpected error in the " + stage.label()
                        + " stage: please report it with the file if you may share it";
    }
}
