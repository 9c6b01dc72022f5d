package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.whosaid.eval.GoldArticle;
import org.whosaid.eval.GoldFormat;
import org.whosaid.eval.Scorer;
import org.whosaid.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code whosaid eval}: precision, recall and F1 of the extractor against annotated folders. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor on folders of NAME.txt + NAME.gold.json files or PolNeAR folders.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD_DIR", description = "Annotated folders.")
    List<Path> dirs;

    @Option(names = {"-v", "--verbose"}, description = "Recall by phenomenon and every missed statement.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scorer scorer = new Scorer(new Extractor());
        int failed = 0;
        for (Path dir : dirs) {
            List<GoldArticle> gold;
            try {
                gold = GoldFormat.load(dir);
            } catch (IOException | RuntimeException e) {
                err.println("whosaid: " + dir + ": " + e.getMessage());
                failed++;
                continue;
            }
            out.print(scorer.score(dir.toString(), gold).render(verbose));
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }
}
