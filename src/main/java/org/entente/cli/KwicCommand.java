package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.entente.export.TableReader;
import org.entente.export.Tables;
import org.entente.model.Scope;
import org.entente.pipeline.ConfigurationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente kwic}: the evidence sentences of a pair or triple of actors, straight from a finished run. */
@Command(
        name = "kwic",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the units (sentences by default) in which all the given actors are co-mentioned,",
            "from the evidence.csv of a finished run: doc_id, unit, cue classes and the text."
        })
final class KwicCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--run",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "output folder of a run (default: ${DEFAULT-VALUE})")
    private Path run;

    @Option(
            names = "--actors",
            paramLabel = "ID",
            split = ",",
            required = true,
            description = "two or more actor ids, e.g. PRK,RUS")
    private List<String> actors;

    @Option(
            names = "--scope",
            paramLabel = "SCOPE",
            defaultValue = "sentence",
            description = "the unit: sentence, paragraph, window:N (as counted by the run; default: ${DEFAULT-VALUE})")
    private String scope;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "print at most N units (0: all)")
    private int limit;

    @Override
    public Integer call() {
        Set<String> wanted = new TreeSet<>();
        actors.forEach(a -> wanted.add(a.strip().toUpperCase(Locale.ROOT)));
        if (wanted.size() < 2) {
            throw new ConfigurationException(
                    "--actors " + String.join(",", actors) + ": expected two or more distinct actor ids, e.g. PRK,RUS");
        }
        String label;
        try {
            label = Scope.parse(scope).label();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--" + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines = new ArrayList<>();
        try {
            TableReader.forEach(run, Tables.EVIDENCE, row -> {
                if (row.get("scope").equals(label)
                        && Set.of(row.get("actor_ids").split(";")).containsAll(wanted)
                        && (limit <= 0 || lines.size() < limit)) {
                    lines.add(row.get("doc_id") + "\t" + row.get("unit") + "\t" + row.get("cue_classes") + "\t"
                            + row.get("text").replaceAll("\\s+", " "));
                }
            });
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        lines.forEach(out::println);
        spec.commandLine().getErr().println(lines.size() + " " + label + " units with " + String.join(", ", wanted));
        return Main.OK;
    }
}
