package org.entente.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * What the formatter (Spotless, run by {@code mvn verify}) does not check: no fully qualified {@code java.*} or
 * {@code javax.*} names in code — they are imported — unless the simple name is already imported from another
 * package (a real clash, such as Hadoop's {@code Path} beside {@code java.nio.file.Path}).
 */
class CodeStyleTest {
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.\"])((?:java|javax)\\.[a-z]+(?:\\.[a-z]+)*)" + "\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.(\\w+);");

    @Test
    void importsJavaClassesInsteadOfNamingThemInFull() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Cli.HOME.resolve("src"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(qualifiedNames(file));
            }
        }

        assertThat(found)
                .as("fully qualified java.* names in code: import them")
                .isEmpty();
    }

    private static List<String> qualifiedNames(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> imported = new HashMap<>();
        for (String line : lines) {
            Matcher m = IMPORT.matcher(line);
            if (m.find()) {
                imported.put(m.group(2), m.group(1));
            }
        }
        List<String> found = new ArrayList<>();
        boolean comment = false;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (comment || s.startsWith("/*") || s.startsWith("*") || s.startsWith("//")) {
                comment = (comment || s.startsWith("/*")) && !s.contains("*/");
                continue;
            }
            if (s.startsWith("import ") || s.startsWith("package ")) {
                continue;
            }
            String code = s.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
            Matcher m = QUALIFIED.matcher(code);
            while (m.find()) {
                String clash = imported.get(m.group(2));
                if (clash == null || clash.equals(m.group(1))) {
                    found.add(Cli.HOME.relativize(file) + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return found;
    }
}
