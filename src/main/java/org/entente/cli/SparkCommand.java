package org.entente.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.RunSummary;
import org.entente.spark.SparkAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente spark}: the analysis of {@code analyze} on Apache Spark, with the same options and tables.
 * Spark itself is provided by the cluster (spark-submit) or by {@code ./entente spark}. Not thread-safe (one
 * instance per invocation).
 */
@Command(
        name = "spark",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the analysis of entente analyze on Apache Spark and writes the same tables.",
            "Inputs and --out may be local paths or URIs of Hadoop file systems (hdfs://, s3a://...).",
            "Submit to a cluster with spark-submit --class org.entente.cli.Main target/entente.jar spark ...;",
            "./entente spark runs it on this machine (local[*]). See docs/spark.md."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document done",
            "1:some documents failed (status=failed in documents.csv)",
            "2:usage or configuration error"
        })
final class SparkCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "files or folders (searched recursively), as paths or URIs (default: the sample corpus)")
    private List<String> inputs = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "output folder, a path or a URI (default: ${DEFAULT-VALUE})")
    private String out;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master, e.g. local[2], yarn, spark://host:7077 (default: the one spark-submit "
                    + "sets, else local[*])")
    private String master;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            defaultValue = "0",
            description = "partitions of the document list (default: about 20 documents each, at least four per "
                    + "core of the cluster, at most 10,000)")
    private int partitions;

    @Mixin
    private RunOptions run = new RunOptions();

    @Mixin
    private LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() {
        if (!SparkAnalysis.available()) {
            throw new ConfigurationException("Apache Spark is not on the class path; expected ./entente spark ... "
                    + "(which adds the Spark jars of the build) or spark-submit --class org.entente.cli.Main "
                    + "target/entente.jar spark ... (see docs/spark.md)");
        }
        List<String> given =
                inputs.isEmpty() ? List.of(BatchOptions.home().resolve("corpus").toString()) : inputs;
        List<Path> local = given.stream().map(SparkCommand::localPart).toList();
        AnalysisOptions options = run.options(local, localPart(out), 1, limits);
        PrintWriter log = limits.log(spec.commandLine().getErr());
        RunSummary summary = SparkAnalysis.run(
                new SparkAnalysis.Settings(given, out, options, master, partitions),
                spec.commandLine().getParseResult().originalArgs(),
                log);
        return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** The path of a local input; for a URI, the path part (read only when every input is local). */
    private static Path localPart(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.getScheme().length() > 1 && uri.getPath() != null) {
                return Path.of(uri.getPath());
            }
        } catch (URISyntaxException e) {
            // a plain path
        }
        return Path.of(value);
    }
}
