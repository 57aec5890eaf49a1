package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's {@code pdftotext} (Debian package poppler-utils), the reference point the PDF extractor is
 * measured against. Stateless and thread-safe.
 */
final class Pdftotext {
    private static final long TIMEOUT_SECONDS = 60;

    private Pdftotext() {}

    /** Whether {@code pdftotext} can be run from the PATH. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The text of a PDF in content-stream order: {@code pdftotext -raw -enc UTF-8 FILE -}.
     *
     * @throws IOException when pdftotext cannot be run or exits with an error
     */
    static String raw(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("pdftotext -raw " + pdf + ": no answer within " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("pdftotext -raw " + pdf + ": exit code " + p.exitValue());
        }
        return text;
    }
}
