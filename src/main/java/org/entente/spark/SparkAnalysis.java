package org.entente.spark;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.entente.model.Period;
import org.entente.pipeline.AnalysisOptions;
import org.entente.pipeline.ConfigurationException;
import org.entente.pipeline.DocumentJob;
import org.entente.pipeline.Outcome;
import org.entente.pipeline.Progress;
import org.entente.pipeline.RunPlan;
import org.entente.pipeline.RunSummary;
import org.entente.pipeline.RunWriter;
import org.entente.relations.CorpusTotals;
import scala.Tuple2;

/**
 * {@code entente spark}: the analysis of {@code entente analyze} on Apache Spark.
 *
 * <ol>
 *   <li>The driver checks the options and dictionary, then lists the documents: local paths as
 *   {@code analyze} does, other inputs (hdfs://, s3a://…) through Hadoop's file systems, with the same doc ids
 *   and sidecar metadata.</li>
 *   <li>The documents are spread over partitions; each executor JVM loads the dictionary and the engine once
 *   ({@link DocumentJob}) and runs every document of its partitions through extraction, annotation,
 *   resolution and counting. Outcomes are kept (memory, then disk) for the next two steps.</li>
 *   <li>The corpus totals — actors, dyads, triads, sets, unresolved names, time series — are summed with
 *   {@code reduceByKey} over each document's {@linkplain CorpusTotals#contributions contributions}.</li>
 *   <li>The driver streams the outcomes back partition by partition, in doc_id order, and writes every
 *   table with the local run's writer ({@link RunWriter}); an output on a Hadoop file system is written
 *   locally first and copied up when complete.</li>
 * </ol>
 *
 * <p>Stateless; one run at a time per Spark session.
 */
public final class SparkAnalysis {
    private SparkAnalysis() {}

