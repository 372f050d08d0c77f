package org.richlazy.train.measure;

import org.richlazy.train.fast.FloatCtrnn;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.model.CtrnnWeights;

/**
 * The recurrent-weight tangent kernel of {@link TangentKernel} (same rows, same factorisation
 * {@code K[r, r'] = a^2 sum_{s, s'} <d_s, d'_s'> <h_{s-1}[b], h_{s'-1}[b']>}, docs/science.md#laziness-measures),
 * computed in float32
 * on {@link FloatCtrnn}: the forward pass, the deltas of each logit, the Gram matrix of all hidden states
 * and, one trial's row block at a time, the Gram matrix of all delta vectors are float32 dense products
 * ({@link FloatKernels#fastest()}, in the broadcast form {@code A^T B} on the vectors stored as columns);
 * the contraction of the Grams into kernel entries sums in float64. Agrees with {@link TangentKernel} to float32
 * rounding (a test). One instance serves one thread and keeps its network and workspaces between calls.
 */
public final class FloatTangentKernel {
    private final double alpha;
    private final FloatKernels kernels = FloatKernels.fastest();
    private final FloatCtrnn net;

    /**
     * @param alpha   the leak a
     * @param neurons N
     * @param inputs  I
     * @param outputs O
     */
    public FloatTangentKernel(double alpha, int neurons, int inputs, int outputs) {
        this.alpha = alpha;
        this.net = new FloatCtrnn(alpha, kernels, neurons, inputs, outputs);
    }

    /**
     * @param w           the weights (rounded to float32)
     * @param inputs      {@code [T][B][I]}, the trials of the kernel
     * @param labels      {@code [T][B]}
     * @param outputSteps the 1-based output steps t whose logits are rows
     */
    public TangentKernel.Result compute(CtrnnWeights w, double[][][] inputs, int[][] labels, int[] outputSteps) {
        FloatCtrnnWeights fw = FloatCtrnnWeights.of(w);
        net.forward(fw, inputs);
        int outputs = w.outputs();
        int batch = inputs[0].length;
        int steps = inputs.length;
        int ld = net.stride();
        KernelVectors layout = new KernelVectors(outputSteps, outputs);
        int perTrial = layout.perTrial();
        int rows = perTrial * batch;
        int vectors = layout.vectors();
        // Delta vectors as columns: column b * vectors + v of deltasT is vector v of trial b.
        int columns = batch * vectors;
        int ldd = FloatCtrnnWeights.paddedStride(columns);
        int neurons = w.neurons();
        float[] deltasT = new float[neurons * ldd];
        for (int q = 0; q < perTrial; q++) {
            float[] du = net.deltasOfLogit(fw, layout.step(q), layout.output(q));
            for (int v = layout.firstVector(q); v < layout.firstVector(q + 1); v++) {
                int s = layout.stepOfVector(v);
                for (int b = 0; b < batch; b++) {
                    kernels.transpose(1, neurons, du, ((s - 1) * batch + b) * ld, ld, deltasT, b * vectors + v, ldd);
                }
            }
        }
        // Hidden states as columns: column b * steps + s is h_s of trial b, s = 0..T-1.
        float[] h = net.states();
        int ldh = FloatCtrnnWeights.paddedStride(batch * steps);
        float[] hiddenT = new float[neurons * ldh];
        for (int b = 0; b < batch; b++) {
            for (int s = 0; s < steps; s++) {
                kernels.transpose(1, neurons, h, (s * batch + b) * ld, ld, hiddenT, b * steps + s, ldh);
            }
        }
        float[] hiddenGram = new float[ldh * ldh];
        kernels.transposeMultiply(ldh, neurons, ldh, hiddenT, 0, ldh, hiddenT, 0, ldh, hiddenGram, 0, ldh);

        double a2 = alpha * alpha;
        double[][] kernel = new double[rows][rows];
        float[] deltaGram = new float[vectors * ldd];
        for (int b = 0; b < batch; b++) {
            // <d_v of trial b, d_u of trial c> for every c <= b, as row block b of the Gram of all deltas.
            int width = Math.min(ldd, FloatCtrnnWeights.paddedStride((b + 1) * vectors));
            kernels.transposeMultiply(vectors, neurons, width, deltasT, b * vectors, ldd, deltasT, 0, ldd,
                    deltaGram, 0, ldd);
            for (int c = 0; c <= b; c++) {
                for (int q = 0; q < perTrial; q++) {
                    for (int p = 0; p < perTrial; p++) {
                        double sum = 0;
                        for (int v = layout.firstVector(q); v < layout.firstVector(q + 1); v++) {
                            int gv = v * ldd + c * vectors;
                            int hv = (b * steps + layout.stepOfVector(v) - 1) * ldh + c * steps - 1;
                            for (int u = layout.firstVector(p); u < layout.firstVector(p + 1); u++) {
                                sum += (double) deltaGram[gv + u] * hiddenGram[hv + layout.stepOfVector(u)];
                            }
                        }
                        kernel[q * batch + b][p * batch + c] = a2 * sum;
                        kernel[p * batch + c][q * batch + b] = a2 * sum;
                    }
                }
            }
        }
        return new TangentKernel.Result(kernel, layout.targets(labels));
    }
}
