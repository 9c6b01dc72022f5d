package org.whosaid.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs the stages of one job over a {@link JobConfig}: stage 1 reads the inputs into record rows
 * (kept on the executors' disks while the tables are written from them) and writes the statements,
 * articles and optional JSONL; stage 2 ({@link Link}) reads the statements table back and writes
 * speakers, clusters and links. Every table is sorted within its files by input and record, so a
 * re-run over the same inputs writes the same rows in the same order.
 */
final class Job {
    private Job() {
    }

    /** Folder names of the tables under the run folder. */
    static final String STATEMENTS = "statements";
    static final String ARTICLES = "articles";
    static final String JSONL = "jsonl";
    static final String SPEAKERS = "speakers";
    static final String CLUSTERS = "clusters";
    static final String LINKS = "links";

    /** What a run did: records by status and skip reason, statements, and the stage 2 tables' sizes. */
    record Summary(long read, long extracted, long statements, Map<String, Long> skipped, long failed,
            long speakers, long clusters) {
        String line() {
            long skips = skipped.values().stream().mapToLong(Long::longValue).sum();
            String reasons = skipped.isEmpty() ? "" : skipped.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
            String s = "read " + read + ", extracted " + extracted + " (" + statements + " statements), skipped "
                    + skips + reasons + ", failed " + failed;
            return speakers < 0 ? s : s + "; speakers " + speakers + ", clusters of repeated statements " + clusters;
        }
    }

    static Summary run(SparkSession spark, JobConfig cfg) {
        // months such as 2024-03 stay strings when the partitioned table is read back
        spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        Summary s = cfg.extract() ? extract(spark, cfg)
                : new Summary(0, 0, 0, Map.of(), 0, -1, -1);
        if (cfg.link()) {
            Link.Sizes sizes = Link.run(spark, cfg.output());
            s = new Summary(s.read(), s.extracted(), s.statements(), s.skipped(), s.failed(), sizes.speakers(),
                    sizes.clusters());
        }
        return s;
    }

    private static Summary extract(SparkSession spark, JobConfig cfg) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        clear(cfg.output(), hadoop);
        List<Inputs.Unit> units = Inputs.plan(cfg.inputs(), hadoop, cfg.textBatch());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        boolean withText = cfg.withText();
        boolean jsonl = cfg.jsonl();
        // one unit per partition: each WARC or JSONL file is one task
        JavaRDD<Row> rows = jsc.parallelize(units, Math.max(1, units.size())).mapPartitions(it -> {
            List<java.util.Iterator<Row>> parts = new ArrayList<>();
            while (it.hasNext()) {
                Extract e = new Extract(it.next(), withText, jsonl);
                org.apache.spark.TaskContext tc = org.apache.spark.TaskContext.get();
                if (tc != null) {
                    tc.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> e.close());
                }
                parts.add(e);
            }
            return new Concat(parts);
        });
        Dataset<Row> records = spark.createDataFrame(rows, Tables.RECORD).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = cfg.output();
            Dataset<Row> extracted = records.filter(col("status").equalTo(Tables.EXTRACTED));
            List<Column> articleCols = new ArrayList<>(List.of(col("input"), col("record"), col("source"),
                    col("status"), col("reason"), col("message"), col("article_id"), col("article_key"), col("url"),
                    col("title"), col("outlet"), col("published"), col("language"), col("month"),
                    size(col("statements")).as("statements"), col("rejected")));
            if (withText) {
                articleCols.add(col("text"));
            }
            records.select(articleCols.toArray(Column[]::new))
                    .sortWithinPartitions("input", "record")
                    .write().mode(SaveMode.Overwrite).parquet(out + "/" + ARTICLES);
            extracted.select(col("input"), col("record"), col("article_id"), col("article_key"), col("url"),
                            col("title"), col("outlet"), col("published"), col("month"),
                            explode(col("statements")).as("s"))
                    .select(col("input"), col("record"), col("article_id"), col("article_key"), col("url"),
                            col("title"), col("outlet"), col("published"), col("month"), col("s.*"))
                    .sortWithinPartitions("month", "input", "record", "position")
                    .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/" + STATEMENTS);
            if (jsonl) {
                extracted.sortWithinPartitions("input", "record").select(col("json"))
                        .write().mode(SaveMode.Overwrite).text(out + "/" + JSONL);
            }
            return summary(records);
        } finally {
            records.unpersist();
        }
    }

    private static Summary summary(Dataset<Row> records) {
        long read = 0;
        long extracted = 0;
        long statements = 0;
        long failed = 0;
        Map<String, Long> skipped = new TreeMap<>();
        for (Row r : records.groupBy("status", "reason")
                .agg(count("*").as("n"), sum(size(col("statements"))).as("st")).collectAsList()) {
            long n = r.getLong(2);
            read += n;
            switch (r.getString(0)) {
                case Tables.EXTRACTED -> {
                    extracted += n;
                    statements += r.isNullAt(3) ? 0 : r.getLong(3);
                }
                case Tables.SKIPPED -> skipped.merge(r.getString(1), n, Long::sum);
                default -> failed += n;
            }
        }
        return new Summary(read, extracted, statements, skipped, failed, -1, -1);
    }

    /** Removes an earlier run in the output folder, so no table of another run is left beside this one. */
    private static void clear(String output, Configuration hadoop) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(output);
            FileSystem fs = p.getFileSystem(hadoop);
            if (fs.exists(p)) {
                for (String t : List.of(STATEMENTS, ARTICLES, JSONL, SPEAKERS, CLUSTERS, LINKS)) {
                    fs.delete(new org.apache.hadoop.fs.Path(p, t), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + output, e);
        }
    }

    /** The rows of several tasks' iterators in turn (a partition holds one unit, so usually one). */
    private static final class Concat implements java.util.Iterator<Row> {
        private final java.util.Iterator<java.util.Iterator<Row>> parts;
        private java.util.Iterator<Row> current = java.util.Collections.emptyIterator();

        Concat(List<java.util.Iterator<Row>> parts) {
            this.parts = parts.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!parts.hasNext()) {
                    return false;
                }
                current = parts.next();
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }
}
