package org.richlazy.train.fast;

import org.richlazy.train.model.CtrnnWeights;

/**
 * The CTRNN parameters in float32 for {@link FloatCtrnn}: {@code wIn [N x I]}, {@code wH [N x ld]}
 * ({@code [post][pre]}) and {@code wOut [O x ld]}, flat row-major, the rows of W_h and W_out padded with
 * zeros to the stride {@code ld} (a multiple of {@link #PAD}) so every row is a whole number of vectors.
 * Gradients use the same layout; their padding stays zero, so the optimiser keeps the padding at zero.
 */
public final class FloatCtrnnWeights {
    /** Row strides are multiples of this many floats (512 bits, the widest vector of the Vector API). */
    public static final int PAD = 16;

    private final int neurons;
    private final int inputs;
    private final int outputs;
    private final int stride;
    private final float[] wIn;
    private final float[] wH;
    private final float[] wOut;

    /** Zero weights of the given sizes. */
    public FloatCtrnnWeights(int neurons, int inputs, int outputs) {
        this.neurons = neurons;
        this.inputs = inputs;
        this.outputs = outputs;
        this.stride = paddedStride(neurons);
        this.wIn = new float[neurons * inputs];
        this.wH = new float[neurons * stride];
        this.wOut = new float[outputs * stride];
    }

    /** The smallest multiple of {@link #PAD} that is at least {@code n}. */
    public static int paddedStride(int n) {
        return (n + PAD - 1) / PAD * PAD;
    }

    /** {@code w} rounded to float32. */
    public static FloatCtrnnWeights of(CtrnnWeights w) {
        FloatCtrnnWeights f = new FloatCtrnnWeights(w.neurons(), w.inputs(), w.outputs());
        copy(w.wIn(), w.inputs(), f.wIn, f.inputs, w.neurons());
        copy(w.wH(), w.neurons(), f.wH, f.stride, w.neurons());
        copy(w.wOut(), w.neurons(), f.wOut, f.stride, w.outputs());
        return f;
    }

    /** These weights widened to float64, unpadded. */
    public CtrnnWeights toDouble() {
        double[] in = new double[neurons * inputs];
        double[] h = new double[neurons * neurons];
        double[] out = new double[outputs * neurons];
        widen(wIn, inputs, in, inputs, neurons);
        widen(wH, stride, h, neurons, neurons);
        widen(wOut, stride, out, neurons, outputs);
        return new CtrnnWeights(neurons, inputs, outputs, in, h, out);
    }

    private static void copy(double[] from, int cols, float[] to, int ld, int rows) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                to[i * ld + j] = (float) from[i * cols + j];
            }
        }
    }

    private static void widen(float[] from, int ld, double[] to, int cols, int rows) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                to[i * cols + j] = from[i * ld + j];
            }
        }
    }

    /** The three arrays in the order W_in, W_h, W_out. */
    public float[][] all() {
        return new float[][] {wIn, wH, wOut};
    }

    /** Whether every weight is finite, checked with {@code kernels}. */
    public boolean isFinite(FloatKernels kernels) {
        for (float[] w : all()) {
            if (!kernels.allFinite(w.length, w, 0)) {
                return false;
            }
        }
        return true;
    }

    /** Sets every entry to zero. */
    public void clear() {
        for (float[] w : all()) {
            java.util.Arrays.fill(w, 0f);
        }
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

    /** The row stride of W_h and W_out. */
    public int stride() {
        return stride;
    }

    public float[] wIn() {
        return wIn;
    }

    public float[] wH() {
        return wH;
    }

    public float[] wOut() {
        return wOut;
    }
}
