package org.richlazy.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A measured (or sampled) connectivity matrix with its neurons and provenance.
 *
 * <p>Orientation is fixed: {@code weight(post, pre)} is the weight of the synapse from neuron
 * {@code pre} onto neuron {@code post}, so that a recurrent update reads {@code h_t = W h_{t-1}}
 * (docs/science.md#orientation). Readers of row-is-presynaptic formats transpose before building a Connectome.
 *
 * <p>The matrix is square ({@code N x N}) and held sparse: only nonzero entries are stored, row by
 * row ({@code post}), each row's entries in ascending {@code pre} (compressed sparse rows). An entry
 * of 0 means no connection. A whole-brain connectome of 10^5 neurons and 10^7 edges is therefore
 * held in about 12 bytes per edge; only {@link #weightsCopy()} makes it dense, and it refuses to do so
 * above {@link #denseLimit()} neurons, the {@code max-neurons} limit in force when the source was read
 * ({@link SizeLimits}), so that a sub-circuit is chosen first ({@link #restrictTo}). Instances are
 * immutable.
 */
public final class Connectome {
    private final List<Neuron> neurons;
    private final int[] rowStart;
    private final int[] pre;
    private final double[] values;
    private final String weightUnit;
    private final Provenance provenance;
    private final int denseLimit;

    /** Receives one nonzero entry {@code W[post][pre] = weight}. */
    @FunctionalInterface
    public interface EdgeConsumer {
        void accept(int pre, int post, double weight);
    }

    /** Nonzero-or-zero entries to build a sparse connectome from, visited in any order, each (pre, post) once. */
    public interface Entries {
        /** Visits every entry; entries of weight 0 are skipped by the connectome. */
        void forEach(EdgeConsumer consumer);
    }

    /**
     * A connectome from a dense matrix (zero entries are not stored).
     *
     * @param neurons    the N neurons, in matrix order
     * @param weights    {@code W[post][pre]}, N x N, finite
     * @param weightUnit the unit the source gives (e.g. {@code "synapse count"}, {@code "mV"})
     * @param provenance where it came from and what was done to it
     * @throws IllegalArgumentException if the matrix is not N x N or holds a non-finite value
     */
    public Connectome(List<Neuron> neurons, double[][] weights, String weightUnit, Provenance provenance) {
        this(neurons, dense(neurons.size(), weights), weightUnit, provenance, Integer.MAX_VALUE);
    }

    private Connectome(List<Neuron> neurons, Csr csr, String weightUnit, Provenance provenance, int denseLimit) {
        this.neurons = List.copyOf(neurons);
        this.weightUnit = Objects.requireNonNull(weightUnit, "weightUnit");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.rowStart = csr.rowStart;
        this.pre = csr.pre;
        this.values = csr.values;
        this.denseLimit = denseLimit;
    }

    /**
     * A connectome from sparse entries.
     *
     * @param entries    every (pre, post, weight) once, indices in [0, N); weight-0 entries are not stored
     * @param denseLimit the largest N {@link #weightsCopy()} may make dense (the reader's
     *                   {@link SizeLimits#maxNeurons})
     * @throws IllegalArgumentException on an index outside [0, N), a repeated pair or a non-finite weight
     */
    public static Connectome sparse(List<Neuron> neurons, Entries entries, String weightUnit, Provenance provenance,
                                    int denseLimit) {
        return new Connectome(neurons, Csr.of(neurons.size(), entries), weightUnit, provenance, denseLimit);
    }

    private static Csr dense(int n, double[][] weights) {
        if (weights.length != n) {
            throw new IllegalArgumentException("matrix has " + weights.length + " rows for " + n + " neurons");
        }
        for (int i = 0; i < n; i++) {
            if (weights[i].length != n) {
                throw new IllegalArgumentException("matrix row " + i + " has " + weights[i].length
                        + " columns for " + n + " neurons");
            }
        }
        return Csr.of(n, consumer -> {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    consumer.accept(j, i, weights[i][j]);
                }
            }
        });
    }

    /** Compressed sparse rows: row {@code post} holds {@code pre[rowStart[post] .. rowStart[post+1])}, ascending. */
    private record Csr(int[] rowStart, int[] pre, double[] values) {
        static Csr of(int n, Entries entries) {
            int[] counts = new int[n + 1];
            entries.forEach((p, q, w) -> {
                check(n, p, q, w);
                if (w != 0) {
                    counts[q + 1]++;
                }
            });
            for (int i = 0; i < n; i++) {
                counts[i + 1] += counts[i];
            }
            int[] next = Arrays.copyOf(counts, n);
            int[] cols = new int[counts[n]];
            double[] vals = new double[counts[n]];
            entries.forEach((p, q, w) -> {
                if (w != 0) {
                    cols[next[q]] = p;
                    vals[next[q]++] = w;
                }
            });
            for (int i = 0; i < n; i++) {
                sortRow(cols, vals, counts[i], counts[i + 1], i);
            }
            return new Csr(counts, cols, vals);
        }

        private static void check(int n, int p, int q, double w) {
            if (p < 0 || p >= n || q < 0 || q >= n) {
                throw new IllegalArgumentException("entry [post " + q + "][pre " + p + "] outside " + n + " neurons");
            }
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("non-finite weight " + w + " at [post " + q + "][pre " + p + "]");
            }
        }

        /** Sorts one row's entries by pre (insertion order of the source otherwise) and refuses a repeated pre. */
        private static void sortRow(int[] cols, double[] vals, int from, int to, int row) {
            boolean sorted = true;
            for (int k = from + 1; k < to && sorted; k++) {
                sorted = cols[k - 1] < cols[k];
            }
            if (!sorted) {
                long[] packed = new long[to - from];
                double[] copy = Arrays.copyOfRange(vals, from, to);
                for (int k = from; k < to; k++) {
                    packed[k - from] = ((long) cols[k] << 32) | (k - from);
                }
                Arrays.sort(packed);
                for (int k = 0; k < packed.length; k++) {
                    cols[from + k] = (int) (packed[k] >>> 32);
                    vals[from + k] = copy[(int) packed[k]];
                }
            }
            for (int k = from + 1; k < to; k++) {
                if (cols[k - 1] == cols[k]) {
                    throw new IllegalArgumentException("entry [post " + row + "][pre " + cols[k] + "] given twice");
                }
            }
        }
    }

    /** Number of neurons N. */
    public int size() {
        return neurons.size();
    }

    public List<Neuron> neurons() {
        return neurons;
    }

    /** The weight from neuron {@code pre} onto neuron {@code post} (a binary search in row {@code post}). */
    public double weight(int post, int pre) {
        Objects.checkIndex(post, size());
        Objects.checkIndex(pre, size());
        int k = Arrays.binarySearch(this.pre, rowStart[post], rowStart[post + 1], pre);
        return k >= 0 ? values[k] : 0;
    }

    /** Visits every nonzero entry, row by row ({@code post} ascending), each row by ascending {@code pre}. */
    public void forEachEdge(EdgeConsumer consumer) {
        for (int post = 0; post < size(); post++) {
            for (int k = rowStart[post]; k < rowStart[post + 1]; k++) {
                consumer.accept(pre[k], post, values[k]);
            }
        }
    }

    /**
     * A dense copy of {@code W[post][pre]}.
     *
     * @throws IngestException when N is above {@link #denseLimit()} (choose a sub-circuit first) or the
     *                         matrix does not fit in a quarter of the heap
     */
    public double[][] weightsCopy() {
        int n = size();
        String file = String.join(", ", provenance.sourceFiles());
        if (n > denseLimit) {
            throw new IngestException(file, "", n + " neurons to hold as a dense matrix, above the limit of " + denseLimit
                    + " (max-neurons applies to the matrix that is made dense, not to the file)",
                    "a sub-circuit of at most " + denseLimit + " neurons: source.options filter, ids-file, neuropil or "
                            + "min-synapses, or transform.neurons with a selection (top-degree, random, first); or a "
                            + "higher option max-neurons");
        }
        SizeLimits.requireMemory(file, "", (long) n * n, Double.BYTES, "a dense " + n + " x " + n + " matrix");
        double[][] copy = new double[n][n];
        forEachEdge((p, q, w) -> copy[q][p] = w);
        return copy;
    }

    /** The largest N {@link #weightsCopy()} makes dense. */
    public int denseLimit() {
        return denseLimit;
    }

    public String weightUnit() {
        return weightUnit;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Number of nonzero entries (directed edges, self-loops included). */
    public long edgeCount() {
        return values.length;
    }

    /** Nonzero entries per row: {@code in[post]}, the number of presynaptic partners. */
    public int[] inDegrees() {
        int[] in = new int[size()];
        for (int post = 0; post < in.length; post++) {
            in[post] = rowStart[post + 1] - rowStart[post];
        }
        return in;
    }

    /** Nonzero entries per column: {@code out[pre]}, the number of postsynaptic partners. */
    public int[] outDegrees() {
        int[] out = new int[size()];
        for (int p : pre) {
            out[p]++;
        }
        return out;
    }

    /** Number of neurons with the given sign. */
    public long count(CellSign sign) {
        return neurons.stream().filter(n -> n.sign() == sign).count();
    }

    /** The same neurons and weights with one more provenance step. */
    public Connectome withStep(String action, long count, String reason) {
        return new Connectome(neurons, new Csr(rowStart, pre, values), weightUnit,
                provenance.withStep(action, count, reason), denseLimit);
    }

    /**
     * The same weights with the neurons described anew (classes, signs from an annotation table), in the
     * same order, and one provenance step.
     *
     * @throws IllegalArgumentException if the number of neurons differs
     */
    public Connectome withNeurons(List<Neuron> described, String action, long count, String reason) {
        if (described.size() != size()) {
            throw new IllegalArgumentException(described.size() + " neurons for a connectome of " + size());
        }
        return new Connectome(described, new Csr(rowStart, pre, values), weightUnit,
                provenance.withStep(action, count, reason), denseLimit);
    }

    /**
     * The sub-circuit of the given neurons, in the given (ascending) order, with one provenance step;
     * the entries among them are kept as they are.
     *
     * @param indices ascending, distinct neuron indices
     * @throws IllegalArgumentException if the indices are not ascending and distinct, or out of range
     */
    public Connectome restrictTo(int[] indices, String action, String reason) {
        int[] position = new int[size()];
        Arrays.fill(position, -1);
        List<Neuron> kept = new ArrayList<>(indices.length);
        for (int a = 0; a < indices.length; a++) {
            Objects.checkIndex(indices[a], size());
            if (a > 0 && indices[a] <= indices[a - 1]) {
                throw new IllegalArgumentException("indices not ascending at position " + a);
            }
            position[indices[a]] = a;
            kept.add(neurons.get(indices[a]));
        }
        Csr csr = Csr.of(indices.length, consumer -> {
            for (int a = 0; a < indices.length; a++) {
                int row = indices[a];
                for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                    if (position[pre[k]] >= 0) {
                        consumer.accept(position[pre[k]], a, values[k]);
                    }
                }
            }
        });
        return new Connectome(kept, csr, weightUnit, provenance.withStep(action, indices.length, reason), denseLimit);
    }
}
