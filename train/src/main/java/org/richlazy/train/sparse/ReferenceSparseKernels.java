package org.richlazy.train.sparse;

/** {@link SparseKernels} in plain Java, one trial at a time: the reference the vector kernels are held to. */
final class ReferenceSparseKernels implements SparseKernels {

    @Override
    public void gatherAdd(int batch, float[] w, int[] index, int from, int to, float[] x, int base, float[] out,
                          int o) {
        gatherAddTrials(0, batch, batch, w, index, from, to, x, base, out, o);
    }

    @Override
    public float stepDot(int batch, int steps, int stride, float[] a, int aOff, float[] c, int cOff,
                         float[] scratch) {
        stepDotTrials(0, batch, steps, stride, a, aOff, c, cOff, scratch);
        return total(batch, scratch);
    }

    /** {@link #gatherAdd} for the trials {@code b0..b1} only. */
    static void gatherAddTrials(int b0, int b1, int batch, float[] w, int[] index, int from, int to, float[] x,
                                int base, float[] out, int o) {
        for (int b = b0; b < b1; b++) {
            float acc = out[o + b];
            for (int k = from; k < to; k++) {
                acc = Math.fma(w[k], x[base + index[k] * batch + b], acc);
            }
            out[o + b] = acc;
        }
    }

    /** The per-trial chains of {@link #stepDot} for the trials {@code b0..b1}, into {@code scratch[b]}. */
    static void stepDotTrials(int b0, int b1, int steps, int stride, float[] a, int aOff, float[] c, int cOff,
                              float[] scratch) {
        for (int b = b0; b < b1; b++) {
            float acc = 0f;
            for (int s = 0; s < steps; s++) {
                acc = Math.fma(a[aOff + s * stride + b], c[cOff + s * stride + b], acc);
            }
            scratch[b] = acc;
        }
    }

    /**
     * The sum of {@code scratch[0..batch)} in the order {@link SparseKernels#stepDot} states: four running sums of
     * the entries whose index is 0, 1, 2 and 3 modulo 4, then {@code (s0 + s1) + (s2 + s3)} (four chains instead of
     * one, so the sum does not wait on each addition in turn).
     */
    static float total(int batch, float[] scratch) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int b = 0;
        for (; b + 4 <= batch; b += 4) {
            s0 += scratch[b];
            s1 += scratch[b + 1];
            s2 += scratch[b + 2];
            s3 += scratch[b + 3];
        }
        for (int r = 0; b < batch; b++, r++) {
            switch (r) {
                case 0 -> s0 += scratch[b];
                case 1 -> s1 += scratch[b];
                default -> s2 += scratch[b];
            }
        }
        return (s0 + s1) + (s2 + s3);
    }
}
