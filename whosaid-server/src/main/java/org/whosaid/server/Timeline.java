package org.whosaid.server;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.whosaid.bank.Appearance;

/**
 * A speaker's statements per month, counted and drawn as an inline SVG bar chart on the server (no
 * script, so it shows under the page's Content-Security-Policy and prints as it is seen).
 */
final class Timeline {
    private static final int BAR = 28;
    private static final int GAP = 6;
    private static final int HEIGHT = 120;
    private static final int MAX_MONTHS = 120;

    private Timeline() {
    }

    /** Statements per month (YYYY-MM), every month between the first and the last included; undated left out. */
    static Map<String, Integer> perMonth(List<Appearance> timeline) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (Appearance a : timeline) {
            if (a.published() != null && a.published().length() >= 7) {
                try {
                    counts.merge(YearMonth.parse(a.published().substring(0, 7)).toString(), 1, Integer::sum);
                } catch (java.time.format.DateTimeParseException e) {
                    // an unreadable date counts as undated, as the bank's own date filter treats it
                }
            }
        }
        if (counts.isEmpty()) {
            return counts;
        }
        YearMonth first = YearMonth.parse(counts.firstKey());
        YearMonth last = YearMonth.parse(counts.lastKey());
        // a long career is cut to its last ten years of months so the chart stays readable
        if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        TreeMap<String, Integer> filled = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            filled.put(m.toString(), counts.getOrDefault(m.toString(), 0));
        }
        return filled;
    }

    static String svg(Map<String, Integer> months) {
        int max = months.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int width = Math.max(1, months.size()) * (BAR + GAP) + GAP;
        int top = 16;
        int base = top + HEIGHT;
        StringBuilder b = new StringBuilder();
        int total = months.values().stream().mapToInt(Integer::intValue).sum();
        b.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(base + 34).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(base + 34).append("\" aria-labelledby=\"timeline-title\">");
        b.append("<title id=\"timeline-title\">Statements per month: ").append(total).append(" dated statements over ")
                .append(months.size()).append(months.size() == 1 ? " month" : " months").append("</title>");
        b.append("<line x1=\"0\" y1=\"").append(base).append("\" x2=\"").append(width).append("\" y2=\"").append(base)
                .append("\" stroke=\"#555\"/>");
        int x = GAP;
        for (Map.Entry<String, Integer> e : months.entrySet()) {
            int n = e.getValue();
            int h = max == 0 ? 0 : Math.max(n > 0 ? 2 : 0, Math.round((float) n * HEIGHT / max));
            b.append("<g class=\"bar\" data-month=\"").append(e.getKey()).append("\" data-count=\"").append(n).append("\">");
            b.append("<title>").append(e.getKey()).append(": ").append(n).append(n == 1 ? " statement" : " statements")
                    .append("</title>");
            b.append("<rect x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"").append(BAR)
                    .append("\" height=\"").append(h).append("\" fill=\"#2b5f8a\"/>");
            if (n > 0) {
                b.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(base - h - 3)
                        .append("\" text-anchor=\"middle\" font-size=\"11\">").append(n).append("</text>");
            }
            b.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(base + 13)
                    .append("\" text-anchor=\"middle\" font-size=\"10\">").append(e.getKey().substring(5)).append("</text>");
            if (e.getKey().endsWith("-01") || x == GAP) {
                b.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(base + 27)
                        .append("\" text-anchor=\"middle\" font-size=\"10\">").append(e.getKey(), 0, 4).append("</text>");
            }
            b.append("</g>");
            x += BAR + GAP;
        }
        return b.append("</svg>").toString();
    }
}
