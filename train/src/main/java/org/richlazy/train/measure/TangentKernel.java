package org.richlazy.train.measure;

import java.util.ArrayList;
import java.util.List;
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
        int perTrial = outputSteps.length * outputs;
        int rows = perTrial * batch;

        // The delta vectors of one trial, the same layout for every trial: vector v belongs to the
        // trial's row q = (index of t) * outputs + k and to step s = 2..t.
        int[] firstVector = new int[perTrial + 1];
        List<Integer> stepOfVector = new ArrayList<>();
        for (int q = 0; q < perTrial; q++) {
            firstVector[q] = stepOfVector.size();
            for (int s = 2; s <= outputSteps[q / outputs]; s++) {
                stepOfVector.add(s);
            }
        }
        firstVector[perTrial] = stepOfVector.size();
        int vectors = stepOfVector.size();
        double[][] deltas = new double[batch][vectors * n];
        double[] targets = new double[rows];
        for (int ti = 0; ti < outputSteps.length; ti++) {
            int t = outputSteps[ti];
            for (int k = 0; k < outputs; k++) {
                int q = ti * outputs + k;
                double[][] seed = new double[steps + 1][];
                seed[t] = new double[batch * outputs];
                for (int b = 0; b < batch; b++) {
                    seed[t][b * outputs + k] = 1;
                    targets[q * batch + b] = labels[t - 1][b] == k ? 1 : 0;
                }
                double[][] du = net.deltas(w, traj, seed, t);
                for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
                    int s = stepOfVector.get(v);
                    for (int b = 0; b < batch; b++) {
                        System.arraycopy(du[s], b * n, deltas[b], v * n, n);
                    }
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
                        double sum = 0;
                        for (int v = firstVector[q]; v < firstVector[q + 1]; v++) {
                            int hv = (stepOfVector.get(v) - 1) * steps;
                            for (int u = firstVector[p]; u < firstVector[p + 1]; u++) {
                                sum += deltaGram[v * vectors + u] * hiddenGram[hv + stepOfVector.get(u) - 1];
                            }
                        }
                        kernel[q * batch + b][p * batch + c] = a2 * sum;
                        kernel[p * batch + c][q * batch + b] = a2 * sum;
                    }
                }
            }
        }
        return new Result(kernel, targets);
    }
}
