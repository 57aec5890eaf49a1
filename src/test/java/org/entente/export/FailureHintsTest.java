package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureHintsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            extract  | encrypted PDF: a password is required                  | decrypt the PDF (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and run again
            extract  | no text layer: scanned PDF, OCR not supported          | run OCR first (e.g. ocrmypdf in.pdf out.pdf) and analyze the result
            extract  | not a PDF: the file is an HTML page (expected %PDF-)   | the file is not a PDF: give it the extension of what it is (.html, .txt) or leave it out
            extract  | not a readable PDF: Missing root object                | check that the file is a complete PDF (it may be truncated, or another format with a .pdf name)
            annotate | timeout: still running after 600 s (--doc-timeout)    | raise --doc-timeout, or split the document
            extract  | too large: 12,000,000 characters of text               | raise --max-chars, or split the document
            read     | cannot read file: permission denied                    | check that the file exists and is readable by this user
            extract  | no text: the file is empty (0 bytes)                   | the file holds no text Entente can read; check its format and encoding
            resolve  | NullPointerException: x                                | an unexpected error in the resolve stage: please report it with the file if you may share it
            """)
    void tellsTheUserWhatToDoAboutEachKindOfFailure(String stage, String reason, String hint) {
        assertThat(FailureHints.hint(stage, reason)).isEqualTo(hint);
    }
}
