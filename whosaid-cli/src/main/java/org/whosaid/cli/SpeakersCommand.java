package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.write.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code whosaid speakers}: the speaker registry, most quoted first, with their roles. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "List the speakers of the quote bank (people and organisations, one id for every spelling), "
                + "most quoted first, with their statement counts and roles.")
final class SpeakersCommand implements Callable<Integer> {

    @Mixin
    BankReading reading;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Speakers shown; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return BankReading.guarded(spec, this::run);
    }

    private Integer run() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SpeakerInfo> all;
        try (QuoteBank bank = reading.open()) {
            all = bank.speakers();
        }
        List<SpeakerInfo> shown = limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
        if (reading.jsonl()) {
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
