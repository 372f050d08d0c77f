package org.richlazy.train.sparse;

import java.util.Arrays;
import org.richlazy.train.TrainException;

/**
 * The synapses of a sparse recurrent matrix {@code W[post][pre]}: which entries exist, not their values
 * (docs/science.md#connectome-scale). Stored in compressed rows (one row per postsynaptic neuron, the presynaptic
 * neurons of a row ascending), the order in which {@link SparseCtrnnWeights} keeps the values, with a compressed
 * column index beside it (one column per presynaptic neuron) that gives each synapse's place in row order, so a
 * product with {@code W^T} reads a column's synapses together. Memory: {@code 4 (2 nnz + N + 1) + 4 (nnz + N + 1)}
 * bytes, about 12 bytes per synapse; nothing is N x N.
 */
public final class SynapsePattern {
    private final int neurons;
    private final int[] rowStart;
    private final int[] pre;
    private final int[] columnStart;
    private final int[] post;
    private final int[] rowOrder;

    private SynapsePattern(int neurons, int[] rowStart, int[] pre) {
        this.neurons = neurons;
        this.rowStart = rowStart;
        this.pre = pre;
        int nnz = pre.length;
        columnStart = new int[neurons + 1];
        for (int k = 0; k < nnz; k++) {
            columnStart[pre[k] + 1]++;
        }
        for (int j = 0; j < neurons; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        post = new int[nnz];
        rowOrder = new int[nnz];
        int[] next = Arrays.copyOf(columnStart, neurons);
        for (int i = 0; i < neurons; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int at = next[pre[k]]++;
                post[at] = i;
                rowOrder[at] = k;
            }
        }
    }

    /**
     * The pattern of the given compressed rows: row i's presynaptic neurons are {@code pre[rowStart[i]] ..
     * pre[rowStart[i+1] - 1]}, strictly ascending, each in {@code [0, neurons)}.
     *
     * @throws TrainException when the arrays do not describe such a pattern
     */
    public static SynapsePattern ofRows(int neurons, int[] rowStart, int[] pre) {
        if (neurons < 1 || rowStart.length != neurons + 1 || rowStart[0] != 0 || rowStart[neurons] != pre.length) {
            throw new TrainException("synapse pattern", rowStart.length + " row starts for " + neurons
                    + " neurons and " + pre.length + " synapses; expected " + (neurons + 1)
                    + " row starts rising from 0 to " + pre.length);
        }
        for (int i = 0; i < neurons; i++) {
            if (rowStart[i + 1] < rowStart[i]) {
                throw new TrainException("synapse pattern", "row " + i + " ends before it starts; expected row starts"
                        + " that never fall");
            }
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (pre[k] < 0 || pre[k] >= neurons || (k > rowStart[i] && pre[k] <= pre[k - 1])) {
                    throw new TrainException("synapse pattern", "row " + i + " names presynaptic neuron " + pre[k]
                            + "; expected neurons 0.." + (neurons - 1) + ", strictly ascending within a row");
                }
            }
        }
        return new SynapsePattern(neurons, rowStart.clone(), pre.clone());
    }

    /** N. */
    public int neurons() {
        return neurons;
    }

    /** The number of synapses (nnz). */
    public int synapses() {
        return pre.length;
    }

    /** Where row (postsynaptic neuron) i starts in row order; {@code rowStart(N)} is nnz. */
    public int rowStart(int i) {
        return rowStart[i];
    }

    /** The presynaptic neuron of synapse k (row order). */
    public int pre(int k) {
        return pre[k];
    }

    /** The presynaptic neuron of every synapse in row order, the array itself (for the kernels; not to change). */
    int[] preArray() {
        return pre;
    }

    /** The postsynaptic neuron of every synapse in column order, the array itself (for the kernels; not to change). */
    int[] postArray() {
        return post;
    }

    /** Where column (presynaptic neuron) j starts in column order; {@code columnStart(N)} is nnz. */
    public int columnStart(int j) {
        return columnStart[j];
    }

    /** The postsynaptic neuron of the synapse at place c of column order. */
    public int post(int c) {
        return post[c];
    }

    /** The row-order index of the synapse at place c of column order. */
    public int rowOrder(int c) {
        return rowOrder[c];
    }
}
