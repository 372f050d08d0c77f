package org.richlazy.train.sparse;

import java.util.Arrays;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.measure.KernelVectors;
import org.richlazy.train.measure.TangentKernel;

/**
 * The tangent kernel of {@link TangentKernel} on a sparse network (docs/science.md#connectome-scale): the kernel of
 * the logits with respect to every entry of W_h, synapse or not, {@code K[r, r'] = a^2 sum_{s, s'} <d_s, d'_s'>
 * <h_{s-1}[b], h_{s'-1}[b']>} (the factorisation of {@link TangentKernel}), so the same kernel as the dense
 * measures' for the same weights. The deltas of each logit come from {@link SparseCtrnn}'s backward pass
 * (one pass per output step and output serves every trial), the Grams from {@link ColumnGram}.
 *
 * <p>Memory. The deltas of every kernel row are {@code B V N} floats (V delta vectors per trial: 84 for the
 * neurogym kernel), 1.8 GB for 32 trials at N = 170,000, so the trials are cut into blocks whose delta and
 * state columns take at most {@link #blockBytes()} for two blocks (and a pair's Grams, 12 bytes an entry, as
 * much), and the Grams are taken one pair of blocks at a time, the earlier block's columns computed again (a forward
 * and one backward pass per output step and output) for each later one. With b blocks that is {@code b (b + 1) / 2}
 * column computations: the budget grows with the heap, so that a whole connectome under a heap of a few GB takes a
 * few blocks rather than one per trial (528 computations for 32 trials). Nothing is N x N. Work:
 * {@code (B V)^2 N / 2} multiply-adds for the delta Gram, as dense.
 */
final class SparseTangentKernel {
    /** The least budget of delta and state columns held at once (two blocks of trials). */
    static final long MIN_BLOCK_BYTES = 64L << 20;

    private final SparseCtrnn net;
    private final double alpha;
    private final long blockBytes;
    private final FloatKernels kernels = FloatKernels.fastest();

    /** The kernel of {@code net}, whose forward and backward passes it runs (the net's last pass is overwritten). */
    SparseTangentKernel(SparseCtrnn net, double alpha) {
        this(net, alpha, blockBytes());
    }

    /** The bytes of columns held at once: an eighth of the heap, at least {@link #MIN_BLOCK_BYTES}. */
    static long blockBytes() {
        return Math.max(MIN_BLOCK_BYTES, Runtime.getRuntime().maxMemory() / 8);
    }

    /** The same holding at most {@code blockBytes} of columns (a test cuts the trials into blocks of one). */
    SparseTangentKernel(SparseCtrnn net, double alpha, long blockBytes) {
        this.net = net;
        this.alpha = alpha;
        this.blockBytes = blockBytes;
    }

    /** The columns of a block of trials: each trial's V delta vectors and T states {@code h_0 .. h_{T-1}}. */
    private record Columns(int from, int to, float[] deltas, int ldd, float[] hidden, int ldh) {
    }

    /**
     * @param w           the weights
     * @param inputs      {@code [T][B][I]}, the trials of the kernel
     * @param labels      {@code [T][B]}
     * @param outputSteps the 1-based output steps t whose logits are rows
     */
    TangentKernel.Result compute(SparseCtrnnWeights w, double[][][] inputs, int[][] labels, int[] outputSteps) {
        KernelVectors layout = new KernelVectors(outputSteps, w.outputs());
        int batch = inputs[0].length;
        int steps = inputs.length;
        int vectors = layout.vectors();
        int perTrial = layout.perTrial();
        long perTrialBytes = 4L * w.neurons() * (vectors + steps);
        long gramColumns = (long) Math.sqrt(blockBytes / 12.0) / Math.max(vectors, steps);
        int blockTrials = (int) Math.max(1, Math.min(Math.min(batch, gramColumns), blockBytes / (2 * perTrialBytes)));
        double[][] kernel = new double[perTrial * batch][perTrial * batch];
        double a2 = alpha * alpha;
        for (int later = 0; later < batch; later += blockTrials) {
            Columns p = columns(w, inputs, later, Math.min(batch, later + blockTrials), layout);
            for (int earlier = 0; earlier <= later; earlier += blockTrials) {
                Columns q = earlier == later ? p : columns(w, inputs, earlier, earlier + blockTrials, layout);
                double[] deltaGram = ColumnGram.of(kernels, w.neurons(), p.deltas, p.ldd, q.deltas, q.ldd);
                double[] hiddenGram = ColumnGram.of(kernels, w.neurons(), p.hidden, p.ldh, q.hidden, q.ldh);
                for (int b = p.from; b < p.to; b++) {
                    for (int c = q.from; c < Math.min(q.to, b + 1); c++) {
                        int dOff = (b - p.from) * vectors * q.ldd + (c - q.from) * vectors;
                        int hOff = (b - p.from) * steps * q.ldh + (c - q.from) * steps;
                        for (int r = 0; r < perTrial; r++) {
                            for (int s = 0; s < perTrial; s++) {
                                double entry = a2 * layout.pairSum(r, s, deltaGram, dOff, q.ldd, hiddenGram, hOff,
                                        q.ldh);
                                kernel[r * batch + b][s * batch + c] = entry;
                                kernel[s * batch + c][r * batch + b] = entry;
                            }
                        }
                    }
                }
            }
        }
        return new TangentKernel.Result(kernel, layout.targets(labels));
    }

    /**
     * The columns of trials {@code from..to}: delta vector v of local trial b is column {@code b V + v}, state
     * {@code h_s} column {@code b T + s}, row n the neuron.
     */
    private Columns columns(SparseCtrnnWeights w, double[][][] inputs, int from, int to, KernelVectors layout) {
        int steps = inputs.length;
        int trials = to - from;
        int neurons = w.neurons();
        int vectors = layout.vectors();
        double[][][] block = new double[steps][][];
        for (int t = 0; t < steps; t++) {
            block[t] = Arrays.copyOfRange(inputs[t], from, to);
        }
        net.forward(w, block);
        int ldh = FloatCtrnnWeights.paddedStride(trials * steps);
        float[] hidden = new float[neurons * ldh];
        float[] h = net.states();
        for (int s = 0; s < steps; s++) {
            for (int n = 0; n < neurons; n++) {
                for (int b = 0; b < trials; b++) {
                    hidden[n * ldh + b * steps + s] = h[(s * neurons + n) * trials + b];
                }
            }
        }
        int ldd = FloatCtrnnWeights.paddedStride(trials * vectors);
        float[] deltas = new float[neurons * ldd];
        for (int q = 0; q < layout.perTrial(); q++) {
            int t = layout.step(q);
            double[][] seed = new double[steps + 1][];
            seed[t] = new double[trials * w.outputs()];
            for (int b = 0; b < trials; b++) {
                seed[t][b * w.outputs() + layout.output(q)] = 1;
            }
            net.backward(w, seed);
            float[] d = net.deltas();
            for (int v = layout.firstVector(q); v < layout.firstVector(q + 1); v++) {
                int s = layout.stepOfVector(v);
                for (int n = 0; n < neurons; n++) {
                    for (int b = 0; b < trials; b++) {
                        deltas[n * ldd + b * vectors + v] = d[((s - 1) * neurons + n) * trials + b];
                    }
                }
            }
        }
        return new Columns(from, to, deltas, ldd, hidden, ldh);
    }
}
