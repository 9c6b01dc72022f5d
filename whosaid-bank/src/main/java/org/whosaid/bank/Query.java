package org.whosaid.bank;

import java.time.LocalDate;
import org.whosaid.model.Kind;

/**
 * One search of the quote bank. {@code text} is a query over the quote text (words, "phrases",
 * AND/OR/NOT, +must -mustnot, trailing * wildcards; all words required by default; blank or "*"
 * matches every statement). Every other field narrows the result and may be null: {@code speaker}
 * a registry id or a name as written, {@code role} words of the speaker's role, {@code outlet} the
 * publishing outlet or an outlet in the via chain, {@code kind}, {@code since}/{@code until}
 * publication dates (inclusive), {@code about} a name or phrase mentioned in the quote, its
 * paragraph or the article title. {@code facets} asks for counts by speaker, outlet, month and kind.
 */
public record Query(String text, String speaker, String role, String outlet, Kind kind, LocalDate since,
                    LocalDate until, String about, boolean facets, int limit) {

    public Query {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more: " + limit);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until (" + until + ") is before since (" + since + ")");
        }
    }

    /** A text query with no filters, ten hits, no facets. */
    public static Query of(String text) {
        return new Query(text, null, null, null, null, null, null, null, false, 10);
    }

    public Query withSpeaker(String s) {
        return new Query(text, s, role, outlet, kind, since, until, about, facets, limit);
    }

    public Query withRole(String r) {
        return new Query(text, speaker, r, outlet, kind, since, until, about, facets, limit);
    }

    public Query withOutlet(String o) {
        return new Query(text, speaker, role, o, kind, since, until, about, facets, limit);
    }

    public Query withKind(Kind k) {
        return new Query(text, speaker, role, outlet, k, since, until, about, facets, limit);
    }

    public Query withDates(LocalDate from, LocalDate to) {
        return new Query(text, speaker, role, outlet, kind, from, to, about, facets, limit);
    }

    public Query withAbout(String a) {
        return new Query(text, speaker, role, outlet, kind, since, until, a, facets, limit);
    }

    public Query withFacets(boolean f) {
        return new Query(text, speaker, role, outlet, kind, since, until, about, f, limit);
    }

    public Query withLimit(int n) {
        return new Query(text, speaker, role, outlet, kind, since, until, about, facets, n);
    }
}
