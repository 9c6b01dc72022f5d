package org.whosaid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.Query;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SearchResult;

/**
 * The real job in local[2] over a WARC.gz with a damaged member, a JSONL file with a bad line and
 * a folder of texts (see {@link Corpus}), run twice; the tables are read back with Spark and
 * checked row by row, the JSONL against what {@code whosaid extract --format jsonl} prints, and
 * the run is loaded into the quote bank with {@code whosaid index --from-parquet}.
 */
class SparkJobIT {
    @TempDir
    static Path dir;
    static Corpus corpus;
    static String run1;
    static String run2;
    static SparkSession spark;

    @BeforeAll
    static void runTwice() throws IOException {
        corpus = new Corpus(dir);
        run1 = dir.resolve("run1").toString();
        run2 = dir.resolve("run2").toString();
        for (String out : List.of(run1, run2)) {
            int status = Main.run("--master", "local[2]", "--input", corpus.warc.toString(),
                    "--input", corpus.jsonl.toString(), "--input", corpus.texts.toString(), "--output", out, "--jsonl", "--with-text");
            assertEquals(0, status);
        }
        spark = SparkSession.builder().master("local[2]").appName("whosaid-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Dataset<Row> table(String run, String name) {
        return spark.read().parquet(run + "/" + name);
    }

    /** Rows as text, one string per row, in the order given. */
    private static List<String> rows(Dataset<Row> df, String... cols) {
        List<String> out = new ArrayList<>();
        for (Row r : df.selectExpr(cols).collectAsList()) {
            List<String> f = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                f.add(String.valueOf(r.get(i)));
            }
            out.add(String.join(" | ", f));
        }
        return out;
    }

    private static String local(String path) {
        return path.replace(dir + "/", "");
    }

    @Test
    void everyRecordIsAnArticleRowWithItsStatusAndFailuresAreCountedNotFatal() {
        List<String> got = new ArrayList<>();
        for (String r : rows(table(run1, Job.ARTICLES).orderBy("input", "record"),
                "input", "record", "status", "reason", "article_id", "outlet", "month", "statements")) {
            got.add(local(r));
        }
        assertEquals(List.of(
                "crawl.warc.gz | 0 | skipped | not-response | null | null | unknown | 0",
                "crawl.warc.gz | 1 | skipped | not-response | null | null | unknown | 0",
                "crawl.warc.gz | 2 | extracted | null | crawl#3 | Harbour Herald | 2024-03 | 2",
                "crawl.warc.gz | 3 | skipped | not-response | null | null | unknown | 0",
                "crawl.warc.gz | 4 | extracted | null | crawl#5 | Coast Courier | 2024-04 | 2",
                "crawl.warc.gz | 5 | skipped | not-response | null | null | unknown | 0",
                "crawl.warc.gz | 6 | failed | read | null | null | unknown | 0",
                "crawl.warc.gz | 7 | skipped | not-response | null | null | unknown | 0",
                "crawl.warc.gz | 8 | extracted | null | crawl#8 | Harbour Herald | 2024-04 | 1",
                "texts/ministry.txt | 0 | extracted | null | ministry | null | unknown | 2",
                "texts/paris.txt | 0 | skipped | language | null | null | unknown | 0",
                "wire.jsonl | 0 | extracted | null | wire-1 | Wire Service | 2024-04 | 1",
                "wire.jsonl | 1 | failed | read | null | null | unknown | 0",
                "wire.jsonl | 2 | extracted | null | wire-2 | Wire Service | 2024-04 | 1"), got);
        List<String> failures = rows(table(run1, Job.ARTICLES).where("status = 'failed'").orderBy("input", "record"),
                "source", "message");
        long damaged = corpus.offsets.get(6);
        // zlib's own words after "ZipException:" depend on the damaged bytes, and the records' ids are random
        assertTrue(failures.get(0).startsWith(corpus.warc + "@" + damaged + " | corrupt record: ZipException: "),
                failures.get(0));
        assertTrue(failures.get(1).startsWith(corpus.jsonl + "@288 | line 2: not JSON: Unrecognized token 'this'"),
                failures.get(1));
    }

