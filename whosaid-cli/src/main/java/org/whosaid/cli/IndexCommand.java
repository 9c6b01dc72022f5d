package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
 * commit ended; {@code --replace} re-extracts it anyway.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Add articles to the quote bank (a Lucene index; default ~/.whosaid/index): the same "
                + "inputs as extract (.txt, .html, feeds, .jsonl, .warc[.gz], folders, - for stdin).",
            "An article is identified by its URL, or by its text when it has none; adding it again replaces it. "
                + "Work is committed every --commit-every articles: a run that is killed keeps every commit, and "
                + "running the same command again skips the articles already in the bank."})
final class IndexCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    List<String> paths;

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
        Path dir = BankDir.orDefault(into);
        Extractor extractor = new Extractor();
        Ingest ingest = new Ingest();
        long read = 0;
        long added = 0;
        long statements = 0;
        long unchanged = 0;
        long skipped = 0;
        long failed = 0;
        try (QuoteBank bank = QuoteBank.open(dir, new QuoteBank.Options(commitEvery))) {
            for (String source : Inputs.expandAll(paths)) {
                try (Stream<Item> items = Inputs.open(ingest, source, System.in)) {
                    Iterator<Item> it = items.iterator();
                    while (true) {
                        Item item;
                        try {
                            if (!it.hasNext()) {
                                break;
                            }
                            item = it.next();
                        } catch (RuntimeException e) {
                            err.println("whosaid: " + source + ": cannot read: " + e.getMessage());
                            failed++;
                            break;
                        }
                        read++;
                        if (item instanceof Item.Accepted a) {
                            if (!replace && bank.isIndexed(a.article())) {
                                unchanged++;
                                continue;
                            }
                            Extraction x;
                            try {
                                x = extractor.extract(a.article());
                            } catch (RuntimeException | StackOverflowError e) {
                                err.println("whosaid: " + a.source() + ": extraction failed: " + e);
                                failed++;
                                continue;
                            }
                            bank.add(x);
                            added++;
                            statements += x.statements().size();
                        } else if (item instanceof Item.Skipped s) {
                            skipped++;
                            if (s.offset() < 0) {
                                err.println("whosaid: " + s.source() + ": skipped: " + s.message());
                            }
                        } else if (item instanceof Item.Failed f) {
                            err.println("whosaid: " + f.source() + ": " + f.message());
                            failed++;
                        }
                    }
                }
            }
            bank.commit();
            QuoteBank.Stats st = bank.stats();
            err.println("whosaid: read " + read + ", indexed " + added + " articles (" + statements
                    + " statements), already in the bank " + unchanged + ", skipped " + skipped + ", failed " + failed);
            err.println("whosaid: bank " + dir + ": " + st.articles() + " articles, " + st.statements()
                    + " statements, " + st.speakers() + " speakers");
        }
        err.flush();
        return failed > 0 ? 1 : 0;
    }
}
