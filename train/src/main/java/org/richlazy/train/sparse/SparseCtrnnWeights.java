package org.richlazy.train.sparse;

import java.util.random.RandomGenerator;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The CTRNN parameters in float32 with a sparse recurrent matrix (docs/science.md#connectome-scale): {@code wIn
 * [N x I]} and {@code wOut [O x N]} dense and row-major as in {@link CtrnnWeights}, and W_h's values on its
 * {@link SynapsePattern}, one per synapse in row order. Only those values are parameters: an entry off the pattern
 * is zero and stays zero (the {@code mask} constraint, docs/science.md#training-under-constraints-and-to-a-target). Gradients use the same layout.
 */
public final class SparseCtrnnWeights {
    private final SynapsePattern pattern;
    private final int inputs;
    private final int outputs;
    private final float[] wIn;
    private final float[] wH;
    private final float[] wOut;

    /** Zero weights on {@code pattern} with I inputs and O outputs. */
    public SparseCtrnnWeights(SynapsePattern pattern, int inputs, int outputs) {
        this.pattern = pattern;
        this.inputs = inputs;
        this.outputs = outputs;
        int n = pattern.neurons();
        this.wIn = new float[n * inputs];
        this.wH = new float[pattern.synapses()];
        this.wOut = new float[outputs * n];
    }

    /**
     * The paper's initialisation on the synapses of {@code recurrent} ({@code [post][pre]}, every stored entry a
     * synapse): W_h's values rounded to float32, {@code W_in} and {@code W_out} drawn as for dense weights
     * ({@link CtrnnWeights#inputAndReadout}), so the same seed gives the same weights as the dense float32 path.
     */
    public static SparseCtrnnWeights initialise(SparseMatrix recurrent, int inputs, int outputs, RandomGenerator rng) {
        int n = recurrent.size();
        SynapsePattern pattern = SynapsePattern.ofRows(n, recurrent.rowStarts(), recurrent.columns());
        SparseCtrnnWeights f = new SparseCtrnnWeights(pattern, inputs, outputs);
        double[][] inOut = CtrnnWeights.inputAndReadout(n, inputs, outputs, rng);
        round(inOut[0], f.wIn);
        round(inOut[1], f.wOut);
        for (int k = 0; k < f.wH.length; k++) {
            f.wH[k] = (float) recurrent.value(k);
        }
        return f;
    }

    /** W_h's values widened to float64 on its pattern, {@code [post][pre]}: nothing N x N. */
    public SparseMatrix recurrent() {
        double[] values = new double[wH.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = wH[k];
        }
        int n = pattern.neurons();
        int[] rowStart = new int[n + 1];
        int[] pre = new int[wH.length];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = pattern.rowStart(i + 1);
            for (int k = pattern.rowStart(i); k < pattern.rowStart(i + 1); k++) {
                pre[k] = pattern.pre(k);
            }
        }
        return SparseMatrix.ofRows(n, rowStart, pre, values);
    }

    private static void round(double[] from, float[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    /** These weights widened to float64 with W_h dense, for tests and small N. */
    public CtrnnWeights toDouble() {
        int n = pattern.neurons();
        double[] h = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int k = pattern.rowStart(i); k < pattern.rowStart(i + 1); k++) {
                h[i * n + pattern.pre(k)] = wH[k];
            }
        }
        double[] in = new double[wIn.length];
        double[] out = new double[wOut.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = wIn[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = wOut[i];
        }
        return new CtrnnWeights(n, inputs, outputs, in, h, out);
    }

    /** The three arrays in the order W_in, W_h (one value per synapse), W_out, as the optimisers take them. */
    public float[][] all() {
        return new float[][] {wIn, wH, wOut};
    }

    /** Whether every weight is finite. */
    public boolean isFinite() {
        for (float[] w : all()) {
            for (float v : w) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    public SynapsePattern pattern() {
        return pattern;
    }

    public int neurons() {
        return pattern.neurons();
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public float[] wIn() {
        return wIn;
    }

    /** W_h's values, one per synapse in the pattern's row order. */
    public float[] wH() {
        return wH;
    }

    public float[] wOut() {
        return wOut;
    }
}
