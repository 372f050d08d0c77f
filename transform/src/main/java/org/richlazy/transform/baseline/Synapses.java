package org.richlazy.transform.baseline;

import java.util.Arrays;
import org.richlazy.transform.matrix.SparseMatrix;

/** A growing list of entries {@code W[post][pre] = value}, in any order, that becomes a {@link SparseMatrix}. */
final class Synapses {
    private int[] post = new int[16];
    private int[] pre = new int[16];
    private double[] value = new double[16];
    private int size;

    void add(int postIndex, int preIndex, double weight) {
        if (size == post.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 16, 2L * size);
            post = Arrays.copyOf(post, capacity);
            pre = Arrays.copyOf(pre, capacity);
            value = Arrays.copyOf(value, capacity);
        }
        post[size] = postIndex;
        pre[size] = preIndex;
        value[size++] = weight;
    }

    /** Receives entry k's position. */
    @FunctionalInterface
    interface PositionVisitor {
        void accept(int k, int post, int pre);
    }

    /** Visits the entries' positions in the order added. */
    void forEach(PositionVisitor visitor) {
        for (int k = 0; k < size; k++) {
            visitor.accept(k, post[k], pre[k]);
        }
    }

    int size() {
        return size;
    }

    /** The values added, in order (a copy). */
    double[] values() {
        return Arrays.copyOf(value, size);
    }

    /** The N x N matrix of the entries added, each position at most once. */
    SparseMatrix matrix(int n) {
        return SparseMatrix.ofEntries(n, Arrays.copyOf(post, size), Arrays.copyOf(pre, size),
                Arrays.copyOf(value, size));
    }
}
