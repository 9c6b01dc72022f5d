package org.whosaid.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The front door of the Spark job, for {@code spark-submit --class org.whosaid.spark.Main} on a
 * cluster and for {@code whosaid spark --master local[N]} on one machine: reads the options once
 * into a {@link JobConfig}, runs the stages ({@link Extract}, then {@link Link}) and prints the
 * run's summary.
 */
@Command(name = "whosaid spark", mixinStandardHelpOptions = true, sortOptions = false, version = "whosaid 0.1.0",
        description = {"Extract statements from news archives with Apache Spark and write Parquet tables: "
                + "statements (partitioned by published month) and articles (one row per record read, failures "
                + "included), then speakers, clusters of repeated statements and links (each statement's speaker "
                + "and cluster).",
            "Inputs are globs of .warc/.warc.gz (each file one task, records streamed), .jsonl, and text or HTML "
                + "files or folders. A damaged record is counted and reported in the articles table; it never fails "
                + "the job. Running again over the same inputs writes the same rows."})
public final class Main implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] for two cores of this machine; left to spark-submit when absent.")
    String master;

    @Option(names = {"--input", "-i"}, paramLabel = "GLOB", split = ",",
            description = "Input files, folders or globs (repeat or separate with commas).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"--output", "-o"}, paramLabel = "DIR", required = true,
            description = "The run folder: tables are written under it; those of an earlier run there are replaced.")
    String output;

    @Option(names = "--stage", defaultValue = "all", paramLabel = "STAGE",
            description = "all (default), extract (statements and articles only) or link (speakers and clusters "
                    + "from an existing run's statements).")
    Stage stage;

    @Option(names = "--jsonl", description = "Also write the output contract as JSONL (DIR/jsonl), the lines "
            + "`whosaid extract --format jsonl` writes for the same articles; `whosaid index --from-parquet DIR` reads them.")
    boolean jsonl;

    @Option(names = "--with-text", description = "Add the analysed article text: a text column in the articles "
            + "table, article.text in the JSONL (needed by `whosaid index --from-parquet`).")
    boolean withText;

    @Option(names = "--text-batch", defaultValue = "256", paramLabel = "N",
            description = "Text and HTML files per task (default: ${DEFAULT-VALUE}); WARC and JSONL files are one task each.")
    int textBatch;

    @Option(names = "--shuffle-partitions", paramLabel = "N",
            description = "spark.sql.shuffle.partitions for stage 2 (default with a local master: 4 per core; "
                    + "otherwise Spark's setting).")
    Integer shufflePartitions;

    enum Stage { all, extract, link }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns the exit status without exiting (used by tests and the bench). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg = String.valueOf(ex.getMessage());
            cmd.getErr().println("whosaid spark: " + ex.getClass().getSimpleName() + ": " + msg.lines().findFirst().orElse("")
                    .substring(0, Math.min(400, msg.lines().findFirst().orElse("").length())));
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        JobConfig cfg = new JobConfig(inputs, output, stage != Stage.link, stage != Stage.extract, jsonl, withText,
                textBatch);
        SparkSession.Builder b = SparkSession.builder().appName("whosaid");
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                // a single machine: no web UI to start, and few shuffle partitions for few cores
                b.config("spark.ui.enabled", "false");
                b.config("spark.sql.shuffle.partitions", shufflePartitions != null ? shufflePartitions
                        : 4 * Math.max(1, localCores(master)));
            }
        }
        if (shufflePartitions != null) {
            b.config("spark.sql.shuffle.partitions", shufflePartitions);
        }
        SparkSession spark = b.getOrCreate();
        try {
            Job.Summary summary = Job.run(spark, cfg);
            System.err.println("whosaid spark: " + summary.line());
            System.err.println("whosaid spark: tables in " + cfg.output());
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Cores of a local master: local -> 1, local[4] -> 4, local[*] -> this machine's. */
    static int localCores(String master) {
        int open = master.indexOf('[');
        if (open < 0) {
            return 1;
        }
        String n = master.substring(open + 1, master.indexOf(']', open)).split(",")[0];
        return n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n.strip());
    }
}
