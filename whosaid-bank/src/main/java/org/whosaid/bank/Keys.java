package org.whosaid.bank;

import java.util.Set;
import org.whosaid.model.Article;

/**
 * The bank's identity and near-duplicate keys, for jobs that make the bank's decisions outside it
 * (the Spark job's speaker and cluster tables): article and statement keys, speaker ids from
 * names, quote shingles, LSH band keys and the same-statement test. Every method is the one the
 * bank itself uses, so ids agree with those of {@code whosaid index}. Stateless, thread-safe, and
 * free of Lucene, so a job can carry it without the index.
 */
public final class Keys {
    private Keys() {
    }

    /**
     * A person's name taken apart: {@code key} is the registry key ("first surname", or "~surname"
     * when only the surname is written), {@code id} its stable id, {@code dropped} the words before
     * the name ("Kremlin spokesman"), which the registry keeps as a role when none is given.
     */
    public record Person(String display, String first, String initial, String surname, String dropped, String key,
            String id) {
    }

    /** The person in a speaker name, or null when it holds no capitalised name word ("he", "the minister"). */
    public static Person person(String name) {
        Names.PersonName pn = Names.get().person(name);
        if (pn == null) {
            return null;
        }
        return new Person(pn.display(), pn.first(), pn.initial(), pn.surname(), pn.dropped(), pn.key(),
                Names.id(pn.key()));
    }

    /** The registry id of a full-name key ("dmitri peskov") or surname-only key ("~peskov"). */
    public static String personId(String key) {
        return Names.id(key);
    }

    /** The registry id of an organisation, or null when the name is not one the registry keeps. */
    public static String organisationId(String name) {
        String key = Names.organisationKey(name);
        if (key.isEmpty() || name.codePoints().noneMatch(Character::isUpperCase)) {
            return null;
        }
        return Names.id("org " + key);
    }

    /** The most used spelling of a name, by count; ties go to the first in the map's order. Null when empty. */
    public static String mostUsed(java.util.Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /**
     * The one candidate with the highest positive score, or null when none scores or two share the
     * top score: a surname is given to a person only on evidence that singles one out.
     */
    public static <T> T uniqueBest(java.util.List<T> candidates, java.util.function.ToIntFunction<T> score) {
        T best = null;
        int top = 0;
        boolean tie = false;
        for (T c : candidates) {
            int s = score.applyAsInt(c);
            if (s > top) {
                top = s;
                best = c;
                tie = false;
            } else if (s == top && s > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The words of a role that count when roles are compared (folded, without "the", "of" ...). */
    public static Set<String> roleWords(String role) {
        return Registry.roleWords(role);
    }

    /** An article's identity in the bank: its URL, or a hash of its text when it has none. */
    public static String articleKey(Article a) {
        String url = a.metadata().url();
        return url != null && !url.isBlank() ? url.strip() : "text:" + textHash(a);
    }

    /** The hash of an article's text that the bank stores with it. */
    public static String textHash(Article a) {
        return Names.sha256(a.text()).substring(0, 32);
    }

    /** A statement's key in the bank: the article key and the statement's position, from 1. */
    public static String statementKey(String articleKey, int position) {
        return articleKey + "#" + position;
    }

    /** The id of a cluster opened by the statement with this key. */
    public static String clusterId(String statementKey) {
        return Clusters.idFor(statementKey);
    }

    /** The sorted distinct shingle hashes of a quote (normalised as the bank does). */
    public static long[] shingles(String quote) {
        return MinHash.shingles(MinHash.normalise(quote));
    }

    /** The LSH band keys of a shingle set; two quotes sharing one are candidates. */
    public static long[] bands(long[] shingles) {
        return shingles.length == 0 ? new long[0] : MinHash.bands(MinHash.signature(shingles));
    }

    /** The bank's test on a candidate pair: one statement when similar enough or one contains the other. */
    public static boolean sameStatement(long[] a, long[] b) {
        return MinHash.same(a, b);
    }
}
