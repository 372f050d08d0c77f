package org.richlazy.train.measure;

import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.MatrixProduct;
import org.richlazy.train.model.Matrices;
import org.richlazy.train.model.Trajectory;

/**
 * The empirical tangent kernel of the logits with respect to the recurrent weights only
 * (docs/science.md#laziness-measures):
 * one row per (output step t, output k, trial b), ordered by step, then output, then trial;
 * {@code K[r, r'] = <dy_r/dW_h, dy_r'/dW_h>_F}.
 *
 * <p>Factorisation. Backpropagating the single logit {@code y_t[b,k]} gives pre-activation deltas
 * {@code d_s} (s = 1..t) and {@code dy_t[b,k]/dW_h = a sum_s d_s h_{s-1}[b]^T}. The Frobenius
 * product of two outer products is the product of the dot products, so
 * {@code K[r, r'] = a^2 sum_{s, s'} <d_s, d'_s'> <h_{s-1}[b], h_{s'-1}[b']>}: a Gram matrix of the
 * deltas and one of the hidden states, never the rows x N^2 Jacobian. The s = 1 terms vanish
 * because h_0 = 0 (docs/science.md#model-transform---train) and are left out. The Grams are taken one pair of trials
 * (b, b') at a
 * time, so memory stays at the deltas themselves (rows x T x N numbers) whatever the trial count.
 * The work is about (rows x T)^2 N / 2 multiply-adds: about 1.1e9 for the neurogym kernel at N = 300
 * (768 rows, T = 8), but about 4e11 for sMNIST (2000 rows, T = 28), minutes per measure.
 */
public final class TangentKernel {
    private TangentKernel() {
    }

    /**
     * @param matrix  the kernel, rows x rows
     * @param targets one-hot target of each row: 1 where k is the label of trial b at step t
     */
    public record Result(double[][] matrix, double[] targets) {
    }

    /**
     * @param net         the network (leak and product)
     * @param w           its weights
     * @param inputs      {@code [T][B][I]}, the trials of the kernel
     * @param labels      {@code [T][B]}
     * @param outputSteps the 1-based output steps t whose logits are rows (1..T for the neurogym tasks)
     */
    public static Result compute(Ctrnn net, CtrnnWeights w, double[][][] inputs, int[][] labels, int[] outputSteps) {
        MatrixProduct product = net.product();
        int n = w.neurons();
        int outputs = w.outputs();
        Trajectory traj = net.forward(w, inputs);
        int batch = traj.batchSize();
        int steps = traj.steps();
        KernelVectors layout = new KernelVectors(outputSteps, outputs);
        int perTrial = layout.perTrial();
        int rows = perTrial * batch;
        int vectors = layout.vectors();
        double[][] deltas = new double[batch][vectors * n];
        for (int q = 0; q < perTrial; q++) {
            int t = layout.step(q);
            double[][] seed = new double[steps + 1][];
            seed[t] = new double[batch * outputs];
            for (int b = 0; b < batch; b++) {
                seed[t][b * outputs + layout.output(q)] = 1;
            }
            double[][] du = net.deltas(w, traj, seed, t);
            for (int v = layout.firstVector(q); v < layout.firstVector(q + 1); v++) {
                int s = layout.stepOfVector(v);
                for (int b = 0; b < batch; b++) {
                    System.arraycopy(du[s], b * n, deltas[b], v * n, n);
                }
            }
        }
        // Hidden states of one trial, row s - 1 = h_{s-1} for s - 1 = 0..T-1 (row 0 is h_0 = 0).
        double[][] hidden = new double[batch][steps * n];
        for (int s = 1; s < steps; s++) {
            for (int b = 0; b < batch; b++) {
                System.arraycopy(traj.hidden()[s], b * n, hidden[b], s * n, n);
            }
        }
        double[][] deltasT = new double[batch][];
        double[][] hiddenT = new double[batch][];
        for (int b = 0; b < batch; b++) {
            deltasT[b] = Matrices.transpose(deltas[b], vectors, n);
            hiddenT[b] = Matrices.transpose(hidden[b], steps, n);
        }

        double a2 = net.alpha() * net.alpha();
        double[][] kernel = new double[rows][rows];
        double[] deltaGram = new double[vectors * vectors];
        double[] hiddenGram = new double[steps * steps];
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c <= b; c++) {
                java.util.Arrays.fill(deltaGram, 0.0);
                java.util.Arrays.fill(hiddenGram, 0.0);
                product.multiplyAdd(vectors, n, vectors, deltas[b], deltasT[c], deltaGram);
                product.multiplyAdd(steps, n, steps, hidden[b], hiddenT[c], hiddenGram);
                for (int q = 0; q < perTrial; q++) {
                    for (int p = 0; p < perTrial; p++) {
                        double sum = a2 * layout.pairSum(q, p, deltaGram, 0, vectors, hiddenGram, 0, steps);
                        kernel[q * batch + b][p * batch + c] = sum;
                        kernel[p * batch + c][q * batch + b] = sum;
                    }
                }
            }
        }
        return new Result(kernel, layout.targets(labels));
    }
}
