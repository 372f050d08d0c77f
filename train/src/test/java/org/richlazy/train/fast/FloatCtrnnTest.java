package org.richlazy.train.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.richlazy.train.Close;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Gradients;
import org.richlazy.train.model.ReferenceProduct;
import org.richlazy.train.model.Trajectory;

/**
 * The float32 CTRNN against the float64 reference {@link Ctrnn} (itself checked against finite differences
 * in CtrnnTest): logits and all three gradients agree to float32 tolerance, for both float kernels,
 * both leak values, both loss modes, and a size whose rows are not a whole number of vectors.
 */
class FloatCtrnnTest {

    @ParameterizedTest
    @CsvSource({"1.0, true, true", "0.4, true, true", "1.0, false, true", "1.0, true, false", "0.7, false, false"})
    void agreesWithFloat64Reference(double alpha, boolean allSteps, boolean vector) {
        RandomGenerator rng = SeededRandom.create(11);
        int n = 37;
        int inputs = 3;
        int outputs = 3;
        int steps = 6;
        int batch = 9;
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.5 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, inputs, outputs, rng);
        double[][][] x = new double[steps][batch][inputs];
        int[][] labels = new int[steps][batch];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < inputs; c++) {
                    x[t][b][c] = 1 + rng.nextGaussian();
                }
                labels[t][b] = rng.nextInt(outputs);
            }
        }
        Ctrnn reference = new Ctrnn(alpha, new ReferenceProduct());
        Trajectory traj = reference.forward(w, x);
        CrossEntropy.Evaluation eval = CrossEntropy.evaluate(traj, labels, outputs, allSteps, steps - 1);
        Gradients expected = reference.gradients(w, traj, eval.dLogits());

        FloatCtrnn net = new FloatCtrnn(alpha, vector ? new VectorFloatKernels() : new ReferenceFloatKernels(), n,
                inputs, outputs);
        FloatCtrnnWeights fw = FloatCtrnnWeights.of(w);
        double[][] logits = net.forward(fw, x);
        for (int t = 1; t <= steps; t++) {
            assertClose(logits[t], traj.logits()[t], "logits at step " + t);
            assertClose(net.hidden(t), traj.hidden()[t], "hidden state at step " + t);
        }
        CtrnnWeights g = net.gradients(fw, eval.dLogits()).toDouble();
        assertClose(g.wIn(), expected.wIn(), "dL/dW_in");
        assertClose(g.wH(), expected.wH(), "dL/dW_h");
        assertClose(g.wOut(), expected.wOut(), "dL/dW_out");
        assertThat(fw.toDouble().wH()[5]).isCloseTo(w.wH()[5], within(1e-7));
    }

    /**
     * The Vector API kernels and the plain-Java reference kernels give the same bits for logits, states and
     * all three gradients (same operations in the same order), at a size with a vector tail and at the
     * paper's size, so a float32 run's numbers do not depend on whether the Vector API was present.
     */
    @ParameterizedTest
    @CsvSource({"37, 1.0", "300, 1.0", "45, 0.3"})
    void vectorKernelsEqualReferenceBitForBit(int n, double alpha) {
        RandomGenerator rng = SeededRandom.create(12);
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        int inputs = 7;
        int outputs = 3;
        int steps = 8;
        int batch = 32;
        FloatCtrnnWeights fw = FloatCtrnnWeights.of(CtrnnWeights.initialise(recurrent, inputs, outputs, rng));
        double[][][] x = new double[steps][batch][inputs];
        double[][] dLogits = new double[steps + 1][];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < inputs; c++) {
                    x[t][b][c] = rng.nextGaussian();
                }
            }
            dLogits[t + 1] = new double[batch * outputs];
            for (int i = 0; i < batch * outputs; i++) {
                dLogits[t + 1][i] = rng.nextGaussian() / batch;
            }
        }
        FloatCtrnn vector = new FloatCtrnn(alpha, new VectorFloatKernels(), n, inputs, outputs);
        FloatCtrnn reference = new FloatCtrnn(alpha, new ReferenceFloatKernels(), n, inputs, outputs);
        double[][] yv = vector.forward(fw, x);
        double[][] yr = reference.forward(fw, x);
        for (int t = 1; t <= steps; t++) {
            assertThat(yv[t]).as("logits at step %d", t).containsExactly(yr[t]);
            assertThat(vector.hidden(t)).as("states at step %d", t).containsExactly(reference.hidden(t));
        }
        float[][] gv = vector.gradients(fw, dLogits).all();
        float[][] gr = reference.gradients(fw, dLogits).all();
        for (int i = 0; i < gv.length; i++) {
            assertThat(gv[i]).as("gradient %d", i).containsExactly(gr[i]);
        }
    }

    /** Entry-wise within 1e-4 of the largest magnitude: float32 rounding over sums of a few hundred terms. */
    private static void assertClose(double[] actual, double[] expected, String what) {
        Close.assertClose(actual, expected, 1e-4, what);
    }
}
