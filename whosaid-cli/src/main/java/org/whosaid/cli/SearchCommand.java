package org.whosaid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.whosaid.bank.Appearance;
import org.whosaid.bank.Query;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SearchResult;
import org.whosaid.model.Kind;
import org.whosaid.write.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code whosaid search}: statements in the quote bank matching a query and filters, with facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the quote bank. QUERY is matched against quote text: words (all required), "
                + "\"exact phrases\", AND / OR / NOT, +word -word, prefix*; use * (or '') for every statement.",
            "Hits come by relevance (newest first when QUERY is *), each with the speaker, the article, a "
                + "snippet with [matches] marked, and how many times the same statement appeared and where first."})
final class SearchCommand implements Callable<Integer> {


    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", defaultValue = "*",
            description = "The query (default: every statement).")
    String text;

    @Mixin
    BankReading reading;

    @Option(names = "--speaker", paramLabel = "S", description = "A speaker id or name in any spelling; a surname "
            + "alone matches every speaker with that surname.")
    String speaker;

    @Option(names = "--role", paramLabel = "R", description = "Words of the speaker's role, as a phrase.")
    String role;

    @Option(names = "--outlet", paramLabel = "O", description = "The publishing outlet or an outlet in the via chain.")
    String outlet;

    @Option(names = "--kind", paramLabel = "K", description = "direct, indirect or mixed.")
    String kind;

    @Option(names = "--since", paramLabel = "D", description = "Published on or after D (YYYY-MM-DD, YYYY-MM or YYYY).")
    String since;

    @Option(names = "--until", paramLabel = "D", description = "Published on or before D (YYYY-MM-DD, YYYY-MM or YYYY).")
    String until;

    @Option(names = "--about", paramLabel = "E", description = "A name or phrase in the quote, its paragraph or the title.")
    String about;

    @Option(names = "--facets", description = "Also count matches by speaker, outlet, month and kind.")
    boolean facets;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits shown (default: ${DEFAULT-VALUE}).")
    int limit;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return BankReading.guarded(spec, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        Query q;
        try {
            q = new Query(text, speaker, role, outlet, kind(kind), date(since, false), date(until, true), about, facets,
                    limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SearchResult r;
        try (QuoteBank bank = reading.open()) {
            try {
                r = bank.search(q);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("whosaid: " + e.getMessage());
                return 2;
            }
        }
        if (reading.jsonl()) {
            jsonl(r, out);
        } else {
            table(r, out);
        }
        out.flush();
        return 0;
    }

    private Kind kind(String k) {
        if (k == null) {
            return null;
        }
        for (Kind v : Kind.values()) {
            if (v.label().equalsIgnoreCase(k.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("--kind must be direct, indirect or mixed, not '" + k + "'");
    }

    /** YYYY-MM-DD, YYYY-MM or YYYY; a month or year starts on its first day, or ends on its last. */
    static LocalDate date(String d, boolean end) {
        if (d == null) {
            return null;
        }
        String s = d.strip();
        try {
            if (s.length() == 4) {
                return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            if (s.length() == 7) {
                YearMonth ym = YearMonth.parse(s);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date: '" + d + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    private static void table(SearchResult r, PrintWriter out) {
        out.println(r.total() + (r.total() == 1 ? " statement" : " statements"));
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            Appearance a = h.appearance();
            String who = a.speaker() == null ? "(unknown)" : a.speaker();
            String role = a.role() == null ? "" : ", " + a.role();
            String via = a.via().isEmpty() ? "" : " via " + String.join(", ", a.via());
            out.printf("%-3d %s%s (%s) %s%s%n", i++, who, cut(role, 60), a.kind(),
                    a.published() == null ? "" : a.published().substring(0, Math.min(10, a.published().length())) + " ",
                    (a.outlet() == null ? "" : a.outlet()) + via);
            out.println("    \u201C" + h.snippet().marked("[", "]").replace('\n', ' ') + "\u201D");
            SearchResult.ClusterRef c = h.cluster();
            String where = a.url() != null ? a.url() : a.source() != null ? a.source() : a.articleKey();
            if (c != null && c.appearances() > 1) {
                Appearance f = c.first();
                out.println("    " + where + "  |  reported " + c.appearances() + " times by " + c.outlets()
                        + " outlets, first " + (f.published() == null ? "" : f.published().substring(0, Math.min(10,
                                f.published().length())) + " ") + (f.outlet() != null ? f.outlet()
                                : f.url() != null ? f.url() : f.source() != null ? f.source() : f.articleKey())
                        + " [" + c.id() + "]");
            } else {
                out.println("    " + where);
            }
        }
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) {
                continue;
            }
            out.println(f.getKey() + ": " + f.getValue().stream().map(c -> c.label() + " " + c.count())
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }

    private static void jsonl(SearchResult r, PrintWriter out) {
        var m = ContractJson.mapper();
        for (SearchResult.Hit h : r.hits()) {
            Appearance a = h.appearance();
            ObjectNode o = m.createObjectNode();
            o.put("id", h.id());
            o.put("score", h.score());
            ObjectNode art = o.putObject("article");
            art.put("id", a.articleKey());
            art.put("url", a.url());
            art.put("title", a.title());
            art.put("outlet", a.outlet());
            art.put("published", a.published());
            ObjectNode st = ContractJson.statement(h.statement());
            ((ObjectNode) st.get("speaker")).put("id", h.speakerId());
            o.set("statement", st);
            ObjectNode sn = o.putObject("snippet");
            sn.put("text", h.snippet().text());
            ArrayNode hl = sn.putArray("highlights");
            h.snippet().highlights().forEach(x -> hl.addObject().put("start", x.start()).put("end", x.end()));
            SearchResult.ClusterRef c = h.cluster();
            ObjectNode cl = o.putObject("cluster");
            cl.put("id", c.id());
            cl.put("appearances", c.appearances());
            cl.put("outlets", c.outlets());
            if (c.first() != null) {
                cl.putObject("first").put("id", c.first().statementId()).put("article", c.first().articleKey())
                        .put("outlet", c.first().outlet()).put("published", c.first().published());
            }
            out.println(o);
        }
        ObjectNode summary = m.createObjectNode();
        summary.put("total", r.total());
        if (!r.facets().isEmpty()) {
            ObjectNode f = summary.putObject("facets");
            r.facets().forEach((dim, counts) -> {
                ArrayNode arr = f.putArray(dim);
                counts.forEach(c -> arr.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count()));
            });
        }
        out.println(summary);
    }
}
