package org.richlazy.train.measure;

import java.util.ArrayList;
import java.util.List;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.MatrixProduct;
import org.richlazy.train.model.Trajectory;

/**
 * The empirical tangent kernel of the logits with respect to the recurrent weights only (SPEC §5):
 * one row per (output step t, output k, trial b), ordered by step, then output, then trial;
 * {@code K[r, r'] = <dy_r/dW_h, dy_r'/dW_h>_F}.
 *
 * <p>Factorisation. Backpropagating the single logit {@code y_t[b,k]} gives pre-activation deltas
 * {@code d_s} (s = 1..t) and {@code dy_t[b,k]/dW_h = a sum_s d_s h_{s-1}[b]^T}. The Frobenius
 * product of two outer products is the product of the dot products, so
 * {@code K[r, r'] = a^2 sum_{s, s'} <d_s, d'_s'> <h_{s-1}[b], h_{s'-1}[b']>}: a Gram matrix of the
 * deltas and one of the hidden states, never the rows x N^2 Jacobian. The s = 1 terms vanish
 * because h_0 = 0 (SPEC §3) and are left out.
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
        int rows = outputSteps.length * outputs * batch;

        // Delta vectors, grouped by row r: rowStart[r] .. rowStart[r+1] index into deltas / hiddenIndex.
        List<double[]> deltaBlocks = new ArrayList<>();
        int[] rowStart = new int[rows + 1];
        List<Integer> hiddenOfVector = new ArrayList<>();
        double[] targets = new double[rows];
        int r = 0;
        for (int t : outputSteps) {
            for (int k = 0; k < outputs; k++) {
                double[][] seed = new double[steps + 1][];
                seed[t] = new double[batch * outputs];
                for (int b = 0; b < batch; b++) {
                    seed[t][b * outputs + k] = 1;
                }
                double[][] du = net.deltas(w, traj, seed, t);
                for (int b = 0; b < batch; b++) {
                    rowStart[r] = hiddenOfVector.size();
                    targets[r] = labels[t - 1][b] == k ? 1 : 0;
                    for (int s = 2; s <= t; s++) {
                        deltaBlocks.add(java.util.Arrays.copyOfRange(du[s], b * n, (b + 1) * n));
                        hiddenOfVector.add((s - 1) * batch + b);
                    }
                    r++;
                }
            }
        }
        rowStart[rows] = hiddenOfVector.size();
        int vectors = hiddenOfVector.size();
        double[] d = new double[vectors * n];
        for (int v = 0; v < vectors; v++) {
            System.arraycopy(deltaBlocks.get(v), 0, d, v * n, n);
        }
        double[] deltaGram = lowerGram(product, d, vectors, n);
        // Hidden states h_1 .. h_{T-1} of every trial, row (s-1)*B + b for s-1 = 1..T-1 (row index 0..B-1 unused).
        double[] hAll = new double[steps * batch * n];
        for (int s = 1; s < steps; s++) {
            System.arraycopy(traj.hidden()[s], 0, hAll, s * batch * n, batch * n);
        }
        double[] hiddenGram = lowerGram(product, hAll, steps * batch, n);
        int hRows = steps * batch;

        double a2 = net.alpha() * net.alpha();
        double[][] kernel = new double[rows][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int v = rowStart[i]; v < rowStart[i + 1]; v++) {
                    int hv = hiddenOfVector.get(v);
                    for (int u = rowStart[j]; u < rowStart[j + 1]; u++) {
                        int hu = hiddenOfVector.get(u);
                        sum += symmetric(deltaGram, vectors, v, u) * symmetric(hiddenGram, hRows, hv, hu);
                    }
                }
                kernel[i][j] = a2 * sum;
                kernel[j][i] = a2 * sum;
            }
        }
        return new Result(kernel, targets);
    }

    private static double symmetric(double[] lowerGram, int size, int i, int j) {
        return i >= j ? lowerGram[i * size + j] : lowerGram[j * size + i];
    }

    /**
     * The lower triangle (and diagonal) of {@code X X^T} for {@code X [rows x n]}, computed in blocks
     * of rows against the transpose; entries above the diagonal are left unspecified.
     */
    static double[] lowerGram(MatrixProduct product, double[] x, int rows, int n) {
        double[] xt = new double[n * rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < n; j++) {
                xt[j * rows + i] = x[i * n + j];
            }
        }
        double[] gram = new double[rows * rows];
        int block = 64;
        for (int start = 0; start < rows; start += block) {
            int end = Math.min(rows, start + block);
            product.multiplyAdd(end - start, n, end, x, start * n, n, xt, 0, rows, gram, start * rows, rows);
        }
        return gram;
    }
}
