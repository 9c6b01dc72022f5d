package org.whosaid.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Statement;

/**
 * An article's text as escaped HTML with its spans marked: each statement's quote in its speaker's
 * colour, the speaker mention and the cue underlined, rejected spans struck through. Spans are
 * code-point ranges that may nest or cross; a span crossed by another is closed and reopened around
 * it, so the markup always nests and every piece of a statement carries its number.
 */
final class ArticleMarkup {
    static final int COLOURS = 10;

    private ArticleMarkup() {
    }

    /** One span to mark: where, the opening tag of its first piece, and of any later piece. */
    private record Mark(int start, int end, int order, String tag, String first, String rest) {
    }

    /** The colour class index of each distinct speaker of the article, in order of first statement. */
    static Map<String, Integer> colours(List<Statement> statements) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Statement s : statements) {
            out.putIfAbsent(speakerName(s), out.size() % COLOURS);
        }
        return out;
    }

    static String speakerName(Statement s) {
        if (s.speaker() == null) {
            return "unknown";
        }
        if (s.speaker().name() != null) {
            return s.speaker().name();
        }
        return s.speaker().mention() != null ? s.speaker().mention().text() : "unknown";
    }

    static String render(Extraction x) {
        List<Mark> marks = new ArrayList<>();
        Map<String, Integer> colours = colours(x.statements());
        int order = 0;
        for (int i = 0; i < x.statements().size(); i++) {
            Statement s = x.statements().get(i);
            int n = i + 1;
            String who = speakerName(s);
            String attrs = " class=\"st sp-" + colours.get(who) + "\" data-statement=\"" + n + "\" data-speaker=\""
                    + Html.esc(who) + "\" title=\"" + Html.esc("#" + n + " " + who + " (" + s.kind().label() + ")") + "\"";
            marks.add(new Mark(s.quote().start(), s.quote().end(), order++, "mark",
                    "<mark id=\"s-" + n + "\"" + attrs + ">", "<mark" + attrs + ">"));
            if (s.speaker() != null && s.speaker().mention() != null) {
                String a = " class=\"mention sp-" + colours.get(who) + "\" data-statement=\"" + n + "\"";
                marks.add(new Mark(s.speaker().mention().start(), s.speaker().mention().end(), order++, "span",
                        "<span" + a + ">", "<span" + a + ">"));
            }
            if (s.cue() != null) {
                String a = " class=\"cue\" data-statement=\"" + n + "\"";
                marks.add(new Mark(s.cue().start(), s.cue().end(), order++, "span", "<span" + a + ">",
                        "<span" + a + ">"));
            }
        }
        for (Rejected r : x.rejected()) {
            String a = " class=\"rejected\" data-reason=\"" + Html.esc(r.reason().label()) + "\" title=\""
                    + Html.esc("not a statement: " + r.reason().label()) + "\"";
            marks.add(new Mark(r.start(), r.end(), order++, "span", "<span" + a + ">", "<span" + a + ">"));
        }
        return render(x.article().text().codePoints().toArray(), marks);
    }

    private static String render(int[] cps, List<Mark> all) {
        List<Mark> marks = new ArrayList<>();
        for (Mark m : all) {
            int s = Math.max(0, m.start());
            int e = Math.min(cps.length, m.end());
            if (s < e) {
                marks.add(new Mark(s, e, m.order(), m.tag(), m.first(), m.rest()));
            }
        }
        // outer spans open first; equal ranges keep their order (statement, then mention, then cue)
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::order));
        StringBuilder b = new StringBuilder(cps.length + marks.size() * 64);
        Deque<Mark> open = new ArrayDeque<>();
        int next = 0;
        for (int p = 0; p <= cps.length; p++) {
            final int at = p;
            if (open.stream().anyMatch(m -> m.end() == at)) {
                Deque<Mark> reopen = new ArrayDeque<>();
                while (open.stream().anyMatch(m -> m.end() == at)) {
                    Mark top = open.pop();
                    b.append("</").append(top.tag()).append('>');
                    if (top.end() > p) {
                        reopen.push(top);
                    }
                }
                while (!reopen.isEmpty()) {
                    Mark m = reopen.pop();
                    b.append(m.rest());
                    open.push(m);
                }
            }
            if (p == cps.length) {
                break;
            }
            while (next < marks.size() && marks.get(next).start() == p) {
                Mark m = marks.get(next++);
                b.append(m.first());
                open.push(m);
            }
            appendEscaped(b, cps[p]);
        }
        while (!open.isEmpty()) {
            b.append("</").append(open.pop().tag()).append('>');
        }
        return b.toString();
    }

    private static void appendEscaped(StringBuilder b, int cp) {
        switch (cp) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> b.appendCodePoint(cp);
        }
    }
}
