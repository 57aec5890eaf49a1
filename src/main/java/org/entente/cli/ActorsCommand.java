package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.entente.actors.ActorDictionary;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente actors}: tools for the actor dictionary. */
@Command(
        name = "actors",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tools for the actor dictionary (models/).",
        subcommands = ActorsCommand.Check.class)
final class ActorsCommand implements Runnable {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check");
    }

    /** {@code entente actors check}: validates the dictionary and the user's files, and prints what it holds. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Validates the actor dictionary and any user files merged over it: duplicate ids, unknown",
                "columns or offices, overlapping terms of office, forms naming two actors, unknown leaders or states.",
                "Prints the counts on success; the first problem (file:line, value, what was expected) and exit code 2",
                "otherwise."
            })
    static final class Check implements Callable<Integer> {
        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        private DictionaryOptions dictionaryOptions = new DictionaryOptions();

        @Option(
                names = "--coverage",
                description = "also print, per state, the terms of office per decade since 1945, the gaps of more "
                        + "than 90 days between successive heads of state or government, and overlapping terms")
        private boolean coverage;

        @Override
        public Integer call() {
            Path dir = dictionaryOptions.modelsDir();
            List<Path> actorFiles = dictionaryOptions.actorFiles();
            ActorDictionary dictionary = dictionaryOptions.load();
            Map<ActorType, Integer> counts = new TreeMap<>();
            for (Actor a : dictionary.actors()) {
                counts.merge(a.type(), 1, Integer::sum);
            }
            long terms = dictionary.actors().stream()
                    .filter(a -> a.type() == ActorType.LEADER)
                    .mapToLong(a ->
                            dictionary.leader(a.id()).orElseThrow().offices().size())
                    .sum();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s%s: %d states, %d organisations, %d leaders with %d terms of office, "
                                    + "%d forms, %d exclusion phrases — OK%n",
                            dir,
                            actorFiles.isEmpty() ? "" : " + " + actorFiles,
                            counts.getOrDefault(ActorType.STATE, 0),
                            counts.getOrDefault(ActorType.ORG, 0),
                            counts.getOrDefault(ActorType.LEADER, 0),
                            terms,
                            dictionary.aliases().size(),
                            dictionary.exclusions().size());
            if (coverage) {
                Coverage.print(
                        dictionary,
                        dir.resolve("states.tsv"),
                        spec.commandLine().getOut());
            }
            return Main.OK;
        }
    }
}
