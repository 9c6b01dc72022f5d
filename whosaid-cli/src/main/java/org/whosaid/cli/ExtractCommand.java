package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Extraction;
import org.whosaid.write.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code whosaid extract}: statements of each article, as a table, JSONL (the output contract) or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract attributed statements from UTF-8 plain-text articles (files, folders, - for stdin).")
final class ExtractCommand implements Callable<Integer> {

    enum Format { table, jsonl, csv }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders of .txt files, or - for stdin.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--with-text", description = "Add the analysed text as article.text (jsonl).")
    boolean withText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new Extractor();
        Writers.Sink sink = Writers.sink(format, out, withText);
        int failed = 0;
        for (String source : Inputs.expand(paths)) {
            Inputs.Item item = Inputs.read(source, System.in);
            if (item.error() != null) {
                err.println("whosaid: " + source + ": " + item.error());
                failed++;
                continue;
            }
            Extraction x;
            try {
                x = extractor.extract(item.article());
            } catch (RuntimeException e) {
                err.println("whosaid: " + source + ": extraction failed: " + e);
                failed++;
                continue;
            }
            sink.write(x);
            out.flush();
        }
        sink.finish();
        out.flush();
        if (failed > 0) {
            err.println("whosaid: " + failed + " input(s) failed");
            err.flush();
            return 1;
        }
        return 0;
    }
}
