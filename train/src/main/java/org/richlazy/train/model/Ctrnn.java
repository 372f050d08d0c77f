package org.richlazy.train.model;

import org.richlazy.train.TrainException;
/**
 * The paper's CTRNN (docs/science.md#model-transform---train): {@code h_0 = 0},
 * {@code u_t = (1-a) h_{t-1} + a (W_in x_t + W_h h_{t-1})}, {@code h_t = relu(u_t)},
 * {@code y_t = W_out h_t}, no biases. Batches are rows: {@code H_t [B x N]}, so the forward product is
 * {@code H_{t-1} W_h^T}.
 *
 * <p>Backpropagation through time: with {@code g_t = dL/dy_t}, the pre-activation deltas are
 * {@code du_t = (g_t W_out + c_{t+1}) * 1[u_t > 0]} with the carry
 * {@code c_t = (1-a) du_t + a du_t W_h} ({@code c_{T+1} = 0}), and
 * {@code dL/dW_h = a sum_t du_t^T H_{t-1}}, {@code dL/dW_in = a sum_t du_t^T X_t},
 * {@code dL/dW_out = sum_t g_t^T H_t}. ReLU's derivative at 0 is taken as 0, as PyTorch does;
 * {@code u_t > 0} exactly when {@code h_t > 0}.
 */
public final class Ctrnn {
    private final double alpha;
    private final MatrixProduct product;

    /**
     * @param alpha   the leak a in (0, 1] (see {@link Leak})
     * @param product the dense product used throughout
     */
    public Ctrnn(double alpha, MatrixProduct product) {
        this.alpha = Leak.checked(alpha);
        this.product = product;
    }

    public double alpha() {
        return alpha;
    }

    public MatrixProduct product() {
        return product;
    }

    /** Runs the network over {@code inputs [T][B][I]}. */
    public Trajectory forward(CtrnnWeights w, double[][][] inputs) {
        int steps = inputs.length;
        int batch = inputs[0].length;
        int n = w.neurons();
        int in = w.inputs();
        int out = w.outputs();
        if (inputs[0][0].length != in) {
            throw new TrainException("inputs", inputs[0][0].length + " channels; expected the network's " + in);
        }
        double[] wInT = Matrices.transpose(w.wIn(), n, in);
        double[] wHT = Matrices.transpose(w.wH(), n, n);
        double[] wOutT = Matrices.transpose(w.wOut(), out, n);
        double[][] x = new double[steps + 1][];
        double[][] h = new double[steps + 1][];
        double[][] y = new double[steps + 1][];
        h[0] = new double[batch * n];
        for (int t = 1; t <= steps; t++) {
            x[t] = flatten(inputs[t - 1], in);
            double[] drive = new double[batch * n];
            product.multiplyAdd(batch, in, n, x[t], wInT, drive);
            product.multiplyAdd(batch, n, n, h[t - 1], wHT, drive);
            double[] prev = h[t - 1];
            double[] ht = new double[batch * n];
            for (int i = 0; i < ht.length; i++) {
                double u = (1 - alpha) * prev[i] + alpha * drive[i];
                ht[i] = u > 0 ? u : 0;
            }
            h[t] = ht;
            y[t] = new double[batch * out];
            product.multiplyAdd(batch, n, out, ht, wOutT, y[t]);
        }
        return new Trajectory(batch, x, h, y);
    }

