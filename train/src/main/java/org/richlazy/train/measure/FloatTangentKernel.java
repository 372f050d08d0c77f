package org.richlazy.train.measure;

import java.util.Arrays;
import org.richlazy.train.fast.FloatCtrnn;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.model.CtrnnWeights;

/**
 * The recurrent-weight tangent kernel of {@link TangentKernel} (same rows, same factorisation
 * {@code K[r, r'] = a^2 sum_{s, s'} <d_s, d'_s'> <h_{s-1}[b], h_{s'-1}[b']>}, SPEC §5), computed in float32
 * on {@link FloatCtrnn}: the forward pass, the deltas of each logit and the Gram matrices of the deltas and
 * hidden states of each pair of trials are float32 dense products ({@link FloatKernels#fastest()}); the
 * contraction of the Grams into kernel entries sums in float64. Agrees with {@link TangentKernel} to float32
 * rounding (a test). One instance serves one thread and keeps its network and workspaces between calls.
 */
public final class FloatTangentKernel {
    private final double alpha;
    private final FloatKernels product = FloatKernels.fastest();
    private final FloatCtrnn net;

    /**
     * @param alpha   the leak a
     * @param neurons N
     * @param inputs  I
     * @param outputs O
     */
    public FloatTangentKernel(double alpha, int neurons, int inputs, int outputs) {
        this.alpha = alpha;
        this.net = new FloatCtrnn(alpha, product, neurons, inputs, outputs);
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
        int perTrial = outputSteps.length * outputs;
        int rows = perTrial * batch;

        // Delta vectors of each trial: vector v belongs to the trial's row q = (index of t) * outputs + k
        // and to step s = 2..t (h_0 = 0, so s = 1 contributes nothing).
        int[] firstVector = new int[perTrial + 1];
        int vectors = 0;
        for (int q = 0; q < perTrial; q++) {
            firstVector[q] = vectors;
            vectors += Math.max(0, outputSteps[q / outputs] - 1);
        }
        firstVector[perTrial] = vectors;
        int[] stepOfVector = new int[vectors];
        for (int q = 0; q < perTrial; q++) {
            for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
                stepOfVector[v] = 2 + v - firstVector[q];
            }
        }
        float[] deltas = new float[batch * vectors * ld];
        double[] targets = new double[rows];
        for (int ti = 0; ti < outputSteps.length; ti++) {
            int t = outputSteps[ti];
            for (int k = 0; k < outputs; k++) {
                int q = ti * outputs + k;
                for (int b = 0; b < batch; b++) {
                    targets[q * batch + b] = labels[t - 1][b] == k ? 1 : 0;
                }
                float[] du = net.deltasOfLogit(fw, t, k);
                for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
                    int s = stepOfVector[v];
                    for (int b = 0; b < batch; b++) {
                        System.arraycopy(du, ((s - 1) * batch + b) * ld, deltas, (b * vectors + v) * ld, ld);
                    }
                }
            }
        }
        // Hidden states of each trial, row s = h_s for s = 0..T-1.
        float[] h = net.states();
        float[] hidden = new float[batch * steps * ld];
        for (int b = 0; b < batch; b++) {
            for (int s = 0; s < steps; s++) {
                System.arraycopy(h, (s * batch + b) * ld, hidden, (b * steps + s) * ld, ld);
            }
        }

        double a2 = alpha * alpha;
        double[][] kernel = new double[rows][rows];
        float[] deltaGram = new float[vectors * vectors];
        float[] hiddenGram = new float[steps * steps];
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c <= b; c++) {
                Arrays.fill(deltaGram, 0f);
                Arrays.fill(hiddenGram, 0f);
                product.multiplyTransposeAdd(vectors, ld, vectors, deltas, b * vectors * ld, ld, deltas,
                        c * vectors * ld, ld, deltaGram, 0, vectors);
                product.multiplyTransposeAdd(steps, ld, steps, hidden, b * steps * ld, ld, hidden, c * steps * ld, ld,
                        hiddenGram, 0, steps);
                for (int q = 0; q < perTrial; q++) {
                    for (int p = 0; p < perTrial; p++) {
                        double sum = 0;
                        for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
                            int hv = (stepOfVector[v] - 1) * steps - 1;
                            int gv = v * vectors;
                            for (int u = firstVector[p]; u < firstVector[p + 1]; u++) {
                                sum += (double) deltaGram[gv + u] * hiddenGram[hv + stepOfVector[u]];
                            }
                        }
                        kernel[q * batch + b][p * batch + c] = a2 * sum;
                        kernel[p * batch + c][q * batch + b] = a2 * sum;
                    }
                }
            }
        }
        return new TangentKernel.Result(kernel, targets);
    }
}
