package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.whosaid.bank.Appearance;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.write.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code whosaid speaker ID}: one speaker with spellings, roles over time, evidence and a timeline. */
@Command(name = "speaker", mixinStandardHelpOptions = true,
        description = "Show one speaker of the quote bank: spellings, roles with the dates they were seen, outlets, "
                + "the evidence for each merge, and every statement oldest first.")
final class SpeakerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "A speaker id (see whosaid speakers) or a name.")
    String id;

    @Mixin
    BankReading reading;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return BankReading.guarded(spec, this::run);
    }

    private Integer run() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SpeakerInfo> found;
        Set<String> candidates;
        try (QuoteBank bank = reading.open()) {
            found = bank.speaker(id);
            candidates = found.isPresent() ? Set.of() : bank.findSpeakers(id);
        }
        if (found.isEmpty()) {
            err.println("whosaid: no single speaker '" + id + "'"
                    + (candidates.isEmpty() ? "" : "; it may be one of: " + String.join(", ", candidates)));
            return 1;
        }
        SpeakerInfo s = found.get();
        if (reading.jsonl()) {
            out.println(ContractJson.mapper().writeValueAsString(s));
            out.flush();
            return 0;
        }
        out.println(s.name() + "  [" + s.id() + ", " + s.type() + ", " + s.statements() + " statements]");
        out.println("spellings: " + String.join(", ", s.spellings()));
        for (SpeakerInfo.RoleSeen r : s.roles()) {
            out.println("role: " + r.role() + (r.first() == null ? "" : "  (" + r.first() + " .. " + r.last() + ")"));
        }
        if (!s.outlets().isEmpty()) {
            out.println("outlets: " + String.join(", ", s.outlets()));
        }
        if (!s.aliases().isEmpty()) {
            out.println("merged ids: " + String.join(", ", s.aliases()));
        }
        for (String e : s.evidence()) {
            out.println("evidence: " + e);
        }
        out.println();
        for (Appearance a : s.timeline()) {
            String date = a.published() == null ? "          " : a.published().substring(0, Math.min(10, a.published().length()));
            String q = a.quote().replace('\n', ' ');
            out.printf("%s  %-16s %-8s \u201C%s\u201D%n", date, a.outlet() == null ? "" : a.outlet(), a.kind(),
                    q.length() > 90 ? q.substring(0, 89) + "\u2026" : q);
        }
        out.flush();
        return 0;
    }
}