    @Test
    void statementsAreFlattenedRowsPartitionedByPublishedMonth() {
        assertEquals(List.of(
                "crawl#3 | 2024-03 | 1 | direct | Mirela Vasquez | person | director of the Kessin port authority | said | The ferry will run again on Monday,",
                "crawl#3 | 2024-03 | 2 | indirect | Dock workers | group | null | said | the repairs had taken far longer than promised",
                "crawl#5 | 2024-04 | 1 | direct | Mirela Vasquez | person | null | told | The ferry will run again on Monday,",
                "crawl#5 | 2024-04 | 2 | indirect | Tomas Ekberg | person | harbour master | said | the new steering gear had passed its trials",
                "crawl#8 | 2024-04 | 1 | direct | Tomas Ekberg | person | harbour master | said | We have no plans to close the yard,",
                "ministry | unknown | 1 | indirect | The transport ministry | organization | null | said | the new timetable would start in June",
                "ministry | unknown | 2 | direct | Anton Leclair | person | ministry's chief engineer | said | We expect fewer delays,",
                "wire-1 | 2024-04 | 1 | direct | Mirela Vasquez | person | director of the Kessin port authority | told | The ferry will run again on Monday,",
                "wire-2 | 2024-04 | 1 | indirect | Vasquez | person | null | said | the council had listened to the dock workers"),
                rows(table(run1, Job.STATEMENTS).orderBy("input", "record", "position"), "article_id", "month",
                        "position", "kind", "speaker_name", "speaker_type", "speaker_role", "cue_text", "quote_text"));
        assertEquals(List.of("crawl#5#1 | Mirela Vasquez | neutral | Coast Courier | 2024-04-02T16:00:00Z"
                        + " | https://courier.example/ferry | Coast Courier"),
                rows(table(run1, Job.STATEMENTS).where("statement_id = 'crawl#5#1'"), "statement_id", "speaker_mention",
                        "cue_class", "outlet", "published", "url", "array_join(via.name, ';')"));
        List<String> months = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(run1, Job.STATEMENTS))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("month=")).sorted().forEach(months::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of("month=2024-03", "month=2024-04", "month=unknown"), months);
    }

    @Test
    void speakersAreOneIdPerPersonAcrossArticlesAndASurnameAloneJoinsTheOnlyFullName() {
        assertEquals(List.of(
                "anton-leclair-cd08e8 | Anton Leclair | person | 1 | 1",
                "mirela-vasquez-e8b031 | Mirela Vasquez | person | 4 | 4",
                "org-transport-ministry-e7cbf9 | The transport ministry | organization | 1 | 1",
                "tomas-ekberg-2ca22c | Tomas Ekberg | person | 2 | 2"),
                rows(table(run1, Job.SPEAKERS).orderBy("speaker_id"), "speaker_id", "name", "type", "statements", "articles"));
        assertEquals(List.of("Coast Courier; Harbour Herald; Wire Service | 1 | director of the Kessin port authority"
                        + " | 2024-03-05 | 2024-04-03"),
                rows(table(run1, Job.SPEAKERS).where("speaker_id = 'mirela-vasquez-e8b031'"),
                        "array_join(outlets, '; ')", "size(roles)", "roles[0].role", "roles[0].first", "roles[0].last"));
        assertEquals(List.of("wire-2#1 | mirela-vasquez-e8b031"),
                rows(table(run1, Job.LINKS).where("statement_id = 'wire-2#1'"), "statement_id", "speaker_id"));
        assertEquals(List.of("crawl#3#2 | null"),
                rows(table(run1, Job.LINKS).where("statement_id = 'crawl#3#2'"), "statement_id", "speaker_id"));
    }

    @Test
    void theSameQuoteFromThreeOutletsIsOneClusterNamedAsTheBankNamesIt() {
        assertEquals(List.of("c-cf8f984df383 | 3 | 3 | crawl#3#1 | 2024-03-05T09:30:00Z | Harbour Herald"
                        + " | mirela-vasquez-e8b031 | crawl#3#1, crawl#5#1, wire-1#1"),
                rows(table(run1, Job.CLUSTERS), "cluster_id", "statements", "outlets", "first_statement_id",
                        "first_published", "first_outlet", "first_speaker_id", "array_join(members, ', ')"));
        // named after the smallest statement key of the cluster, with the bank's formula
        assertEquals("c-cf8f984df383", org.whosaid.bank.Keys.clusterId("https://courier.example/ferry#1"));
        assertEquals(9, table(run1, Job.LINKS).count());
        assertEquals(7, table(run1, Job.LINKS).select("cluster_id").distinct().count());
    }

    @Test
    void aSecondRunOverTheSameInputsWritesTheSameRows() {
        for (String t : List.of(Job.ARTICLES, Job.STATEMENTS, Job.SPEAKERS, Job.CLUSTERS, Job.LINKS)) {
            Dataset<Row> a = table(run1, t);
            List<String> first = a.toJSON().collectAsList().stream().sorted().toList();
            List<String> second = table(run2, t).toJSON().collectAsList().stream().sorted().toList();
            assertEquals(first, second, t);
            assertTrue(!first.isEmpty(), t);
        }
    }

    @Test
    void theRunLoadsIntoTheQuoteBankWithTheSameSpeakersAndCluster() {
        Path bank = dir.resolve("bank");
        assertEquals(0, org.whosaid.cli.Main.run("index", "--from-parquet", run1, "--into", bank.toString()));
        try (QuoteBank b = QuoteBank.openReadOnly(bank)) {
            assertEquals(new QuoteBank.Stats(6, 9, 4), b.stats());
            assertEquals(List.of("mirela-vasquez-e8b031 4", "tomas-ekberg-2ca22c 2", "anton-leclair-cd08e8 1",
                            "org-transport-ministry-e7cbf9 1"),
                    b.speakers().stream().map(s -> s.id() + " " + s.statements()).toList());
            SearchResult r = b.search(Query.of("\"ferry will run again\""));
            assertEquals(3, r.total());
            assertEquals(3, r.hits().get(0).cluster().appearances());
        }
    }

    @Test
    void jsonlLinesAreThoseOfWhosaidExtract() throws IOException {
        List<String> job = new ArrayList<>();
        try (Stream<Path> parts = Files.list(Path.of(run1, Job.JSONL))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                job.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            org.whosaid.cli.Main.run("extract", "--format", "jsonl", "--with-text", corpus.warc.toString(),
                    corpus.jsonl.toString(), corpus.texts.toString());
        } finally {
            System.setOut(saved);
        }
        List<String> cli = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, cli.size());
        assertEquals(cli, job);
    }
}
