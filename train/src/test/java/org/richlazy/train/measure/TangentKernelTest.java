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
    }
}
