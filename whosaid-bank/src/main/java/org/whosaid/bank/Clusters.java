package org.whosaid.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Repeated statements: assigns each new quote to the cluster of an earlier report of the same words
 * (MinHash/LSH candidates, checked by Jaccard similarity or containment), or opens a new cluster.
 * Candidates come from the statements committed before this session (through {@link Committed},
 * an index lookup by band term) and from those added in this session (an in-memory band table), so
 * the cost per statement does not grow with the bank. When one quote matches two clusters they are
 * merged (the smaller id survives) and the merge is recorded for the next commit. Used internally by
 * {@link QuoteBank}; {@link #find} and {@link #members} may run in parallel while nothing changes it,
 * which QuoteBank's read-write lock ensures.
 */
final class Clusters {

    /** A committed statement found by band terms: its article, cluster and quote text. */
    record Candidate(String articleKey, String cluster, String quote) {
    }

    /** Looks up committed statements sharing any of the band terms. */
    interface Committed {
        List<Candidate> candidates(List<String> bandTerms);
    }

    /** The cluster of a new statement and the band terms to index with it. */
    record Assigned(String cluster, List<String> bandTerms) {
    }

    private record Member(String articleKey, int generation, String cluster, long[] shingles) {
    }

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> dirty = new LinkedHashMap<>();
    private final LongMultiMap bands = new LongMultiMap();
    private final List<Member> members = new ArrayList<>();
    private final Map<String, Integer> generations = new HashMap<>();

    /** Loads a stored merge. */
    void loadAlias(String from, String to) {
        parent.put(from, to);
    }

    /** Merges made since the last call, as from -> to. */
    Map<String, String> drainDirty() {
        Map<String, String> out = new LinkedHashMap<>(dirty);
        dirty.clear();
        return out;
    }

    String find(String id) {
        String c = id;
        int guard = 0;
        while (parent.containsKey(c) && guard++ < 64) {
            c = parent.get(c);
        }
        return c;
    }

    /** The cluster id and every id merged into it. */
    Set<String> members(String id) {
        String root = find(id);
        Set<String> out = new TreeSet<>();
        out.add(root);
        for (String k : parent.keySet()) {
            if (find(k).equals(root)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Starts a new version of an article: its earlier statements in this session stop matching. */
    void replacing(String articleKey) {
        generations.merge(articleKey, 1, Integer::sum);
    }

    /** The id of a cluster opened by the statement with this key. */
    static String idFor(String statementKey) {
        return "c-" + Names.sha256(statementKey).substring(0, 12);
    }

    Assigned assign(String statementKey, String articleKey, String quote, Committed committed) {
        long[] shingles = MinHash.shingles(MinHash.normalise(quote));
        long[] keys = MinHash.bands(MinHash.signature(shingles));
        List<String> terms = new ArrayList<>(keys.length);
        for (long k : keys) {
            terms.add(MinHash.term(k));
        }
        Set<String> matched = new TreeSet<>();
        if (shingles.length > 0) {
            int gen = generations.getOrDefault(articleKey, 0);
            Set<Integer> seen = new java.util.HashSet<>();
            for (long k : keys) {
                bands.forEach(k, i -> {
                    if (seen.add(i)) {
                        Member m = members.get(i);
                        boolean stale = generations.getOrDefault(m.articleKey, 0) != m.generation;
                        if (!stale && !m.articleKey.equals(articleKey) && MinHash.same(shingles, m.shingles)) {
                            matched.add(find(m.cluster));
                        }
                    }
                });
            }
            for (Candidate c : committed.candidates(terms)) {
                if (generations.containsKey(c.articleKey()) || c.articleKey().equals(articleKey)) {
                    continue; // replaced in this session, or the article itself
                }
                if (MinHash.same(shingles, MinHash.shingles(MinHash.normalise(c.quote())))) {
                    matched.add(find(c.cluster()));
                }
            }
            String cluster = matched.isEmpty() ? idFor(statementKey) : matched.iterator().next();
            for (String other : matched) {
                if (!other.equals(cluster)) {
                    parent.put(other, cluster);
                    dirty.put(other, cluster);
                }
            }
            int index = members.size();
            members.add(new Member(articleKey, gen, cluster, shingles));
            for (long k : keys) {
                bands.put(k, index);
            }
            return new Assigned(cluster, terms);
        }
        return new Assigned(idFor(statementKey), List.of());
    }
}
