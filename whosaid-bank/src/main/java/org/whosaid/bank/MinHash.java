package org.whosaid.bank;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Near-duplicate tests for quote texts: normalised word 3-gram shingles, MinHash signatures and
 * LSH band keys (candidates), and the exact check made on every candidate pair. Used internally by
 * {@link Clusters}; stateless, thread-safe, deterministic across runs and machines.
 */
final class MinHash {
    /** Hash functions in a signature. */
    static final int HASHES = 64;
    /** Rows per LSH band: a pair with Jaccard similarity s is a candidate with 1 - (1 - s^2)^32. */
    static final int ROWS = 2;
    static final int BANDS = HASHES / ROWS;
    /** Words per shingle. */
    static final int SHINGLE = 3;
    /** Jaccard similarity of shingle sets at or above which two quotes are one statement. */
    static final double JACCARD = 0.5;
    /** Share of the smaller set's shingles found in the larger one for a trimmed quote. */
    static final double CONTAINMENT = 0.7;
    /** Smallest shingle set tested by containment (shorter quotes must be near-identical). */
    static final int MIN_CONTAINED = 4;

    private static final long[] SEEDS = new long[HASHES];

    static {
        SplittableRandom r = new SplittableRandom(0x5EEDC0DEL);
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = r.nextLong();
        }
    }

    private MinHash() {
    }

    /** Lower case, diacritics folded, punctuation and ellipses gone, single spaces. */
    static String normalise(String quote) {
        return Names.fold(quote);
    }

    /** The sorted distinct hashes of the text's word 3-grams (the whole text when it is shorter). */
    static long[] shingles(String normalised) {
        if (normalised.isEmpty()) {
            return new long[0];
        }
        String[] w = normalised.split(" ");
        long[] words = new long[w.length];
        for (int i = 0; i < w.length; i++) {
            words[i] = hash(w[i]);
        }
        int n = Math.max(1, w.length - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(w.length, i + SHINGLE); j++) {
                h = mix(h ^ words[j]) * 31 + j - i;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[k++] = out[i];
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The MinHash signature of a shingle set. */
    static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One key per band; two quotes sharing any key are candidates. */
    static long[] bands(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 0x100000001B3L ^ sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    /** The exact test on a candidate pair: Jaccard similarity, or containment of a trimmed quote. */
    static boolean same(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        if (common >= JACCARD * union) {
            return true;
        }
        int small = Math.min(a.length, b.length);
        return small >= MIN_CONTAINED && common >= CONTAINMENT * small;
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of SplitMix64: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A band key as an index term. */
    static String term(long band) {
        return Long.toHexString(band);
    }
}
