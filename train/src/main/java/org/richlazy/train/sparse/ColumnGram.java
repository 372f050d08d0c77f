package org.richlazy.train.sparse;

import org.richlazy.train.fast.FloatKernels;

/**
 * The Gram matrix {@code A^T B} of vectors stored as the columns of two float32 matrices of N rows (one row per
 * neuron), in float64: the products over each block of {@value #NEURON_BLOCK} neurons are float32
 * ({@link FloatKernels#transposeMultiply}), the blocks are summed in float64, so the rounding does not grow with N
 * beyond a block's.
 */
final class ColumnGram {
    /** Neurons whose products are summed in float32 before they are added in float64. */
    static final int NEURON_BLOCK = 4096;

    private ColumnGram() {
    }

    /**
     * {@code G[i lda' + j] = sum_n a[n lda + i] b[n ldb + j]}, an {@code [lda x ldb]} matrix.
     *
     * @param lda the columns of A, a multiple of the kernels' padding
     * @param ldb the columns of B, the same
     */
    static double[] of(FloatKernels kernels, int neurons, float[] a, int lda, float[] b, int ldb) {
        double[] gram = new double[lda * ldb];
        float[] block = new float[lda * ldb];
        for (int from = 0; from < neurons; from += NEURON_BLOCK) {
            int rows = Math.min(NEURON_BLOCK, neurons - from);
            kernels.transposeMultiply(lda, rows, ldb, a, from * lda, lda, b, from * ldb, ldb, block, 0, ldb);
            for (int i = 0; i < gram.length; i++) {
                gram[i] += block[i];
            }
        }
        return gram;
    }
}
