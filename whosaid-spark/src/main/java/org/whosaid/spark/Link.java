package org.whosaid.spark;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.whosaid.bank.Keys;

/**
 * Stage 2 over the statements table: speaker identity across articles ({@link Speakers}) and
 * clusters of the same statement reported by several articles, with the bank's own keys and tests
 * ({@link Keys}): quotes sharing an LSH band are candidates, a candidate pair from two articles is
 * one statement when the bank's shingle test says so, and clusters are the connected components of
 * those pairs, named after their smallest statement key as the bank names a cluster after the
 * statement that opened it. Writes the speakers, clusters and links tables.
 */
final class Link {
    private Link() {
    }

    /** Rows written: speakers, and clusters of two or more statements. */
    record Sizes(long speakers, long clusters) {
    }

    /** Candidates compared within one band: each member with at most this many earlier members, as the bank looks up at most 200. */
    static final int MAX_CANDIDATES = 200;
    /** Rounds of label propagation; clusters of repeated quotes are near-cliques, done in two or three. */
    private static final int MAX_ROUNDS = 30;

    private static final StructType NODE = createStructType(new StructField[] {
        createStructField("band", LongType, false),
        createStructField("statement_key", StringType, false),
        createStructField("article_key", StringType, false),
        createStructField("shingles", createArrayType(LongType, false), false)});

    private static final StructType EDGE = createStructType(new StructField[] {
        createStructField("a", StringType, false),
        createStructField("b", StringType, false)});

