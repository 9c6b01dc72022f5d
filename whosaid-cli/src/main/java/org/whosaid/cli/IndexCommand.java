package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.whosaid.bank.QuoteBank;
import org.whosaid.extract.Extractor;
import org.whosaid.ingest.Ingest;
import org.whosaid.ingest.Item;
import org.whosaid.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code whosaid index}: reads inputs with whosaid-ingest (every format {@code extract} reads),
 * extracts each article and adds it to the quote bank. An article already in the bank with the
 * same text is skipped before extraction, so a batch that was interrupted resumes where its last
 * commit ended; {@code --replace} re-extracts it anyway. {@code --from-parquet DIR} loads a Spark
 * run instead, from the contract JSONL the job writes beside its Parquet tables: reading Parquet
 * itself would put Hadoop's libraries in this jar (Parquet's codecs are Hadoop classes).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Add articles to the quote bank (a Lucene index; default ~/.whosaid/index): the same "
                + "inputs as extract (.txt, .html, feeds, .jsonl, .warc[.gz], folders, - for stdin).",
            "With --from-parquet DIR, loads the statements of a Spark run (whosaid spark ... --jsonl --with-text) "
                + "from DIR/jsonl, the output contract the job writes beside its Parquet tables, without extracting again.",
            "An article is identified by its URL, or by its text when it has none; adding it again replaces it. "
                + "Work is committed every --commit-every articles: a run that is killed keeps every commit, and "
                + "running the same command again skips the articles already in the bank."})
final class IndexCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    List<String> paths = List.of();

    @Option(names = "--from-parquet", paramLabel = "DIR",
            description = "A Spark run's folder (whosaid spark --output DIR --jsonl --with-text): load its statements.")
    Path fromParquet;

    @Option(names = "--into", paramLabel = "DIR", description = "The quote bank folder (default: ~/.whosaid/index).")
    Path into;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
            description = "Commit after this many articles (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--replace", description = "Re-extract and replace articles already in the bank with the same text.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = BankReading.orDefault(into);
        Extractor extractor = new Extractor();
        Ingest ingest = new Ingest();
        Counts n = new Counts();
        if (fromParquet == null && paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give PATH... or --from-parquet DIR");
        }
        if (fromParquet != null && !paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give PATH... or --from-parquet DIR, not both");
        }
        List<Path> runFiles;
        try {
            runFiles = fromParquet == null ? List.of() : SparkRun.jsonlFiles(fromParquet);
        } catch (IllegalArgumentException e) {
            err.println("whosaid: " + e.getMessage());
            err.flush();
            return 2;
        }
        try (QuoteBank bank = QuoteBank.open(dir, new QuoteBank.Options(commitEvery))) {
            for (Path file : runFiles) {
                SparkRun.forEach(file, (where, x, error) -> {
                    n.read++;
                    if (error != null) {
                        err.println("whosaid: " + where + ": " + error);
                        n.failed++;
                    } else if (!replace && bank.isIndexed(x.article())) {
                        n.unchanged++;
                    } else {
                        bank.add(x);
                        n.added++;
                        n.statements += x.statements().size();
                    }
                });
            }
            for (String source : Inputs.expandAll(paths)) {
                String error = Inputs.forEach(ingest, source, System.in, item -> {
                    n.read++;
                    if (item instanceof Item.Accepted a) {
                        if (!replace && bank.isIndexed(a.article())) {
                            n.unchanged++;
                            return;
                        }
                        Extraction x;
                        try {
                            x = extractor.extract(a.article());
                        } catch (RuntimeException | StackOverflowError e) {
                            err.println("whosaid: " + a.source() + ": extraction failed: " + e);
                            n.failed++;
                            return;
                        }
                        bank.add(x);
                        n.added++;
                        n.statements += x.statements().size();
                    } else if (item instanceof Item.Skipped s) {
                        n.skipped++;
                        if (s.offset() < 0) {
                            err.println("whosaid: " + s.source() + ": skipped: " + s.message());
                        }
                    } else if (item instanceof Item.Failed f) {
                        err.println("whosaid: " + f.source() + ": " + f.message());
                        n.failed++;
                    }
                });
                if (error != null) {
                    err.println("whosaid: " + source + ": cannot read: " + error);
                    n.failed++;
                }
            }
            bank.commit();
            QuoteBank.Stats st = bank.stats();
            err.println("whosaid: read " + n.read + ", indexed " + n.added + " articles (" + n.statements
                    + " statements), already in the bank " + n.unchanged + ", skipped " + n.skipped + ", failed " + n.failed);
            err.println("whosaid: bank " + dir + ": " + st.articles() + " articles, " + st.statements()
                    + " statements, " + st.speakers() + " speakers");
        }
        err.flush();
        return n.failed > 0 ? 1 : 0;
    }

    /** What one run did, for its summary line. */
    private static final class Counts {
        long read;
        long added;
        long statements;
        long unchanged;
        long skipped;
        long failed;
    }
}
