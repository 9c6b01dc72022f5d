package org.whosaid.bank;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A map from long keys to lists of ints in flat arrays (open addressing, chained values), so that
 * millions of LSH band entries cost a few bytes each instead of boxed objects. Not thread-safe.
 */
final class LongMultiMap {
    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int distinct;
    private int[] next = new int[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    void put(long key, int value) {
        if (distinct * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            heads[slot] = -1;
            distinct++;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        values[size] = value;
        next[size] = heads[slot];
        heads[slot] = size;
        size++;
    }

    /** Calls {@code action} with every value stored under {@code key}, newest first. */
    void forEach(long key, IntConsumer action) {
        int slot = slot(key);
        if (!used[slot]) {
            return;
        }
        for (int e = heads[slot]; e >= 0; e = next[e]) {
            action.accept(values[e]);
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) MinHash.mix(key) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                used[s] = true;
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }
}
