package org.richlazy.train.fast;

import java.util.Arrays;
import org.richlazy.train.TrainException;
import org.richlazy.train.model.Leak;

/**
 * The paper's CTRNN (docs/science.md#model-transform---train) in float32, the same forward pass and backpropagation
 * through time as
 * {@link org.richlazy.train.model.Ctrnn} (see there for the formulas), on {@link FloatCtrnnWeights}.
 * All states live in preallocated workspaces sized for one batch size and trial length (grown when a
 * larger batch comes), so a training step allocates nothing large. Rows of states and deltas are padded
 * to the weights' stride {@code ld} with zeros.
 *
 * <p>Layout: {@code x_t} at {@code (t-1) B I} ({@code [B x I]}), {@code h_t} at {@code t B ld}
 * ({@code h_0 = 0}), {@code dL/dy_t} at {@code (t-1) B O}, the pre-activation deltas
 * {@code du_t} at {@code (t-1) B ld}. Stacking the steps lets each weight gradient be one product:
 * {@code dL/dW_h = a [du_2; ..; du_T]^T [h_1; ..; h_{T-1}]}, {@code dL/dW_in = a [du_t]^T [x_t]},
 * {@code dL/dW_out = [g_t]^T [h_t]}. The large products are in the broadcast form {@code A B} or
 * {@code A^T B} of {@link FloatKernels} (the fastest form of {@link VectorFloatKernels}): the forward
 * pass {@code h_{t-1} W_h^T} reads a transposed copy of W_h made once per pass (and the logits
 * {@code [h_1; ..; h_T] W_out^T}, one product after the last step, one of W_out, its columns padded with zeros
 * to a whole vector), the backward carry {@code du_t W_h} reads W_h itself, and dL/dW_h reads the stacked
 * deltas and states in place. The input drives {@code [x_1; ..; x_T] W_in^T} are one product before the first
 * step. Products that start a sum store into their target instead of adding, so no workspace is cleared per
 * step.
 * One instance serves one thread.
 */
public final class FloatCtrnn {
    private final float alpha;
    private final FloatKernels kernels;
    private final int neurons;
    private final int inputs;
    private final int outputs;
    private final int ld;
    private final FloatCtrnnWeights grads;
    private final float[] wInT;
    private final float[] wHT;
    private int batch;
    private int steps;
    private float[] x = new float[0];
    private float[] h = new float[0];
    private float[] y = new float[0];
    private final float[] wOutT;
    private final int lo;
    private float[] g = new float[0];
    private float[] d = new float[0];
    private float[] carry = new float[0];
    private final float[] gInT;
    private final float[] dInT;
    private final float[] dHT;
    private final float[] dOutT;
    private float[] dh = new float[0];
    private float[] dy = new float[0];

    /**
     * @param alpha   the leak a in (0, 1]
     * @param kernels the float32 kernels used throughout
     * @param neurons N
     * @param inputs  I
     * @param outputs O
     */
    public FloatCtrnn(double alpha, FloatKernels kernels, int neurons, int inputs, int outputs) {
        this.alpha = (float) Leak.checked(alpha);
        this.kernels = kernels;
        this.neurons = neurons;
        this.inputs = inputs;
        this.outputs = outputs;
        this.grads = new FloatCtrnnWeights(neurons, inputs, outputs);
        this.ld = grads.stride();
        this.wInT = new float[inputs * ld];
        this.wHT = new float[neurons * ld];
        this.gInT = new float[inputs * ld];
        this.lo = FloatCtrnnWeights.paddedStride(outputs);
        this.wOutT = new float[neurons * lo];
        this.dInT = new float[inputs * ld];
        this.dHT = new float[neurons * ld];
        this.dOutT = new float[neurons * lo];
    }

    /** The gradients of the last {@link #gradients} call, laid out like the weights. */
    public FloatCtrnnWeights lastGradients() {
        return grads;
    }

