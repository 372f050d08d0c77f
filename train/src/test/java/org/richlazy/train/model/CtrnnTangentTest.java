package org.richlazy.train.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.fast.FloatCtrnn;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;

/** The forward-mode derivative of the CTRNN's logits, {@link Ctrnn#tangent} and {@link FloatCtrnn#tangent}. */
class CtrnnTangentTest {
    private static final int N = 9;
    private static final int IN = 3;
    private static final int OUT = 3;
    private static final int STEPS = 6;
    private static final int BATCH = 5;

    /** W0 with an outlier so that some units switch on and off; inputs around 0.5 as the tasks give. */
    private static CtrnnWeights weights(long seed) {
        RandomGenerator rng = SeededRandom.create(seed);
        double[][] recurrent = new double[N][N];
        for (double[] row : recurrent) {
            for (int j = 0; j < N; j++) {
                row[j] = 1.3 * rng.nextGaussian() / Math.sqrt(N);
            }
        }
        return CtrnnWeights.initialise(recurrent, IN, OUT, rng);
    }

    private static CtrnnWeights direction(long seed, boolean readoutOnly) {
        RandomGenerator rng = SeededRandom.create(seed);
        double[] in = new double[N * IN];
        double[] h = new double[N * N];
        double[] out = new double[OUT * N];
        for (double[] a : new double[][] {in, h, out}) {
            if (readoutOnly && a != out) {
                continue;
            }
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextGaussian();
            }
        }
        return new CtrnnWeights(N, IN, OUT, in, h, out);
    }

    private static double[][][] inputs(long seed) {
        RandomGenerator rng = SeededRandom.create(seed);
        double[][][] x = new double[STEPS][BATCH][IN];
        for (double[][] step : x) {
            for (double[] row : step) {
                for (int c = 0; c < IN; c++) {
                    row[c] = 0.5 + 0.3 * rng.nextGaussian();
                }
            }
        }
        return x;
    }

    private static CtrnnWeights plus(CtrnnWeights w, CtrnnWeights d, double eps) {
        double[][] a = w.all();
        double[][] b = d.all();
        double[][] c = new double[3][];
        for (int k = 0; k < 3; k++) {
            c[k] = new double[a[k].length];
            for (int i = 0; i < c[k].length; i++) {
                c[k][i] = a[k][i] + eps * b[k][i];
            }
        }
        return new CtrnnWeights(N, IN, OUT, c[0], c[1], c[2]);
    }

    /** J dw against the central difference (f(w + e dw) - f(w - e dw)) / 2e, both leaks, float64. */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.4})
    void tangentMatchesFiniteDifferences(double alpha) {
        Ctrnn net = new Ctrnn(alpha, new AxpyProduct());
        CtrnnWeights w = weights(1);
        CtrnnWeights dw = direction(2, false);
        double[][][] x = inputs(3);
        double[][] jvp = net.tangent(w, net.forward(w, x), dw);
        double eps = 1e-6;
        double[][] up = net.forward(plus(w, dw, eps), x).logits();
        double[][] down = net.forward(plus(w, dw, -eps), x).logits();
        double max = 0;
        for (int t = 1; t <= STEPS; t++) {
            for (int i = 0; i < jvp[t].length; i++) {
                double fd = (up[t][i] - down[t][i]) / (2 * eps);
                assertThat(jvp[t][i]).as("t=%d i=%d", t, i).isCloseTo(fd, within(1e-6 * (1 + Math.abs(fd))));
                max = Math.max(max, Math.abs(fd));
            }
        }
        assertThat(max).as("the direction moves the logits").isGreaterThan(0.1);
    }

    /** <J dw, g> = <dw, J^T g>: the tangent is the transpose of backpropagation ({@link Ctrnn#gradients}). */
    @Test
    void tangentIsTheTransposeOfTheGradient() {
        Ctrnn net = new Ctrnn(0.7, new AxpyProduct());
        CtrnnWeights w = weights(4);
        CtrnnWeights dw = direction(5, false);
        Trajectory traj = net.forward(w, inputs(6));
        double[][] jvp = net.tangent(w, traj, dw);
        RandomGenerator rng = SeededRandom.create(7);
        double[][] g = new double[STEPS + 1][];
        double left = 0;
        for (int t = 1; t <= STEPS; t++) {
            g[t] = new double[BATCH * OUT];
            for (int i = 0; i < g[t].length; i++) {
                g[t][i] = rng.nextGaussian();
                left += g[t][i] * jvp[t][i];
            }
        }
        double[][] grads = net.gradients(w, traj, g).all();
        double[][] d = dw.all();
        double right = 0;
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < d[k].length; i++) {
                right += d[k][i] * grads[k][i];
            }
        }
        assertThat(left).isCloseTo(right, within(1e-10 * Math.abs(right)));
    }

    /**
     * The logits are linear in W_out, so along a readout-only direction the first-order model equals the network
     * exactly; along a full direction the remainder is quadratic (quartered when the step is halved).
     */
    @Test
    void firstOrderModelIsExactInTheReadoutAndQuadraticallyCloseOtherwise() {
        Ctrnn net = new Ctrnn(1.0, new AxpyProduct());
        CtrnnWeights w = weights(8);
        double[][][] x = inputs(9);
        Trajectory traj = net.forward(w, x);
        CtrnnWeights readout = direction(10, true);
        assertThat(remainder(net, w, traj, readout, x, 0.3)).isLessThan(1e-12);
        CtrnnWeights full = direction(11, false);
        double r1 = remainder(net, w, traj, full, x, 0.02);
        double r2 = remainder(net, w, traj, full, x, 0.01);
        assertThat(r1).isGreaterThan(1e-6);
        assertThat(r1 / r2).isCloseTo(4, within(0.4));
    }

    /** ||f(w + e dw) - f(w) - e J dw|| over all logits. */
    private static double remainder(Ctrnn net, CtrnnWeights w, Trajectory traj, CtrnnWeights dw, double[][][] x,
                                    double eps) {
        double[][] jvp = net.tangent(w, traj, dw);
        double[][] moved = net.forward(plus(w, dw, eps), x).logits();
        double sum = 0;
        for (int t = 1; t <= STEPS; t++) {
            for (int i = 0; i < jvp[t].length; i++) {
                double r = moved[t][i] - traj.logits()[t][i] - eps * jvp[t][i];
                sum += r * r;
            }
        }
        return Math.sqrt(sum);
    }

    /** The float32 tangent (both kernels) agrees with the float64 one to float32 tolerance. */
    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.4})
    void float32TangentAgreesWithFloat64(double alpha) {
        CtrnnWeights w = weights(12);
        CtrnnWeights dw = direction(13, false);
        double[][][] x = inputs(14);
        Ctrnn reference = new Ctrnn(alpha, new AxpyProduct());
        double[][] expected = reference.tangent(w, reference.forward(w, x), dw);
        for (FloatKernels kernels : new FloatKernels[] {FloatKernels.fastest(),
            new org.richlazy.train.fast.ReferenceFloatKernels()}) {
            FloatCtrnn net = new FloatCtrnn(alpha, kernels, N, IN, OUT);
            FloatCtrnnWeights w32 = FloatCtrnnWeights.of(w);
            net.forward(w32, x);
            double[][] got = net.tangent(w32, FloatCtrnnWeights.of(dw));
            for (int t = 1; t <= STEPS; t++) {
                for (int i = 0; i < got[t].length; i++) {
                    assertThat(got[t][i]).isCloseTo(expected[t][i], within(1e-4 * (1 + Math.abs(expected[t][i]))));
                }
            }
        }
    }
}
