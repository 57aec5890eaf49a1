package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    private static final List<String> ALL = List.of(
            "analyze",
            "extract",
            "kwic",
            "actors",
            "eval",
            "schema",
            "report",
            "train-ner",
            "compare-engines",
            "spark",
            "bench",
            "help");

    private static List<String> commandsBuiltFor(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void buildsOnlyTheCommandTheFirstArgumentNames() {
        assertThat(commandsBuiltFor("analyze", "corpus", "--engine", "opennlp")).containsExactly("analyze");
        assertThat(commandsBuiltFor("report", "out")).containsExactly("report");
    }

    @Test
    void buildsEveryCommandForHelpATypoOrNoCommand() {
        assertThat(commandsBuiltFor()).containsExactlyElementsOf(ALL);
        assertThat(commandsBuiltFor("help", "analyze")).containsExactlyElementsOf(ALL);
        assertThat(commandsBuiltFor("anlyze")).containsExactlyElementsOf(ALL);
        assertThat(commandsBuiltFor("--version")).containsExactlyElementsOf(ALL);
    }

    @Test
    void suggestsTheCommandMeantByATypo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(
                new String[] {"anlyze"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Unmatched argument at index 0: 'anlyze'\nDid you mean: entente analyze?\n");
    }
}
