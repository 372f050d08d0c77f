package org.richlazy.train.model;

import java.util.random.RandomGenerator;
import org.richlazy.train.TrainException;

/**
 * The trained parameters of the CTRNN (docs/science.md#model-transform---train), flat row-major: {@code wIn [N x I]},
 * {@code wH [N x N]} ({@code [post][pre]}), {@code wOut [O x N]}. The arrays are owned by this
 * object and updated in place by the optimiser.
 */
public final class CtrnnWeights {
    private final int neurons;
    private final int inputs;
    private final int outputs;
    private final double[] wIn;
    private final double[] wH;
    private final double[] wOut;

    public CtrnnWeights(int neurons, int inputs, int outputs, double[] wIn, double[] wH, double[] wOut) {
        if (wIn.length != neurons * inputs || wH.length != neurons * neurons || wOut.length != outputs * neurons) {
            throw new TrainException("weights", "sizes " + wIn.length + ", " + wH.length + ", " + wOut.length
                    + "; expected N*I, N*N, O*N for N=" + neurons + ", I=" + inputs + ", O=" + outputs);
        }
        this.neurons = neurons;
        this.inputs = inputs;
        this.outputs = outputs;
        this.wIn = wIn;
        this.wH = wH;
        this.wOut = wOut;
    }

    /**
     * The paper's initialisation: {@code W_h} copied from {@code recurrent} ({@code [post][pre]}),
     * {@code W_in} then {@code W_out} drawn row by row from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) as
     * PyTorch's {@code nn.Linear} does (fan_in = I for W_in, N for W_out).
     */
    public static CtrnnWeights initialise(double[][] recurrent, int inputs, int outputs, RandomGenerator rng) {
        int n = recurrent.length;
        double[] wH = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (recurrent[i].length != n) {
                throw new TrainException("recurrent matrix", "row " + i + " has " + recurrent[i].length
                        + " entries; expected " + n + " (square N x N)");
            }
            System.arraycopy(recurrent[i], 0, wH, i * n, n);
        }
        double[][] inOut = inputAndReadout(n, inputs, outputs, rng);
        return new CtrnnWeights(n, inputs, outputs, inOut[0], wH, inOut[1]);
    }

    /**
     * {@code W_in [N x I]} then {@code W_out [O x N]}, drawn row by row from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) as
     * PyTorch's {@code nn.Linear} does (fan_in = I for W_in, N for W_out): the draws of {@link #initialise}, which
     * sparse weights share.
     */
    public static double[][] inputAndReadout(int n, int inputs, int outputs, RandomGenerator rng) {
        return new double[][] {uniform(n * inputs, inputs, rng), uniform(outputs * n, n, rng)};
    }

    private static double[] uniform(int size, int fanIn, RandomGenerator rng) {
        double bound = 1 / Math.sqrt(fanIn);
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
            w[i] = rng.nextDouble(-bound, bound);
        }
        return w;
    }

    /** A deep copy. */
    public CtrnnWeights copy() {
        return new CtrnnWeights(neurons, inputs, outputs, wIn.clone(), wH.clone(), wOut.clone());
    }

    /** The three parameter arrays in the order W_in, W_h, W_out (the order of {@link Gradients#all()}). */
    public double[][] all() {
        return new double[][] {wIn, wH, wOut};
    }

    /** Whether every weight is finite. */
    public boolean isFinite() {
        for (double[] w : all()) {
            for (double v : w) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** W_h as a new {@code [post][pre]} matrix. */
    public double[][] recurrentMatrix() {
        double[][] m = new double[neurons][];
        for (int i = 0; i < neurons; i++) {
            m[i] = java.util.Arrays.copyOfRange(wH, i * neurons, (i + 1) * neurons);
        }
        return m;
    }

    public int neurons() {
        return neurons;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public double[] wIn() {
        return wIn;
    }

    public double[] wH() {
        return wH;
    }

    public double[] wOut() {
        return wOut;
    }
}