    /** {@code h_t} of the last forward pass as a new {@code [B x N]} float64 array (t = 0..T). */
    public double[] hidden(int t) {
        double[] out = new double[batch * neurons];
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < neurons; j++) {
                out[b * neurons + j] = h[(t * batch + b) * ld + j];
            }
        }
        return out;
    }

    /**
     * Runs the network over {@code inputs [T][B][I]} and returns the logits {@code y_t} ({@code [B x O]}
     * flat, t = 1..T, index 0 null) widened to float64.
     */
    public double[][] forward(FloatCtrnnWeights w, double[][][] inputs) {
        check(w);
        if (inputs[0][0].length != this.inputs) {
            throw new TrainException("inputs", inputs[0][0].length + " channels; expected the network's "
                    + this.inputs);
        }
        ensure(inputs[0].length, inputs.length);
        int bn = batch * ld;
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                double[] row = inputs[t][b];
                int o = (t * batch + b) * this.inputs;
                for (int c = 0; c < this.inputs; c++) {
                    x[o + c] = (float) row[c];
                }
            }
        }
        kernels.transpose(neurons, this.inputs, w.wIn(), 0, this.inputs, wInT, 0, ld);
        kernels.transpose(neurons, neurons, w.wH(), 0, ld, wHT, 0, ld);
        kernels.transpose(outputs, neurons, w.wOut(), 0, ld, wOutT, 0, lo);
        Arrays.fill(h, 0, bn, 0f);
        kernels.multiply(steps * batch, this.inputs, ld, x, 0, this.inputs, wInT, 0, ld, h, bn, ld);
        for (int t = 1; t <= steps; t++) {
            int ht = t * bn;
            if (t > 1) {
                kernels.multiplyAdd(batch, neurons, ld, h, ht - bn, ld, wHT, 0, ld, h, ht, ld);
            }
            kernels.leakyRelu(bn, alpha, h, ht - bn, ht);
        }
        kernels.multiply(steps * batch, neurons, lo, h, bn, ld, wOutT, 0, lo, y, 0, lo);
        return widen(y);
    }

    /**
     * The Jacobian-vector product of the logits at the weights {@code w} of the last forward pass (which must have
     * run on {@code w}) in the direction {@code dw}, as {@link org.richlazy.train.model.Ctrnn#tangent}:
     * {@code dh_t = D_t ((1-a) dh_{t-1} + a (dW_in x_t + dW_h h_{t-1} + W_h dh_{t-1}))},
     * {@code dy_t = dW_out h_t + W_out dh_t}, {@code D_t = diag(1[h_t > 0])}. The drive of {@code dW_in} and
     * {@code dW_h} is one product over the stacked steps each (the states are known); {@code W_h dh_{t-1}} is one
     * product per step. Returns {@code dy_t} ({@code [B x O]} flat, t = 1..T, index 0 null) widened to float64.
     */
    public double[][] tangent(FloatCtrnnWeights w, FloatCtrnnWeights dw) {
        check(w);
        check(dw);
        int bn = batch * ld;
        if (dh.length < h.length) {
            dh = new float[h.length];
        }
        if (dy.length < y.length) {
            dy = new float[y.length];
        }
        kernels.transpose(neurons, inputs, dw.wIn(), 0, inputs, dInT, 0, ld);
        kernels.transpose(neurons, neurons, dw.wH(), 0, ld, dHT, 0, ld);
        kernels.transpose(outputs, neurons, dw.wOut(), 0, ld, dOutT, 0, lo);
        Arrays.fill(dh, 0, bn, 0f);
        kernels.multiply(steps * batch, inputs, ld, x, 0, inputs, dInT, 0, ld, dh, bn, ld);
        kernels.multiplyAdd(steps * batch, neurons, ld, h, 0, ld, dHT, 0, ld, dh, bn, ld);
        float keep = 1 - alpha;
        for (int t = 1; t <= steps; t++) {
            int ht = t * bn;
            if (t > 1) {
                kernels.multiplyAdd(batch, neurons, ld, dh, ht - bn, ld, wHT, 0, ld, dh, ht, ld);
            }
            for (int i = 0; i < bn; i++) {
                dh[ht + i] = h[ht + i] > 0 ? keep * dh[ht - bn + i] + alpha * dh[ht + i] : 0f;
            }
        }
        kernels.multiply(steps * batch, neurons, lo, dh, bn, ld, wOutT, 0, lo, dy, 0, lo);
        kernels.multiplyAdd(steps * batch, neurons, lo, h, bn, ld, dOutT, 0, lo, dy, 0, lo);
        return widen(dy);
    }

    /** The stacked logits {@code [T B x lo]} as {@code y_t} ({@code [B x O]} flat, t = 1..T, index 0 null). */
    private double[][] widen(float[] stacked) {
        double[][] logits = new double[steps + 1][];
        for (int t = 1; t <= steps; t++) {
            double[] yt = new double[batch * outputs];
            for (int b = 0; b < batch; b++) {
                for (int k = 0; k < outputs; k++) {
                    yt[b * outputs + k] = stacked[((t - 1) * batch + b) * lo + k];
                }
            }
            logits[t] = yt;
        }
        return logits;
    }

    /**
     * The gradients dL/dW_in, dL/dW_h, dL/dW_out, into {@link #lastGradients()}, for the last forward pass
     * and output gradients {@code dLogits[t] = dL/dy_t} ({@code [B x O]} flat, t = 1..T, null meaning zero).
     */
    public FloatCtrnnWeights gradients(FloatCtrnnWeights w, double[][] dLogits) {
        check(w);
        int bo = batch * outputs;
        for (int t = 1; t <= steps; t++) {
            double[] gt = dLogits[t];
            for (int i = 0; i < bo; i++) {
                g[(t - 1) * bo + i] = gt == null ? 0f : (float) gt[i];
            }
        }
        backpropagate(w, steps);
        int bn = batch * ld;
        kernels.transposeMultiply(neurons, (steps - 1) * batch, ld, d, bn, ld, h, bn, ld, grads.wH(), 0, ld);
        kernels.transposeMultiply(inputs, steps * batch, ld, x, 0, inputs, d, 0, ld, gInT, 0, ld);
        kernels.transposeMultiply(outputs, steps * batch, ld, g, 0, outputs, h, bn, ld, grads.wOut(), 0, ld);
        if (alpha != 1) { // scaling by 1 changes no bit
            float[] gH = grads.wH();
            for (int i = 0; i < gH.length; i++) {
                gH[i] *= alpha;
            }
        }
        float[] gIn = grads.wIn();
        for (int i = 0; i < neurons; i++) {
            for (int c = 0; c < inputs; c++) {
                gIn[i * inputs + c] = alpha * gInT[c * ld + i];
            }
        }
        return grads;
    }

    /**
     * For the last forward pass, the pre-activation deltas {@code du_s} (s = 1..t) of logit k at step t of
     * every trial, i.e. backpropagated from {@code dL/dy_t[b,k] = 1} for every b (trials do not interact).
     * Returns the workspace: {@code du_s} of trial b at {@code ((s-1) B + b) ld}, valid until the next call.
     */
    public float[] deltasOfLogit(FloatCtrnnWeights w, int t, int k) {
        check(w);
        if (t < 1 || t > steps || k < 0 || k >= outputs) {
            throw new IllegalArgumentException("logit (t=" + t + ", k=" + k + ") outside t = 1.." + steps + ", k = 0.."
                    + (outputs - 1));
        }
        int bo = batch * outputs;
        Arrays.fill(g, 0, steps * bo, 0f);
        for (int b = 0; b < batch; b++) {
            g[(t - 1) * bo + b * outputs + k] = 1f;
        }
        backpropagate(w, t);
        return d;
    }

    /**
     * The hidden states of the last forward pass, {@code h_t} of trial b at {@code (t B + b) ld} (t = 0..T);
     * the workspace itself, valid until the next forward pass.
     */
    public float[] states() {
        return h;
    }

    /** The row stride of states and deltas. */
    public int stride() {
        return ld;
    }

    /** The deltas {@code du_t} (t = lastStep..1) from the output gradients in {@code g}. */
    private void backpropagate(FloatCtrnnWeights w, int lastStep) {
        int bn = batch * ld;
        Arrays.fill(carry, 0, bn, 0f);
        for (int t = lastStep; t >= 1; t--) {
            int dt = (t - 1) * bn;
            int ht = t * bn;
            System.arraycopy(carry, 0, d, dt, bn);
            kernels.multiplyAdd(batch, outputs, ld, g, (t - 1) * batch * outputs, outputs, w.wOut(), 0, ld, d, dt, ld);
            kernels.maskInactive(bn, d, dt, h, ht);
            if (t > 1) {
                kernels.multiply(batch, neurons, ld, d, dt, ld, w.wH(), 0, ld, carry, 0, ld);
                kernels.leakCarry(bn, alpha, d, dt, carry);
            }
        }
    }

    private void check(FloatCtrnnWeights w) {
        if (w.neurons() != neurons || w.inputs() != inputs || w.outputs() != outputs) {
            throw new TrainException("weights", "N=" + w.neurons() + ", I=" + w.inputs() + ", O=" + w.outputs()
                    + "; expected the network's N=" + neurons + ", I=" + inputs + ", O=" + outputs);
        }
    }

    private void ensure(int batchSize, int trialSteps) {
        batch = batchSize;
        steps = trialSteps;
        int bn = batch * ld;
        if (h.length < (steps + 1) * bn) {
            h = new float[(steps + 1) * bn];
            d = new float[steps * bn];
            carry = new float[bn];
        }
        if (x.length < steps * batch * inputs) {
            x = new float[steps * batch * inputs];
        }
        if (y.length < steps * batch * lo) {
            y = new float[steps * batch * lo];
        }
        if (g.length < steps * batch * outputs) {
            g = new float[steps * batch * outputs];
        }
    }
}
