package org.entente.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonWriter;

/**
 * Writes {@code report.html} into a finished run's folder: one self-contained page (styles, scripts and data
 * inlined; nothing is fetched when it is opened) that draws the run's summary, rankings, co-mention network,
 * time series, evidence and documents with the vendored Cytoscape.js and uPlot (see {@code vendor/README.md}
 * beside this class's resources). The same run gives a byte-identical file; it is written to a temporary file
 * and moved into place, so a reader never sees half a page.
 *
 * <p>Stateless; safe to use from any thread (two threads writing the same run's report race for the file).
 */
public final class Report {
    /** The page's file name inside the run folder. */
    public static final String FILE = "report.html";

    private static final String RESOURCES = "/org/entente/report/";

    private Report() {}

    /**
     * Builds and writes the report of a run.
     *
     * @param run     the output folder of {@code entente analyze}
     * @param options what to show and the caps
     * @return the written file
     * @throws ReportException when {@code run} is not a run's output folder or a table cannot be read
     * @throws UncheckedIOException when the page cannot be written
     */
    public static Path write(Path run, ReportOptions options) {
        JsonObject data = ReportData.build(run, options);
        String html = html(data);
        Path target = run.resolve(FILE);
        Path temp = run.resolve(FILE + ".tmp");
        try {
            Files.writeString(temp, html, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /**
     * The page for the given data: the template with the styles, the vendored libraries, the page's script
     * and the data inlined.
     *
     * @param data the report's data, from {@link ReportData#build}
     * @return the HTML text
     */
    public static String html(JsonObject data) {
        String title = "Entente report: " + data.getJsonObject("run").getString("folder");
        return resource("report.html")
                .replace("{{TITLE}}", escapeHtml(title))
                .replace("/*{{VENDOR_CSS}}*/", script(resource("vendor/uPlot.min.css")))
                .replace("/*{{STYLE}}*/", script(resource("report.css")))
                .replace(
                        "/*{{VENDOR_JS}}*/",
                        script(resource("vendor/cytoscape.min.js")) + "\n"
                                + script(resource("vendor/uPlot.iife.min.js")))
                .replace("/*{{APP_JS}}*/", script(resource("report.js")))
                .replace("{{DATA}}", json(data));
    }

    /** The data as compact JSON that is safe inside a script element: every '<' is written as \u003c. */
    static String json(JsonObject data) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(data);
        }
        return out.toString().replace("<", "\\u003c");
    }

    /** Inlined code must not close its element early. */
    private static String script(String code) {
        if (code.toLowerCase(Locale.ROOT).contains("</script")
                || code.toLowerCase(Locale.ROOT).contains("</style")) {
            throw new IllegalStateException("a report resource contains a closing script or style tag");
        }
        return code;
    }

    private static String resource(String name) {
        try (InputStream in = Report.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