    static Sizes run(SparkSession spark, String output) {
        spark.udf().register("whosaid_cluster_id", (UDF1<String, String>) Keys::clusterId, StringType);
        Dataset<Row> st = spark.read().parquet(output + "/" + Job.STATEMENTS)
                .withColumn("statement_key", concat(col("article_key"), lit("#"), col("position").cast("string")));
        st = st.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> mentions = speakers(st, output);
            Dataset<Row> labels = clusters(st);
            Dataset<Row> links = st.select("statement_id", "article_id", "article_key", "statement_key", "position",
                            "published", "outlet")
                    .join(mentions.select("statement_id", "speaker_id"), "statement_id")
                    .join(labels, st.col("statement_key").equalTo(labels.col("node")), "left")
                    .withColumn("cluster_id", call_udf("whosaid_cluster_id", coalesce(col("label"), col("statement_key"))))
                    .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            try {
                links.select("statement_id", "article_id", "article_key", "statement_key", "speaker_id", "cluster_id")
                        .orderBy("article_key", "statement_key")
                        .write().mode(SaveMode.Overwrite).parquet(output + "/" + Job.LINKS);
                Dataset<Row> clusters = clusterTable(links);
                clusters.write().mode(SaveMode.Overwrite).parquet(output + "/" + Job.CLUSTERS);
                Dataset<Row> speakers = spark.read().parquet(output + "/" + Job.SPEAKERS);
                return new Sizes(speakers.count(), spark.read().parquet(output + "/" + Job.CLUSTERS).count());
            } finally {
                links.unpersist();
            }
        } finally {
            st.unpersist();
        }
    }

    /** Writes the speakers table and returns each statement's mention with its speaker id (null when not registered). */
    private static Dataset<Row> speakers(Dataset<Row> st, String output) {
        Dataset<Row> mentions = st.select("statement_id", "article_id", "article_key", "outlet", "published",
                        "speaker_name", "speaker_type", "speaker_role")
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("article_key"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (k, rows) -> Speakers.article(rows),
                        Encoders.row(Speakers.MENTION))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> known = mentions.filter(col("resolution").isin(Speakers.FULL, Speakers.IN_ARTICLE));
        Dataset<Row> candidates = known
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("surname"), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) Speakers::candidates, Encoders.row(Speakers.CANDIDATES));
        Dataset<Row> decided = mentions.filter(col("resolution").equalTo(Speakers.SURNAME))
                .join(candidates, mentions.col("surname").equalTo(candidates.col("surname")), "left")
                .select(mentions.col("*"), candidates.col("candidates"))
                .map((MapFunction<Row, Row>) Speakers::decide, Encoders.row(Speakers.MENTION));
        Dataset<Row> all = mentions.filter(col("resolution").notEqual(Speakers.SURNAME)).unionByName(decided);
        Dataset<Row> registered = all.filter(col("speaker_id").isNotNull());
        Dataset<Row> described = registered
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("speaker_id"), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, Row>) Speakers::speaker, Encoders.row(Speakers.SPEAKER));
        Dataset<Row> counts = registered.groupBy("speaker_id")
                .agg(count("*").as("statements"), countDistinct("article_key").as("articles"));
        described.join(counts, "speaker_id")
                .select("speaker_id", "name", "type", "statements", "articles", "spellings", "roles", "outlets", "evidence")
                .orderBy("speaker_id")
                .write().mode(SaveMode.Overwrite).parquet(output + "/" + Job.SPEAKERS);
        return all.select("statement_id", "speaker_id");
    }

    /** Each statement in a repeated-statement cluster (node) with the smallest statement key of its cluster (label). */
    private static Dataset<Row> clusters(Dataset<Row> st) {
        Dataset<Row> nodes = st.select("statement_key", "article_key", "quote_text")
                .flatMap((FlatMapFunction<Row, Row>) r -> {
                    long[] sh = Keys.shingles(r.getAs("quote_text"));
                    long[] bands = Keys.bands(sh);
                    List<Long> shingles = new ArrayList<>(sh.length);
                    for (long s : sh) {
                        shingles.add(s);
                    }
                    List<Row> out = new ArrayList<>(bands.length);
                    for (long b : bands) {
                        out.add(RowFactory.create(b, r.getAs("statement_key"), r.getAs("article_key"), Tables.seq(shingles)));
                    }
                    return out.iterator();
                }, Encoders.row(NODE));
        Dataset<Row> edges = nodes
                .groupByKey((MapFunction<Row, Long>) r -> r.getLong(0), Encoders.LONG())
                .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (band, rows) -> pairs(rows), Encoders.row(EDGE))
                .distinct()
                .localCheckpoint();
        Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst")));
        Dataset<Row> labels = both.select(col("src").as("node"))
                .distinct()
                .withColumn("label", col("node"))
                .localCheckpoint();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Dataset<Row> next = both.join(labels, both.col("src").equalTo(labels.col("node")))
                    .select(both.col("dst").as("node"), labels.col("label"))
                    .union(labels.select("node", "label"))
                    .groupBy("node").agg(min("label").as("label"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("label", "old"), "node")
                    .filter(col("label").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        return labels;
    }

    /** Candidate pairs of one band that are one statement: each member against up to 200 earlier ones. */
    private static java.util.Iterator<Row> pairs(java.util.Iterator<Row> rows) {
        List<Row> members = new ArrayList<>();
        rows.forEachRemaining(members::add);
        members.sort((x, y) -> x.getString(1).compareTo(y.getString(1)));
        List<long[]> shingles = new ArrayList<>(members.size());
        for (Row m : members) {
            List<Long> l = m.getList(3);
            long[] a = new long[l.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = l.get(i);
            }
            shingles.add(a);
        }
        List<Row> out = new ArrayList<>();
        for (int j = 1; j < members.size(); j++) {
            for (int i = 0; i < Math.min(j, MAX_CANDIDATES); i++) {
                if (!members.get(i).getString(2).equals(members.get(j).getString(2))
                        && Keys.sameStatement(shingles.get(i), shingles.get(j))) {
                    out.add(RowFactory.create(members.get(i).getString(1), members.get(j).getString(1)));
                }
            }
        }
        return out.iterator();
    }

    /** Clusters of two or more statements: size, outlets, members, and the first appearance. */
    private static Dataset<Row> clusterTable(Dataset<Row> links) {
        Dataset<Row> withDay = links.withColumn("day_order",
                when(col("published").isNull(), lit("~")).otherwise(substring(col("published"), 1, 10)));
        return withDay.groupBy("cluster_id")
                .agg(count("*").as("statements"),
                        countDistinct(coalesce(col("outlet"), col("article_key"))).as("outlets"),
                        min(struct(col("day_order"), col("statement_key"), col("statement_id"), col("published"),
                                col("outlet"), col("speaker_id"))).as("first"),
                        sort_array(collect_list(col("statement_id"))).as("members"))
                .filter(col("statements").geq(2))
                .select(col("cluster_id"), col("statements"), col("outlets"),
                        col("first.statement_id").as("first_statement_id"), col("first.published").as("first_published"),
                        col("first.outlet").as("first_outlet"), col("first.speaker_id").as("first_speaker_id"),
                        col("members"))
                .orderBy("cluster_id");
    }
}
