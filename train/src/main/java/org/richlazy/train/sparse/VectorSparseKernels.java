package org.richlazy.train.sparse;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SparseKernels} on the JDK Vector API: the trials of a neuron in vectors of the preferred width (8 floats
 * with AVX2, 16 with AVX-512), two vectors of accumulators held in registers across a row's synapses, so each
 * synapse costs two vector loads and two fused multiply-adds, and the loads of successive synapses are independent.
 * Trials that do not fill a vector run in {@link ReferenceSparseKernels}: each trial's chain is the same either way,
 * so the bits are too. Loaded only when the module {@code jdk.incubator.vector} is present.
 */
final class VectorSparseKernels implements SparseKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void gatherAdd(int batch, float[] w, int[] index, int from, int to, float[] x, int base, float[] out,
                          int o) {
        int b = 0;
        for (; b + 2 * L <= batch; b += 2 * L) {
            FloatVector acc0 = FloatVector.fromArray(S, out, o + b);
            FloatVector acc1 = FloatVector.fromArray(S, out, o + b + L);
            for (int k = from; k < to; k++) {
                FloatVector wk = FloatVector.broadcast(S, w[k]);
                int src = base + index[k] * batch + b;
                acc0 = wk.fma(FloatVector.fromArray(S, x, src), acc0);
                acc1 = wk.fma(FloatVector.fromArray(S, x, src + L), acc1);
            }
            acc0.intoArray(out, o + b);
            acc1.intoArray(out, o + b + L);
        }
        for (; b + L <= batch; b += L) {
            FloatVector acc = FloatVector.fromArray(S, out, o + b);
            for (int k = from; k < to; k++) {
                acc = FloatVector.broadcast(S, w[k]).fma(FloatVector.fromArray(S, x, base + index[k] * batch + b), acc);
            }
            acc.intoArray(out, o + b);
        }
        ReferenceSparseKernels.gatherAddTrials(b, batch, batch, w, index, from, to, x, base, out, o);
    }

    @Override
    public float stepDot(int batch, int steps, int stride, float[] a, int aOff, float[] c, int cOff,
                         float[] scratch) {
        int b = 0;
        for (; b + L <= batch; b += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int s = 0; s < steps; s++) {
                acc = FloatVector.fromArray(S, a, aOff + s * stride + b)
                        .fma(FloatVector.fromArray(S, c, cOff + s * stride + b), acc);
            }
            acc.intoArray(scratch, b);
        }
        ReferenceSparseKernels.stepDotTrials(b, batch, steps, stride, a, aOff, c, cOff, scratch);
        return ReferenceSparseKernels.total(batch, scratch);
    }
}
