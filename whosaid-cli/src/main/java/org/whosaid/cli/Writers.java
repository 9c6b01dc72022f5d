package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Statement;
import org.whosaid.write.ContractJson;

/** Output sinks of {@code extract}: a readable table, JSONL in the output contract, or CSV. */
final class Writers {
    private Writers() {
    }

    interface Sink {
        void write(Extraction x);

        default void finish() {
        }
    }

    static Sink sink(ExtractCommand.Format format, PrintWriter out, boolean withText) {
        switch (format) {
            case jsonl:
                return x -> out.println(ContractJson.line(x, withText));
            case csv:
                return new Csv(out);
            case table:
            default:
                return x -> table(x, out);
        }
    }

    private static void table(Extraction x, PrintWriter out) {
        out.println("== " + x.article().id() + " (" + x.statements().size() + " statements, "
                + x.rejected().size() + " rejected)");
        if (!x.statements().isEmpty()) {
            out.printf("%-3s %-8s %-24s %-36s %-14s %-14s %s%n", "#", "kind", "speaker", "role", "cue", "via", "quote");
        }
        int i = 1;
        for (Statement s : x.statements()) {
            String via = s.via().stream().map(v -> v.name()).collect(Collectors.joining(", "));
            out.printf("%-3d %-8s %-24s %-36s %-14s %-14s %s%n", i++, s.kind().label(),
                    cut(s.speaker().name() == null ? "(unknown)" : s.speaker().name(), 24),
                    cut(s.speaker().role() == null ? "" : s.speaker().role(), 36),
                    cut(s.cue() == null ? "" : s.cue().text(), 14), cut(via, 14),
                    cut("\u201C" + s.quote().text().replace('\n', ' ') + "\u201D", 70));
        }
        for (Rejected r : x.rejected()) {
            out.printf("    rejected %-12s %s%n", r.reason().label(), cut("\u201C" + r.text() + "\u201D", 90));
        }
        out.println();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }

    /** RFC 4180 CSV, one row per statement. */
    private static final class Csv implements Sink {
        private final PrintWriter out;

        Csv(PrintWriter out) {
            this.out = out;
            out.println("article,statement,kind,start,end,speaker,speaker_type,role,cue,via,confidence,quote");
        }

        @Override
        public void write(Extraction x) {
            StringBuilder sb = new StringBuilder();
            for (Statement s : x.statements()) {
                sb.append(field(x.article().id())).append(',')
                        .append(field(s.id())).append(',')
                        .append(s.kind().label()).append(',')
                        .append(s.quote().start()).append(',')
                        .append(s.quote().end()).append(',')
                        .append(field(s.speaker().name())).append(',')
                        .append(s.speaker().type().label()).append(',')
                        .append(field(s.speaker().role())).append(',')
                        .append(field(s.cue() == null ? null : s.cue().text())).append(',')
                        .append(field(s.via().stream().map(v -> v.name()).collect(Collectors.joining(";")))).append(',')
                        .append(s.confidence()).append(',')
                        .append(field(s.quote().text())).append("\r\n");
            }
            out.print(sb);
        }

        private static String field(String s) {
            if (s == null) {
                return "";
            }
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
                return s;
            }
            return '"' + s.replace("\"", "\"\"") + '"';
        }
    }
}
