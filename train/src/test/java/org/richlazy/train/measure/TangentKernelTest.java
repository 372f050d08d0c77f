package org.richlazy.train.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Trajectory;

class TangentKernelTest {

    /**
     * The factorised kernel equals the Gram matrix of the explicit per-logit gradients dy_t[b,k]/dW_h,
     * each computed by backpropagating that one logit and materialised as an N^2 vector.
     */
    @ParameterizedTest
    @CsvSource({"1.0, true", "0.4, true", "0.7, false"})
    void factorisedKernelEqualsExplicitJacobianGram(double alpha, boolean allSteps) {
        RandomGenerator rng = SeededRandom.create(5);
        int n = 6;
        int steps = 5;
        int batch = 4;
        int outputs = 3;
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.5 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, 2, outputs, rng);
        double[][][] inputs = new double[steps][batch][2];
        int[][] labels = new int[steps][batch];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                inputs[t][b][0] = 1 + rng.nextGaussian();
                inputs[t][b][1] = rng.nextGaussian();
                labels[t][b] = rng.nextInt(outputs);
            }
        }
        int[] outputSteps = allSteps ? new int[] {1, 2, 3, 4, 5} : new int[] {5};
        Ctrnn net = new Ctrnn(alpha, new AxpyProduct());
        TangentKernel.Result result = TangentKernel.compute(net, w, inputs, labels, outputSteps);

        Trajectory traj = net.forward(w, inputs);
        int rows = outputSteps.length * outputs * batch;
        double[][] jacobian = new double[rows][];
        double[] targets = new double[rows];
        int r = 0;
        for (int t : outputSteps) {
            for (int k = 0; k < outputs; k++) {
                for (int b = 0; b < batch; b++) {
                    double[][] seed = new double[steps + 1][];
                    seed[t] = new double[batch * outputs];
                    seed[t][b * outputs + k] = 1;
                    jacobian[r] = net.gradients(w, traj, seed).wH();
                    targets[r] = labels[t - 1][b] == k ? 1 : 0;
                    r++;
                }
            }
        }
        double scale = 0;
        for (int i = 0; i < rows; i++) {
            scale = Math.max(scale, result.matrix()[i][i]);
        }
        assertThat(scale).isGreaterThan(1e-3);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                double explicit = 0;
                for (int p = 0; p < n * n; p++) {
                    explicit += jacobian[i][p] * jacobian[j][p];
                }
                assertThat(result.matrix()[i][j]).as("K[%d][%d]", i, j).isCloseTo(explicit, within(1e-10 * scale));
            }
        }
        assertThat(result.targets()).containsExactly(targets);

        TangentKernel.Result fast = new FloatTangentKernel(alpha, n, 2, outputs).compute(w, inputs, labels,
                outputSteps);
        assertThat(fast.targets()).containsExactly(targets);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                assertThat(fast.matrix()[i][j]).as("float32 K[%d][%d]", i, j)
                        .isCloseTo(result.matrix()[i][j], within(1e-5 * scale));
            }
        }
    }

    /**
     * At a size where rows span several vectors and the Gram blocks have remainders (N = 45, 7 trials,
     * 8 steps), the float32 kernel agrees with the float64 one to float32 rounding.
     */
    @org.junit.jupiter.api.Test
    void float32KernelMatchesFloat64Kernel() {
        RandomGenerator rng = SeededRandom.create(8);
        int n = 45;
        int steps = 8;
        int batch = 7;
        int outputs = 3;
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, 3, outputs, rng);
        double[][][] inputs = new double[steps][batch][3];
        int[][] labels = new int[steps][batch];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < 3; c++) {
                    inputs[t][b][c] = rng.nextGaussian();
                }
                labels[t][b] = rng.nextInt(outputs);
            }
        }
        int[] outputSteps = {1, 2, 3, 4, 5, 6, 7, 8};
        double[][] expected = TangentKernel.compute(new Ctrnn(1.0, new AxpyProduct()), w, inputs, labels, outputSteps)
                .matrix();
        double[][] actual = new FloatTangentKernel(1.0, n, 3, outputs).compute(w, inputs, labels, outputSteps)
                .matrix();
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, expected[i][i]);
        }
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[i][j]).as("K[%d][%d]", i, j).isCloseTo(expected[i][j], within(1e-5 * scale));
            }
        }
    }
}
