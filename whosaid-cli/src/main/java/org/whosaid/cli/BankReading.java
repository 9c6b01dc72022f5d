package org.whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whosaid.bank.BankException;
import org.whosaid.bank.QuoteBank;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What the commands that read the quote bank share (a picocli mixin): where the bank is, the output
 * format, and how a bank that cannot be read ends the run.
 */
final class BankReading {
    enum Format { table, jsonl }

    @Option(names = "--index", paramLabel = "DIR", description = "The quote bank folder (default: ~/.whosaid/index).")
    Path index;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    /** The given bank folder, or {@code ~/.whosaid/index}. */
    static Path orDefault(Path given) {
        return given != null ? given : Path.of(System.getProperty("user.home"), ".whosaid", "index");
    }

    QuoteBank open() {
        return QuoteBank.openReadOnly(orDefault(index));
    }

    boolean jsonl() {
        return format == Format.jsonl;
    }

    /** Runs a command; a bank that cannot be opened or read is one line on stderr and exit status 2. */
    static Integer guarded(CommandSpec spec, Callable<Integer> run) throws Exception {
        try {
            return run.call();
        } catch (BankException e) {
            spec.commandLine().getErr().println("whosaid: " + e.getMessage());
            return 2;
        }
    }
}
