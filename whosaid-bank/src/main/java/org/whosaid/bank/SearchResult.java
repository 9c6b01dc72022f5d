package org.whosaid.bank;

import java.util.List;
import java.util.Map;
import org.whosaid.model.Statement;

/**
 * The answer to a {@link Query}: the number of matching statements, the best hits, facets, and where
 * the next page starts ({@code next}: null when the page came back short of the limit, so nothing follows).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, After next) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, null);
    }

    /**
     * The sort values of the last hit of a page, to continue after it: the relevance score for a text
     * query, the publication day (epoch day; {@link Long#MIN_VALUE} when undated) when listing every
     * statement, and the statement's unique indexing sequence number, which breaks ties.
     */
    public record After(float score, long day, long seq) {
    }

    /**
     * One matching statement: the statement as extracted, the registry id of its speaker (null for
     * groups, anonymous and unknown speakers), the article it appeared in, a highlighted snippet of
     * the quote, and the cluster of repeated statements it belongs to.
     */
    public record Hit(String id, float score, Statement statement, String speakerId, Appearance appearance,
                      Snippet snippet, ClusterRef cluster) {
    }

    /**
     * A passage of the quote; {@code highlights} are the matched parts as [start, end) offsets in
     * Unicode code points into {@code text}.
     */
    public record Snippet(String text, List<Range> highlights) {
        public Snippet {
            highlights = List.copyOf(highlights);
        }

        /** The snippet with every highlight between {@code open} and {@code close}. */
        public String marked(String open, String close) {
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (Range r : highlights) {
                int s = text.offsetByCodePoints(0, r.start());
                int e = text.offsetByCodePoints(0, r.end());
                b.append(text, at, s).append(open).append(text, s, e).append(close);
                at = e;
            }
            return b.append(text.substring(at)).toString();
        }
    }

    public record Range(int start, int end) {
    }

    /**
     * The cluster of a statement: every report of the same words across articles. {@code first} is
     * the earliest published appearance.
     */
    public record ClusterRef(String id, int appearances, int outlets, Appearance first) {
    }

    /** One facet value with the number of matching statements; {@code label} is for display. */
    public record FacetCount(String value, String label, long count) {
    }
}
