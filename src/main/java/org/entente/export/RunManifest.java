package org.entente.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code manifest.json}: how a run was made (engine, dictionary folder, options, document counts), as one
 * flat JSON object of strings in a fixed key order. It holds no time or host, so the same run gives the
 * same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class RunManifest {
    /** The file name in the output folder. */
    public static final String FILE = "manifest.json";

    private RunManifest() {
    }

    /**
     * Writes the manifest, replacing any earlier one atomically.
     *
     * @param out    the output folder
     * @param fields keys and values, in the order to write them
     */
    public static void write(Path out, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : new LinkedHashMap<>(fields).entrySet()) {
            sb.append("  ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()))
                    .append(++i < fields.size() ? ",\n" : "\n");
        }
        sb.append("}\n");
        try {
            Path tmp = Files.createTempFile(out, ".manifest-", ".tmp");
            Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, out.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
