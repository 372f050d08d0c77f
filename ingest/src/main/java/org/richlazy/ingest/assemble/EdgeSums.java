package org.richlazy.ingest.assemble;

import java.util.HashMap;
import java.util.Map;

/**
 * Directed edges summed per (pre, post) pair. {@code W[post][pre] = sum of the weights of every
 * added edge from pre onto post}; every addition onto a pair already present is counted as a
 * duplicate so that readers can record it.
 */
public final class EdgeSums {
    private final Map<Long, double[]> sums = new HashMap<>();
    private long duplicates;
    private long added;

    private static long key(int pre, int post) {
        return ((long) pre << 32) | (post & 0xffffffffL);
    }

    /** Adds one edge from {@code pre} onto {@code post}. */
    public void add(int pre, int post, double weight) {
        double[] cell = sums.get(key(pre, post));
        if (cell == null) {
            sums.put(key(pre, post), new double[] {weight});
        } else {
            cell[0] += weight;
            duplicates++;
        }
        added++;
    }

    /** Whether an edge from {@code pre} onto {@code post} has been added. */
    public boolean has(int pre, int post) {
        return sums.containsKey(key(pre, post));
    }

    /** The summed weight from {@code pre} onto {@code post}, 0 when none was added. */
    public double get(int pre, int post) {
        double[] cell = sums.get(key(pre, post));
        return cell == null ? 0 : cell[0];
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
        return sums.size();
    }

    /** Receives one summed edge. */
    @FunctionalInterface
    public interface EdgeConsumer {
        void accept(int pre, int post, double weight);
    }

    /** Visits every (pre, post, summed weight), in no particular order. */
    public void forEach(EdgeConsumer consumer) {
        for (Map.Entry<Long, double[]> e : sums.entrySet()) {
            long k = e.getKey();
            consumer.accept((int) (k >>> 32), (int) k, e.getValue()[0]);
        }
    }

    /** The dense matrix {@code W[post][pre]} over {@code n} neurons. */
    public double[][] toPostPre(int n) {
        double[][] w = new double[n][n];
        forEach((pre, post, weight) -> w[post][pre] = weight);
        return w;
    }
}
