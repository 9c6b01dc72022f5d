package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.write.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code whosaid speakers}: the speaker registry, most quoted first, with their roles. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "List the speakers of the quote bank (people and organisations, one id for every spelling), "
                + "most quoted first, with their statement counts and roles.")
final class SpeakersCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", description = "The quote bank folder (default: ~/.whosaid/index).")
    Path index;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Speakers shown; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    SearchCommand.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (org.whosaid.bank.BankException e) {
            spec.commandLine().getErr().println("whosaid: " + e.getMessage());
            return 2;
        }
    }

    private Integer run() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SpeakerInfo> all;
        try (QuoteBank bank = QuoteBank.openReadOnly(BankDir.orDefault(index))) {
            all = bank.speakers();
        }
        List<SpeakerInfo> shown = limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
        if (format == SearchCommand.Format.jsonl) {
            for (SpeakerInfo s : shown) {
                out.println(ContractJson.mapper().writeValueAsString(s));
            }
        } else {
            out.printf("%-32s %-26s %-12s %10s  %s%n", "id", "name", "type", "statements", "roles");
            for (SpeakerInfo s : shown) {
                String roles = s.roles().stream().map(SpeakerInfo.RoleSeen::role).collect(Collectors.joining("; "));
                out.printf("%-32s %-26s %-12s %10d  %s%n", s.id(), s.name(), s.type(), s.statements(),
                        roles.length() > 70 ? roles.substring(0, 69) + "\u2026" : roles);
            }
            if (shown.size() < all.size()) {
                out.println("(" + (all.size() - shown.size()) + " more; --limit 0 lists all)");
            }
        }
        out.flush();
        return 0;
    }
}
