package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.model.FailureKind;
import org.entente.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FailureHintsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXTRACT  | ENCRYPTED          | decrypt the PDF (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and run again
            EXTRACT  | NO_TEXT_LAYER      | run OCR first (e.g. ocrmypdf in.pdf out.pdf) and analyze the result
            EXTRACT  | NOT_A_PDF          | the file is not a PDF: give it the extension of what it is (.html, .txt) or leave it out
            EXTRACT  | NOT_A_READABLE_PDF | check that the file is a complete PDF (it may be truncated, or another format with a .pdf name)
            ANNOTATE | TIMEOUT            | raise --doc-timeout, or split the document
            EXTRACT  | TOO_LARGE          | raise --max-chars, or split the document
            READ     | CANNOT_READ_FILE   | check that the file exists and is readable by this user
            EXTRACT  | NO_TEXT            | the file holds no text Entente can read; check its format and encoding
            ANNOTATE | OUT_OF_MEMORY      | give Java more memory (ENTENTE_JAVA_OPTS=-Xmx8g) or lower --threads
            RESOLVE  | UNEXPECTED         | an unexpected error in the resolve stage: please report it with the file if you may share it
            """)
    void tellsTheUserWhatToDoAboutEachKindOfFailure(Stage stage, FailureKind kind, String hint) {
        assertThat(FailureHints.hint(kind, stage)).isEqualTo(hint);
    }

    @ParameterizedTest
    @EnumSource(FailureKind.class)
    void hasAHintForEveryKindOfFailure(FailureKind kind) {
        assertThat(FailureHints.hint(kind, Stage.EXTRACT)).isNotBlank();
    }

    @Test
    void choosesTheHintByKindNotByTheWordsOfTheReason() {
        assertThat(FailureHints.hint(FailureKind.UNEXPECTED, Stage.COUNT))
                .isEqualTo(
                        "an unexpected error in the count stage: please report it with the file if you may share it");
    }
}
