package org.entente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.actors.DictionaryException;
import org.entente.nlp.EngineLoadException;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.ConfigurationException;
import org.entente.report.ReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command line. Exit codes: 0 every document done, 1 some documents failed (they are
 * listed in documents.csv and failures.csv) or the output could not be written, 2 a usage or configuration
 * error (nothing was processed).
 */
@Command(
        name = "entente",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns foreign-policy papers (PDF, HTML, text) into tables of actor mentions and co-mentions.")
public final class Main implements Runnable {
    /** Exit code: every document done. */
    public static final int OK = 0;
    /** Exit code: some documents failed. */
    public static final int SOME_FAILED = 1;
    /** Exit code: usage or configuration error. */
    public static final int USAGE = 2;

    /** The commands, in the order of the usage help: a command is added here and nowhere else. */
    static final List<Class<?>> COMMANDS = List.of(
            AnalyzeCommand.class,
            ExtractCommand.class,
            KwicCommand.class,
            ActorsCommand.class,
            EvalCommand.class,
            SchemaCommand.class,
            ReportCommand.class,
            TrainNerCommand.class,
            CompareEnginesCommand.class,
            SparkCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * The command line of some arguments. Picocli builds the model of every command it is given, by reflection,
     * before it parses anything (on a cold JVM about a tenth of a second for all of them, most of it for the
     * commands that are not run): when the first argument names a command, only that one is given; otherwise
     * (no command, {@code help}, an option, a typo) all of them, for the usage help and the suggestions.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        List<Class<?>> named = args.length == 0
                ? List.of()
                : COMMANDS.stream()
                        .filter(c -> c != CommandLine.HelpCommand.class)
                        .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
                        .toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cli.addSubcommand(command);
        }
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. entente analyze");
    }

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs a command in-process.
     *
     * @param args command-line arguments
     * @param out  standard output
     * @param err  standard error (progress, summary, errors)
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("analyze") || args[0].equals("extract"))) {
            // the language model loads on the other core while picocli builds the commands (about 0.2 s)
            Analysis.preload();
        }
        CommandLine cli = commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigurationException
                    || e instanceof DictionaryException
                    || e instanceof EngineLoadException
                    || e instanceof ReportException) {
                commandLine.getErr().println("entente: " + e.getMessage());
                return USAGE;
            }
            if (e instanceof UncheckedIOException) {
                // the output cannot be written (disk full, a file in the way): the run stops; every table is
                // moved into place only when complete, so none is ever half written
                commandLine
                        .getErr()
                        .println("entente: " + e.getMessage() + " — the run stopped before its tables "
                                + "were complete; fix the output folder and run again");
                return SOME_FAILED;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
