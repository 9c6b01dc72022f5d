package org.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The whosaid command: dispatches to one class per subcommand and exits with its status. */
@Command(name = "whosaid", mixinStandardHelpOptions = true, version = "whosaid 0.1.0",
        description = "Who said what, in what role, through whom, and when: attributed statements from news.",
        footer = {"", "whosaid spark --master local[N] --input GLOB --output DIR runs the Spark job on this machine "
                + "(through the ./whosaid script; see docs/spark.md)."},
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainPronounsCommand.class, BenchCommand.class,
                IndexCommand.class, SearchCommand.class, SpeakersCommand.class, SpeakerCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting (used by tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("whosaid: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}
