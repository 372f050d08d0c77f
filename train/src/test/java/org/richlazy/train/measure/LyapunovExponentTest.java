package org.richlazy.train.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;

class LyapunovExponentTest {

    /** Every input channel 1 on every step: with positive W_in and W_h every unit stays active (linear regime). */
    private static double[][][] ones(int steps, int streams, int inputs) {
        double[][][] x = new double[steps][streams][inputs];
        for (double[][] step : x) {
            for (double[] row : step) {
                java.util.Arrays.fill(row, 1);
            }
        }
        return x;
    }

    private static CtrnnWeights net(double[] wH, int n, double[] wIn) {
        return new CtrnnWeights(n, wIn.length / n, 1, wIn, wH, new double[n]);
    }

    /**
     * W_h = r s^T with positive r, s has the one nonzero eigenvalue s^T r; (1 - a) I + a W_h then has
     * (1 - a) + a s^T r as its largest, and a network that stays in its linear regime has that log as its
     * exponent, for a contracting (0.8) and an expanding (1.2, a = 1) map.
     */
    @Test
    void aLinearNetworkHasTheLogOfItsSpectralRadius() {
        Random rng = new Random(3);
        int n = 6;
        double[] r = rng.doubles(n, 0.5, 1.5).toArray();
        double[] s = rng.doubles(n, 0.5, 1.5).toArray();
        double sr = 0;
        for (int i = 0; i < n; i++) {
            sr += s[i] * r[i];
        }
        double[] wIn = rng.doubles(n * 2, 0.1, 1).toArray();
        for (double[] c : new double[][] {{0.5, 0.8}, {1.0, 1.2}}) {
            double a = c[0];
            double rho = c[1];
            double scale = (rho - (1 - a)) / (a * sr);
            double[] wH = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    wH[i * n + j] = scale * r[i] * s[j];
                }
            }
            LyapunovExponent.Estimate e = LyapunovExponent.largest(new Ctrnn(a, new AxpyProduct()),
                    net(wH, n, wIn), ones(300, 3, 2), 50);
            assertThat(e.exponent()).as("a %s", a).isCloseTo(Math.log(rho), within(1e-9));
            assertThat(e.silentShare()).isZero();
        }
    }

    /** A dense positive W_h, its spectral radius by power iteration here. */
    @Test
    void aDensePositiveLinearNetworkMatchesPowerIteration() {
        Random rng = new Random(4);
        int n = 10;
        double[] wH = rng.doubles(n * n, 0, 0.2).toArray();
        double a = 0.7;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        double rho = 0;
        for (int k = 0; k < 2000; k++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += ((i == j ? 1 - a : 0) + a * wH[i * n + j]) * v[j];
                }
            }
            rho = Math.sqrt(java.util.Arrays.stream(next).map(x -> x * x).sum());
            for (int i = 0; i < n; i++) {
                v[i] = next[i] / rho;
            }
        }
        LyapunovExponent.Estimate e = LyapunovExponent.largest(new Ctrnn(a, new AxpyProduct()),
                net(wH, n, rng.doubles(n, 0.1, 1).toArray()), ones(400, 2, 1), 100);
        assertThat(e.exponent()).isCloseTo(Math.log(rho), within(1e-6));
    }

    /**
     * Random ReLU networks W_h = g Z / sqrt(N), a = 1: about half the units are active, so a perturbation grows
     * by about g / sqrt 2 per step (mean field); g = 3 expands, g = 0.8 contracts.
     */
    @Test
    void randomReluNetworksFollowTheMeanFieldGrowth() {
        Random rng = new Random(5);
        int n = 300;
        double[] z = new double[n * n];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian() / Math.sqrt(n);
        }
        double[] wIn = rng.doubles(n, -1, 1).toArray();
        for (double g : new double[] {0.8, 3.0}) {
            double[] wH = java.util.Arrays.stream(z).map(x -> g * x).toArray();
            LyapunovExponent.Estimate e = LyapunovExponent.largest(new Ctrnn(1, new AxpyProduct()),
                    net(wH, n, wIn), ones(200, 4, 1), 50);
            assertThat(e.exponent()).as("g %s", g).isCloseTo(Math.log(g / Math.sqrt(2)), within(0.1));
        }
    }

    /** W_h = -0.5 I and no input after the first step: every unit falls silent, perturbations vanish. */
    @Test
    void aSilentNetworkIsCountedNotAveraged() {
        int n = 4;
        double[] wH = new double[n * n];
        for (int i = 0; i < n; i++) {
            wH[i * n + i] = -0.5;
        }
        double[][][] x = ones(20, 2, 1);
        for (int t = 1; t < 20; t++) {
            java.util.Arrays.fill(x[t][0], 0);
            java.util.Arrays.fill(x[t][1], 0);
        }
        LyapunovExponent.Estimate e = LyapunovExponent.largest(new Ctrnn(1, new AxpyProduct()),
                net(wH, n, new double[] {1, 1, 1, 1}), x, 5);
        assertThat(e.silentShare()).isEqualTo(1.0);
        assertThat(e.exponent()).isNaN();
    }

    /** Stream b plays trials b, b + B, ... back to back; the autonomous streams are 0 after the drive. */
    @Test
    void streamsPlayTheProbeTrialsBackToBack() {
        double[][][] trials = new double[2][5][1];
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 5; p++) {
                trials[t][p][0] = 10 * p + t;
            }
        }
        double[][][] driven = LyapunovExponent.drivenStreams(trials, 2, 7);
        double[] stream1 = new double[7];
        for (int t = 0; t < 7; t++) {
            stream1[t] = driven[t][1][0];
        }
        assertThat(stream1).containsExactly(10, 11, 30, 31, 0, 1, 20);
        double[][][] autonomous = LyapunovExponent.autonomousStreams(trials, 2, 7, 3);
        assertThat(autonomous[2][0][0]).isEqualTo(driven[2][0][0]);
        assertThat(autonomous[3][0][0]).isZero();
        assertThat(autonomous[6][1][0]).isZero();
        assertThat(trials[1][4][0]).isEqualTo(41);
    }
}
