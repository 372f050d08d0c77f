package org.richlazy.train.sparse;

/**
 * The two inner loops of the sparse network (docs/performance.md#sparse-training), on batch-major states where a
 * neuron's B trials are contiguous. Both are chains of fused multiply-adds in a fixed order, so the plain-Java
 * {@link ReferenceSparseKernels} and the Vector API {@link VectorSparseKernels} give the same bits (a test holds
 * them to it). Implementations keep no state and serve any number of threads.
 */
interface SparseKernels {

    /**
     * Adds the synapses {@code from..to} into one neuron's B trials: for each trial b, in synapse order,
     * {@code out[o + b] = fma(w[k], x[base + index[k] B + b], out[o + b])}.
     */
    void gatherAdd(int batch, float[] w, int[] index, int from, int to, float[] x, int base, float[] out, int o);

    /**
     * The dot product of two neurons' stacked trials over {@code steps} steps {@code stride} apart: per trial b,
     * {@code acc_b} is the fma chain over s of {@code a[aOff + s stride + b] c[cOff + s stride + b]} from +0, and
     * the result is the sum of the {@code acc_b} as four running sums over b modulo 4, then
     * {@code (s0 + s1) + (s2 + s3)}; {@code scratch} holds at least B floats.
     */
    float stepDot(int batch, int steps, int stride, float[] a, int aOff, float[] c, int cOff, float[] scratch);

    /** {@link VectorSparseKernels} when the Vector API module is present, {@link ReferenceSparseKernels} otherwise. */
    static SparseKernels fastest() {
        return org.richlazy.train.fast.FloatKernels.vectorApiAvailable() ? new VectorSparseKernels()
                : new ReferenceSparseKernels();
    }
}
