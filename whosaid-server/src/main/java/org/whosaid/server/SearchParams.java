package org.whosaid.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.bank.Query;
import org.whosaid.model.Kind;

/**
 * The search filters of the API and the search page, read once from the query string into a bank
 * {@link Query} (the same filters as {@code whosaid search}); unknown parameters fail by name.
 */
record SearchParams(String q, String speaker, String role, String outlet, String kind, String since, String until,
                    String about, boolean facets, int limit, String cursor) {

    static final List<String> FILTERS = List.of("speaker", "role", "outlet", "kind", "since", "until", "about");
    private static final Set<String> KNOWN = Set.of("q", "speaker", "role", "outlet", "kind", "since", "until",
            "about", "facets", "limit", "cursor");
    static final int DEFAULT_LIMIT = 20;

    static SearchParams from(Context ctx, int maxLimit) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!KNOWN.contains(name)) {
                throw ApiError.badRequest("unknown parameter '" + name + "' (known: " + String.join(", ",
                        KNOWN.stream().sorted().toList()) + ")");
            }
        }
        String limitText = blankToNull(ctx.queryParam("limit"));
        int limit = DEFAULT_LIMIT;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("limit must be a whole number, not '" + limitText + "'");
            }
            if (limit < 1 || limit > maxLimit) {
                throw ApiError.badRequest("limit must be between 1 and " + maxLimit + ": " + limit);
            }
        }
        String facets = blankToNull(ctx.queryParam("facets"));
        if (facets != null && !facets.equals("true") && !facets.equals("false")) {
            throw ApiError.badRequest("facets must be true or false, not '" + facets + "'");
        }
        return new SearchParams(blankToNull(ctx.queryParam("q")), blankToNull(ctx.queryParam("speaker")),
                blankToNull(ctx.queryParam("role")), blankToNull(ctx.queryParam("outlet")),
                blankToNull(ctx.queryParam("kind")), blankToNull(ctx.queryParam("since")),
                blankToNull(ctx.queryParam("until")), blankToNull(ctx.queryParam("about")),
                "true".equals(facets), limit, blankToNull(ctx.queryParam("cursor")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The bank query; a bad kind or date is a 400 naming the parameter. */
    Query query() {
        try {
            return new Query(q == null ? "*" : q, speaker, role, outlet, kind(kind), date("since", since, false),
                    date("until", until, true), about, facets, limit);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** What a cursor is bound to: every parameter that changes which hits come in which order. */
    String queryKey() {
        return String.join("\u0000", String.valueOf(q), String.valueOf(speaker), String.valueOf(role),
                String.valueOf(outlet), String.valueOf(kind), String.valueOf(since), String.valueOf(until),
                String.valueOf(about), Integer.toString(limit));
    }

    /** The parameters as given, without the cursor, for building links to other pages and facets. */
    Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "q", q);
        put(m, "speaker", speaker);
        put(m, "role", role);
        put(m, "outlet", outlet);
        put(m, "kind", kind);
        put(m, "since", since);
        put(m, "until", until);
        put(m, "about", about);
        if (limit != DEFAULT_LIMIT) {
            m.put("limit", Integer.toString(limit));
        }
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    static Kind kind(String k) {
        if (k == null) {
            return null;
        }
        for (Kind v : Kind.values()) {
            if (v.label().equalsIgnoreCase(k)) {
                return v;
            }
        }
        throw new IllegalArgumentException("kind must be direct, indirect or mixed, not '" + k + "'");
    }

    /** YYYY-MM-DD, YYYY-MM or YYYY; a month or a year starts on its first day, or ends on its last. */
    static LocalDate date(String name, String d, boolean end) {
        if (d == null) {
            return null;
        }
        try {
            if (d.length() == 4) {
                int y = Integer.parseInt(d);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (d.length() == 7) {
                YearMonth ym = YearMonth.parse(d);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return LocalDate.parse(d);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a date: '" + d + "' (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }
}