    /**
     * What a Spark run needs.
     *
     * @param inputs     files and folders, as local paths or URIs of Hadoop file systems
     * @param out        output folder, a local path or a URI
     * @param options    the analysis options (with the engine of the executors); its inputs are read only when
     *                   every input is a local path, and its output folder is replaced by a local staging
     *                   folder when {@code out} is a URI
     * @param master     the Spark master URL, or null for the one spark-submit set (else {@code local[*]})
     * @param partitions partitions of the document list, or 0 for about twenty documents each (at least four per
     *                   core of the cluster)
     */
    public record Settings(List<String> inputs, String out, AnalysisOptions options, String master, int partitions) {
        public Settings {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new ConfigurationException("no input: expected one or more files or folders");
            }
            if (partitions < 0) {
                throw new ConfigurationException("--partitions " + partitions + ": expected a whole number of at "
                        + "least 1 (or 0 for four per core)");
            }
        }
    }

    /** True when the Spark classes are on the class path (they are provided by the cluster). */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkAnalysis.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Runs the analysis on Spark.
     *
     * @param settings    the run's settings
     * @param commandLine the command's arguments as given, for run.json
     * @param log         where failures and the summary line go
     * @return counts of documents done and failed
     * @throws ConfigurationException for a bad option, input, dictionary or sidecar, before any document
     */
    public static RunSummary run(Settings settings, List<String> commandLine, PrintWriter log) {
        boolean remoteOut = HadoopInputs.remote(settings.out());
        Path staging = remoteOut ? staging() : null;
        try {
            AnalysisOptions options = remoteOut ? settings.options().withOut(staging) : settings.options();
            RunSummary summary = run(settings, options, commandLine, log);
            if (remoteOut) {
                // a staged output is reported where it went, not where it was staged
                log.println(summary.line().replace(summary.out().toString(), settings.out()));
            } else {
                log.println(summary.line());
            }
            return summary;
        } finally {
            if (staging != null) {
                delete(staging);
            }
        }
    }

    private static RunSummary run(
            Settings settings, AnalysisOptions options, List<String> commandLine, PrintWriter log) {
        // local inputs and the dictionary are checked before Spark starts, so that a mistake is reported at once
        boolean local = settings.inputs().stream().noneMatch(HadoopInputs::remote);
        RunPlan localPlan = local ? RunPlan.scan(options, log::println) : null;
        DocumentJob job = DocumentJob.of(options.settings());
        SparkSession.Builder builder = SparkSession.builder().appName("entente");
        if (settings.master() != null) {
            builder.master(settings.master());
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        boolean ours = SparkSession.getDefaultSession().isEmpty(); // a session of the caller's is left running
        SparkSession spark = builder.getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Configuration hadoop = jsc.hadoopConfiguration();
            RunPlan plan = localPlan;
            if (plan == null) {
                HadoopInputs.Listing listing = HadoopInputs.list(settings.inputs(), settings.out(), hadoop);
                plan = RunPlan.of(options, settings.inputs(), listing.tasks(), listing.bytes());
            }
            int partitions = partitions(
                    settings.partitions(),
                    jsc.defaultParallelism(),
                    plan.tasks().size());
            Map<String, Object> runner = new LinkedHashMap<>();
            runner.put("out", settings.out());
            runner.put("runner", "spark " + jsc.version());
            runner.put("spark_master", jsc.master());
            runner.put("partitions", partitions);
            RunSummary summary = process(
                    jsc,
                    plan,
                    job,
                    new HadoopConf(hadoop),
                    partitions,
                    options.settings().export().period(),
                    commandLine,
                    runner,
                    log);
            if (HadoopInputs.remote(settings.out())) {
                upload(options.out(), settings.out(), hadoop);
            }
            return summary;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    private static RunSummary process(
            JavaSparkContext jsc,
            RunPlan plan,
            DocumentJob job,
            HadoopConf conf,
            int partitions,
            Period period,
            List<String> commandLine,
            Map<String, Object> runner,
            PrintWriter log) {
        Broadcast<DocumentJob> work = jsc.broadcast(job);
        Broadcast<HadoopConf> files = jsc.broadcast(conf);
        // parallelize keeps the list's order: partition i holds a contiguous run of documents
        JavaRDD<Outcome> outcomes = jsc.parallelize(plan.tasks(), partitions)
                .mapPartitions(tasks -> new Iterator<Outcome>() {
                    @Override
                    public boolean hasNext() {
                        return tasks.hasNext();
                    }

                    @Override
                    public Outcome next() {
                        return processOne(
                                tasks.next(), work.value(), files.value().get());
                    }
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaPairRDD<CorpusTotals.Key, CorpusTotals.Sum> sums =
                    outcomes.flatMapToPair(o -> contributions(o, period)).reduceByKey(CorpusTotals::sum);
            CorpusTotals totals = new CorpusTotals(period);
            for (Tuple2<CorpusTotals.Key, CorpusTotals.Sum> t : sums.collect()) {
                totals.add(t._1(), t._2());
            }
            RunWriter.EngineInfo engine = jsc.parallelize(List.of(0), 1)
                    .map(i -> work.value().engineInfo())
                    .collect()
                    .get(0);
            return new RunWriter(plan, commandLine, engine, runner)
                    .write(outcomes.toLocalIterator(), totals, log, Progress.NONE, n -> {});
        } finally {
            outcomes.unpersist(false);
            work.destroy();
            files.destroy();
        }
    }

    /** One document on an executor: fetched to a local file if remote, then processed; never throws. */
    private static Outcome processOne(RunPlan.Task task, DocumentJob job, Configuration conf) {
        Path file;
        try {
            file = HadoopInputs.fetch(task.location(), conf);
        } catch (IOException | RuntimeException e) {
            return DocumentJob.unreadable(task, HadoopInputs.reason(e));
        }
        try {
            return job.process(task, file);
        } finally {
            HadoopInputs.release(task.location(), file);
        }
    }

    private static Iterator<Tuple2<CorpusTotals.Key, CorpusTotals.Sum>> contributions(Outcome o, Period period) {
        if (!(o instanceof Outcome.Done done)) {
            return Collections.emptyIterator();
        }
        List<Tuple2<CorpusTotals.Key, CorpusTotals.Sum>> out = new ArrayList<>();
        CorpusTotals.contributions(done.resolved(), done.relations(), period)
                .forEach(e -> out.add(new Tuple2<>(e.getKey(), e.getValue())));
        return out.iterator();
    }

    /** Documents per partition aimed at by default: small slices even out documents of very different length. */
    static final int DOCUMENTS_PER_PARTITION = 20;
    /** Most partitions made by default: beyond this, scheduling costs more than it evens out. */
    static final int MAX_DEFAULT_PARTITIONS = 10_000;

    /**
     * The partitions of the document list: as asked, else about {@value #DOCUMENTS_PER_PARTITION} documents each,
     * at least four per core and at most {@value #MAX_DEFAULT_PARTITIONS}; never more than the documents.
     */
    static int partitions(int asked, int cores, int documents) {
        int wanted = asked > 0
                ? asked
                : Math.min(
                        MAX_DEFAULT_PARTITIONS, Math.max(4 * Math.max(1, cores), documents / DOCUMENTS_PER_PARTITION));
        return Math.max(1, Math.min(wanted, documents));
    }

    private static Path staging() {
        try {
            return Files.createTempDirectory("entente-spark-out-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a local staging folder for the output: " + e.getMessage(), e);
        }
    }

    /** Copies the finished output folder to the Hadoop file system, replacing what is there. */
    private static void upload(Path staging, String out, Configuration conf) {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
        try (Stream<Path> files = Files.walk(staging)) {
            FileSystem fs = target.getFileSystem(conf);
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = staging.relativize(f).toString().replace(File.separatorChar, '/');
                fs.copyFromLocalFile(
                        false,
                        true,
                        new org.apache.hadoop.fs.Path(f.toUri()),
                        new org.apache.hadoop.fs.Path(target, relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the tables to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a staging folder left behind is harmless
        }
    }
}
