package org.richlazy.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;

class CtrnnTest {

    /** One neuron, one input, one output, a = 0.5: two steps by hand. */
    @Test
    void forwardByHand() {
        CtrnnWeights w = new CtrnnWeights(1, 1, 1, new double[] {2}, new double[] {-0.5}, new double[] {3});
        Trajectory traj = new Ctrnn(0.5, new AxpyProduct()).forward(w, new double[][][] {{{1}}, {{4}}, {{-9}}});
        // h1 = relu(0.5*0 + 0.5*(2*1)) = 1; h2 = relu(0.5*1 + 0.5*(8 - 0.5)) = 4.25; h3 = relu(2.125 + 0.5*(-18 - 2.125)) = 0
        assertThat(traj.hidden()[1][0]).isEqualTo(1.0);
        assertThat(traj.hidden()[2][0]).isEqualTo(4.25);
        assertThat(traj.hidden()[3][0]).isEqualTo(0.0);
        assertThat(traj.logits()[2][0]).isEqualTo(12.75);
    }

    /** W_in ~ U(-1/sqrt(I), 1/sqrt(I)), W_out ~ U(-1/sqrt(N), 1/sqrt(N)) (variance bound^2 / 3), W_h copied. */
    @Test
    void initialisationFollowsPytorchLinear() {
        int n = 400;
        double[][] recurrent = new double[n][n];
        recurrent[3][5] = 0.7;
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, 3, 10, SeededRandom.create(9));
        assertThat(w.wH()[3 * n + 5]).isEqualTo(0.7);
        assertThat(w.recurrentMatrix()).isDeepEqualTo(recurrent);
        checkUniform(w.wIn(), 1 / Math.sqrt(3));
        checkUniform(w.wOut(), 1 / Math.sqrt(n));
        CtrnnWeights again = CtrnnWeights.initialise(recurrent, 3, 10, SeededRandom.create(9));
        assertThat(again.wIn()).containsExactly(w.wIn());
    }

    private static void checkUniform(double[] w, double bound) {
        double sum = 0;
        double sq = 0;
        double max = 0;
        for (double v : w) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(bound);
            sum += v;
            sq += v * v;
            max = Math.max(max, Math.abs(v));
        }
        assertThat(sum / w.length).isCloseTo(0, within(0.06 * bound));
        assertThat(sq / w.length).isCloseTo(bound * bound / 3, within(0.08 * bound * bound / 3));
        assertThat(max).isGreaterThan(0.98 * bound);
    }

    @Test
    void leakOptions() {
        assertThat(Leak.EULER.alpha(100, 100)).isEqualTo(1.0);
        assertThat(Leak.EULER.alpha(20, 100)).isEqualTo(0.2);
        assertThat(Leak.EXPONENTIAL.alpha(100, 100)).isCloseTo(1 - Math.exp(-1), within(1e-16));
    }

    /**
     * dL/dW_in, dL/dW_h and dL/dW_out against central finite differences of the loss, float64, on a
     * small random net, for both leak options and both loss modes.
     */
    @ParameterizedTest
    @CsvSource({"euler, 100, true", "euler, 50, true", "exponential, 100, true", "euler, 100, false",
        "exponential, 30, false"})
    void gradientsMatchFiniteDifferences(String leak, double dt, boolean allSteps) {
        RandomGenerator rng = SeededRandom.create(42);
        int n = 7;
        int in = 3;
        int out = 3;
        int steps = 5;
        int batch = 4;
        double[][] recurrent = new double[n][n];
        for (double[] row : recurrent) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        CtrnnWeights w = CtrnnWeights.initialise(recurrent, in, out, rng);
        double[][][] inputs = new double[steps][batch][in];
        int[][] labels = new int[steps][batch];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < in; c++) {
                    inputs[t][b][c] = 0.5 + rng.nextGaussian();
                }
                labels[t][b] = rng.nextInt(out);
            }
        }
        Ctrnn net = new Ctrnn(org.richlazy.transform.ConfigWord.of(Leak.class, leak).alpha(dt, 100), new ReferenceProduct());
        CrossEntropy.Evaluation eval = CrossEntropy.evaluate(net.forward(w, inputs), labels, out, allSteps, steps - 1);
        Gradients g = net.gradients(w, net.forward(w, inputs), eval.dLogits());
        double h = 1e-6;
        double[][] params = w.all();
        double[][] grads = g.all();
        double maxError = 0;
        for (int p = 0; p < params.length; p++) {
            for (int i = 0; i < params[p].length; i++) {
                double saved = params[p][i];
                params[p][i] = saved + h;
                double plus = CrossEntropy.evaluate(net.forward(w, inputs), labels, out, allSteps, steps - 1).loss();
                params[p][i] = saved - h;
                double minus = CrossEntropy.evaluate(net.forward(w, inputs), labels, out, allSteps, steps - 1).loss();
                params[p][i] = saved;
                double numeric = (plus - minus) / (2 * h);
                maxError = Math.max(maxError, Math.abs(numeric - grads[p][i]));
                assertThat(grads[p][i]).as("param %d entry %d", p, i).isCloseTo(numeric, within(1e-8));
            }
        }
        assertThat(maxError).isLessThan(1e-8);
        assertThat(norm(g.wH())).isGreaterThan(1e-3);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