    /**
     * The forward-mode derivative (Jacobian-vector product) of the logits at the weights {@code w} of the forward
     * pass {@code traj} in the direction {@code dw}: {@code dy_t = J(w) dw} for t = 1..T ({@code [B x O]} flat,
     * index 0 null). With {@code D_t = diag(1[u_t > 0])}, {@code dh_0 = 0},
     * {@code dh_t = D_t ((1-a) dh_{t-1} + a (dW_in x_t + dW_h h_{t-1} + W_h dh_{t-1}))} and
     * {@code dy_t = dW_out h_t + W_out dh_t}: the differential of the forward pass, with ReLU's derivative at 0
     * taken as 0 as in {@link #deltas}. Linear in {@code dw}; its transpose is {@link #gradients}.
     */
    public double[][] tangent(CtrnnWeights w, Trajectory traj, CtrnnWeights dw) {
        int steps = traj.steps();
        int batch = traj.batchSize();
        int n = w.neurons();
        int in = w.inputs();
        int out = w.outputs();
        double[] wHT = Matrices.transpose(w.wH(), n, n);
        double[] wOutT = Matrices.transpose(w.wOut(), out, n);
        double[] dInT = Matrices.transpose(dw.wIn(), n, in);
        double[] dHT = Matrices.transpose(dw.wH(), n, n);
        double[] dOutT = Matrices.transpose(dw.wOut(), out, n);
        double[][] dy = new double[steps + 1][];
        double[] dh = new double[batch * n];
        for (int t = 1; t <= steps; t++) {
            double[] z = new double[batch * n];
            product.multiplyAdd(batch, in, n, traj.inputs()[t], dInT, z);
            product.multiplyAdd(batch, n, n, traj.hidden()[t - 1], dHT, z);
            product.multiplyAdd(batch, n, n, dh, wHT, z);
            double[] ht = traj.hidden()[t];
            for (int i = 0; i < z.length; i++) {
                z[i] = ht[i] > 0 ? (1 - alpha) * dh[i] + alpha * z[i] : 0;
            }
            dh = z;
            dy[t] = new double[batch * out];
            product.multiplyAdd(batch, n, out, ht, dOutT, dy[t]);
            product.multiplyAdd(batch, n, out, dh, wOutT, dy[t]);
        }
        return dy;
    }

    /**
     * The pre-activation deltas {@code du_t = dL/du_t} ({@code [B x N]} flat, index t = 1..lastStep;
     * index 0 unused) for output gradients {@code dLogits[t] = dL/dy_t} ({@code [B x O]} flat,
     * t = 1..T, null meaning zero), backpropagated from {@code lastStep} (later output gradients are ignored).
     */
    public double[][] deltas(CtrnnWeights w, Trajectory traj, double[][] dLogits, int lastStep) {
        int batch = traj.batchSize();
        int n = w.neurons();
        int out = w.outputs();
        double[][] du = new double[lastStep + 1][];
        double[] carry = new double[batch * n];
        for (int t = lastStep; t >= 1; t--) {
            double[] d = carry;
            if (dLogits[t] != null) {
                product.multiplyAdd(batch, out, n, dLogits[t], w.wOut(), d);
            }
            double[] ht = traj.hidden()[t];
            for (int i = 0; i < d.length; i++) {
                if (!(ht[i] > 0)) {
                    d[i] = 0;
                }
            }
            du[t] = d;
            if (t > 1) {
                double[] back = new double[batch * n];
                product.multiplyAdd(batch, n, n, d, w.wH(), back);
                for (int i = 0; i < back.length; i++) {
                    back[i] = (1 - alpha) * d[i] + alpha * back[i];
                }
                carry = back;
            }
        }
        return du;
    }

    /** dL/dW_in, dL/dW_h, dL/dW_out for output gradients {@code dLogits[t]} (t = 1..T, null meaning zero). */
    public Gradients gradients(CtrnnWeights w, Trajectory traj, double[][] dLogits) {
        int steps = traj.steps();
        int batch = traj.batchSize();
        int n = w.neurons();
        int in = w.inputs();
        int out = w.outputs();
        double[][] du = deltas(w, traj, dLogits, steps);
        double[] gIn = new double[n * in];
        double[] gH = new double[n * n];
        double[] gOut = new double[out * n];
        for (int t = 1; t <= steps; t++) {
            if (dLogits[t] != null) {
                product.transposeMultiplyAdd(out, batch, n, dLogits[t], traj.hidden()[t], gOut);
            }
            if (t > 1) {
                product.transposeMultiplyAdd(n, batch, n, du[t], traj.hidden()[t - 1], gH);
            }
            product.transposeMultiplyAdd(n, batch, in, du[t], traj.inputs()[t], gIn);
        }
        scale(gH, alpha);
        scale(gIn, alpha);
        return new Gradients(gIn, gH, gOut);
    }

    private static void scale(double[] v, double s) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= s;
        }
    }

    private static double[] flatten(double[][] rows, int cols) {
        double[] flat = new double[rows.length * cols];
        for (int b = 0; b < rows.length; b++) {
            System.arraycopy(rows[b], 0, flat, b * cols, cols);
        }
        return flat;
    }
}
