package org.richlazy.ingest.assemble;

import java.util.Arrays;
import org.richlazy.ingest.Connectome;

/**
 * Directed edges summed per (pre, post) pair. {@code W[post][pre] = sum of the weights of every
 * added edge from pre onto post}; every addition onto a pair already present is counted as a
 * duplicate so that readers can record it.
 *
 * <p>Pairs live in an open-addressing table keyed by {@code pre << 32 | post} with Fibonacci
 * hashing (a {@code HashMap<Long, ...>} hashes such keys to {@code pre ^ post} and degrades to
 * trees on real connectomes). Copying one EdgeSums into another by {@link #forEach} visits keys in
 * hash order, which crowds a smaller table: size the receiving one with {@link #EdgeSums(int)}.
 */
public final class EdgeSums implements Connectome.Entries {
    private static final long EMPTY = -1L;
    private long[] keys;
    private double[] values;
    private int shift;
    private int pairs;
    private long duplicates;
    private long added;

    /** An empty table that grows as needed. */
    public EdgeSums() {
        this(512);
    }

    /** An empty table that holds {@code expectedPairs} pairs without growing. */
    public EdgeSums(int expectedPairs) {
        int bits = 10;
        while ((1 << bits) < 2L * expectedPairs + 2) {
            bits++;
        }
        keys = new long[1 << bits];
        values = new double[1 << bits];
        shift = 64 - bits;
        Arrays.fill(keys, EMPTY);
    }

    private static long key(int pre, int post) {
        return ((long) pre << 32) | (post & 0xffffffffL);
    }

    private int slot(long key) {
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        return i;
    }

    /** Adds one edge from {@code pre} onto {@code post} (both non-negative). */
    public void add(int pre, int post, double weight) {
        long k = key(pre, post);
        int i = slot(k);
        if (keys[i] == k) {
            values[i] += weight;
            duplicates++;
        } else {
            keys[i] = k;
            values[i] = weight;
            pairs++;
            if (2 * pairs > keys.length) {
                grow();
            }
        }
        added++;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        shift--;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** Whether an edge from {@code pre} onto {@code post} has been added. */
    public boolean has(int pre, int post) {
        long k = key(pre, post);
        return keys[slot(k)] == k;
    }

    /** The summed weight from {@code pre} onto {@code post}, 0 when none was added. */
    public double get(int pre, int post) {
        long k = key(pre, post);
        int i = slot(k);
        return keys[i] == k ? values[i] : 0;
    }

    /** Number of self-loops among neurons 0..n-1 (diagonal entries present). */
    public long diagonalEntries(int n) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            if (has(i, i)) {
                count++;
            }
        }
        return count;
    }

    /** Number of additions onto a pair that was already present. */
    public long duplicates() {
        return duplicates;
    }

    /** Number of edges added. */
    public long added() {
        return added;
    }

    /** Number of distinct (pre, post) pairs. */
    public int pairs() {
        return pairs;
    }

    /** Visits every (pre, post, summed weight), in no particular order. */
    @Override
    public void forEach(Connectome.EdgeConsumer consumer) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                consumer.accept((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
    }
}
