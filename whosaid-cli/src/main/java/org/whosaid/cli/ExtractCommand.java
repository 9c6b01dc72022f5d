package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.whosaid.extract.Extractor;
import org.whosaid.ingest.Ingest;
import org.whosaid.ingest.Item;
import org.whosaid.ingest.SkipReason;
import org.whosaid.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code whosaid extract}: statements of each article, as a table, JSONL (the output contract) or CSV.
 * Inputs are read by whosaid-ingest; failed records go to stderr as {@code whosaid: <source>: <message>}
 * (the source carries {@code @offset} or {@code #item} for records inside an archive, feed or JSONL file),
 * and a summary line ends every run. The exit status is 1 when any record failed; records skipped
 * for a reason (a language not handled, a 404, a request record) do not fail the run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract attributed statements from news: plain text (.txt, UTF-8), saved web pages "
                + "(.html, .htm), RSS and Atom feeds (.xml, .rss, .atom), JSON Lines (.jsonl: id, text and optional "
                + "url, title, outlet, published, language) and WARC archives (.warc, .warc.gz), told apart by content "
                + "as well as by name. Folders are read for files with those endings; - reads standard input.",
            "Records that cannot be read are reported on stderr with their source and offset and the rest is read; "
                + "a summary (read, extracted, skipped by reason, failed) ends the run. Exit status 1 when any record "
                + "failed; skipped records alone do not fail the run."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { table, jsonl, csv }

    /** Skip reasons printed one by one; the others are routine in archives and only counted. */
    private static final List<SkipReason> ALWAYS_SHOWN = List.of(SkipReason.LANGUAGE, SkipReason.NO_TEXT,
            SkipReason.TOO_LARGE);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--with-text", description = "Add the analysed text as article.text (jsonl): the text offsets "
            + "refer to, which for HTML, feeds and WARC is the extracted article text.")
    boolean withText;

    @Option(names = {"-v", "--verbose"}, description = "Also list every skipped record (request records, HTTP "
            + "errors, non-HTML payloads), not only those skipped for their language, size or lack of text.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new Extractor();
        Ingest ingest = new Ingest();
        Writers.Sink sink = Writers.sink(format, out, withText);
        RunSummary summary = new RunSummary();
        Progress progress = Progress.onTerminal(err);
        for (String source : Inputs.expandAll(paths)) {
            String error = Inputs.forEach(ingest, source, System.in, item -> {
                summary.read++;
                handle(item, extractor, sink, out, err, summary, progress);
                progress.update(summary.extracted, item.offset() >= 0 && item.source().contains("@") ? item.offset() : 0);
            });
            if (error != null) {
                progress.clear();
                err.println("whosaid: " + source + ": cannot read: " + error);
                summary.failed++;
            }
            progress.fileDone(source);
        }
        sink.finish();
        out.flush();
        progress.clear();
        err.println("whosaid: " + summary.line());
        err.flush();
        return summary.failed > 0 ? 1 : 0;
    }

    private void handle(Item item, Extractor extractor, Writers.Sink sink, PrintWriter out, PrintWriter err,
            RunSummary summary, Progress progress) {
        if (item instanceof Item.Accepted a) {
            for (String note : a.notes()) {
                progress.clear();
                err.println("whosaid: " + a.source() + ": note: " + note);
            }
            Extraction x;
            try {
                x = extractor.extract(a.article());
            } catch (RuntimeException | StackOverflowError e) {
                progress.clear();
                err.println("whosaid: " + a.source() + ": extraction failed: " + e);
                summary.failed++;
                return;
            }
            sink.write(x);
            out.flush();
            summary.extracted++;
        } else if (item instanceof Item.Skipped s) {
            summary.skip(s.reason());
            if (verbose || s.offset() < 0 || ALWAYS_SHOWN.contains(s.reason())) {
                progress.clear();
                err.println("whosaid: " + s.source() + ": skipped: " + s.message());
            }
        } else if (item instanceof Item.Failed f) {
            progress.clear();
            err.println("whosaid: " + f.source() + ": " + f.message());
            summary.failed++;
        }
    }
}
