package org.richlazy.train.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.richlazy.train.Close;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrainException;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Gradients;
import org.richlazy.train.model.ReferenceProduct;
import org.richlazy.train.model.Trajectory;

/**
 * The sparse float32 CTRNN against the dense float64 reference {@link Ctrnn} (itself checked against finite
 * differences in CtrnnTest) on a masked matrix: logits, states and the three gradients agree to float32 tolerance,
 * W_h's gradient on the synapses being the dense gradient's entries there; and the results have the same bits on 1,
 * 2 and 5 threads.
 */
class SparseCtrnnTest {
    private static final int INPUTS = 3;
    private static final int OUTPUTS = 3;
    private static final int STEPS = 6;
    private static final int BATCH = 9;

    @ParameterizedTest
    @CsvSource({"1.0, true, 0.1", "0.4, true, 0.1", "0.7, false, 0.3", "1.0, true, 0.02"})
    void agreesWithDenseFloat64Reference(double alpha, boolean allSteps, double density) {
        RandomGenerator rng = SeededRandom.create(21);
        int n = 53;
        CtrnnWeights w = CtrnnWeights.initialise(masked(n, density, rng), INPUTS, OUTPUTS, rng);
        double[][][] x = inputs(rng);
        int[][] labels = labels(rng);
        Ctrnn reference = new Ctrnn(alpha, new ReferenceProduct());
        Trajectory traj = reference.forward(w, x);
        CrossEntropy.Evaluation eval = CrossEntropy.evaluate(traj, labels, OUTPUTS, allSteps, STEPS - 1);
        Gradients expected = reference.gradients(w, traj, eval.dLogits());

        SynapsePattern pattern = DenseReference.pattern(w.wH(), n);
        SparseCtrnnWeights sw = DenseReference.weights(w, pattern);
        SparseCtrnn net = new SparseCtrnn(alpha, pattern, INPUTS, OUTPUTS, 1);
        double[][] logits = net.forward(sw, x);
        for (int t = 1; t <= STEPS; t++) {
            assertClose(logits[t], traj.logits()[t], "logits at step " + t);
        }
        CtrnnWeights g = net.gradients(sw, eval.dLogits()).toDouble();
        assertClose(g.wIn(), expected.wIn(), "dL/dW_in");
        assertClose(g.wOut(), expected.wOut(), "dL/dW_out");
        double[] onSynapses = expected.wH().clone();
        for (int i = 0; i < onSynapses.length; i++) {
            onSynapses[i] = w.wH()[i] != 0 ? onSynapses[i] : 0;
        }
        assertClose(g.wH(), onSynapses, "dL/dW_h on the synapses");
        assertThat(pattern.synapses()).isBetween((int) (0.5 * density * n * n), (int) (1.5 * density * n * n));
    }

    @Test
    void sameBitsOnAnyNumberOfThreads() {
        RandomGenerator rng = SeededRandom.create(22);
        int n = 211;
        CtrnnWeights w = CtrnnWeights.initialise(masked(n, 0.05, rng), INPUTS, OUTPUTS, rng);
        double[][][] x = inputs(rng);
        int[][] labels = labels(rng);
        SynapsePattern pattern = DenseReference.pattern(w.wH(), n);
        float[][] first = null;
        double[][] firstLogits = null;
        for (int threads : new int[] {1, 2, 5}) {
            SparseCtrnnWeights sw = DenseReference.weights(w, pattern);
            SparseCtrnn net = new SparseCtrnn(0.6, pattern, INPUTS, OUTPUTS, threads);
            double[][] logits = net.forward(sw, x);
            CrossEntropy.Evaluation eval = CrossEntropy.evaluate(logits, BATCH, labels, OUTPUTS, true, STEPS - 1);
            float[][] g = net.gradients(sw, eval.dLogits()).all();
            if (first == null) {
                first = new float[][] {g[0].clone(), g[1].clone(), g[2].clone()};
                firstLogits = logits;
            } else {
                for (int a = 0; a < 3; a++) {
                    assertThat(g[a]).as("gradient %d on %d threads", a, threads).containsExactly(first[a]);
                }
                for (int t = 1; t <= STEPS; t++) {
                    assertThat(logits[t]).containsExactly(firstLogits[t]);
                }
            }
        }
    }

    /**
     * The Vector API kernels and the plain-Java reference give the same bits, with a batch that fills whole vectors
     * (32) and one that leaves a tail (9 and 37).
     */
    @ParameterizedTest
    @CsvSource({"32", "9", "37"})
    void vectorKernelsEqualReferenceBitForBit(int batch) {
        RandomGenerator rng = SeededRandom.create(24);
        int n = 97;
        CtrnnWeights w = CtrnnWeights.initialise(masked(n, 0.08, rng), INPUTS, OUTPUTS, rng);
        double[][][] x = new double[STEPS][batch][INPUTS];
        int[][] labels = new int[STEPS][batch];
        for (int t = 0; t < STEPS; t++) {
            for (int b = 0; b < batch; b++) {
                for (int c = 0; c < INPUTS; c++) {
                    x[t][b][c] = 1 + rng.nextGaussian();
                }
                labels[t][b] = rng.nextInt(OUTPUTS);
            }
        }
        SynapsePattern pattern = DenseReference.pattern(w.wH(), n);
        float[][][] grads = new float[2][][];
        double[][][] logits = new double[2][][];
        SparseKernels[] kernels = {new ReferenceSparseKernels(), new VectorSparseKernels()};
        for (int v = 0; v < 2; v++) {
            SparseCtrnnWeights sw = DenseReference.weights(w, pattern);
            SparseCtrnn net = new SparseCtrnn(0.8, pattern, INPUTS, OUTPUTS, 2, kernels[v]);
            logits[v] = net.forward(sw, x);
            CrossEntropy.Evaluation eval = CrossEntropy.evaluate(logits[v], batch, labels, OUTPUTS, true, STEPS - 1);
            grads[v] = net.gradients(sw, eval.dLogits()).all();
        }
        for (int t = 1; t <= STEPS; t++) {
            assertThat(logits[1][t]).containsExactly(logits[0][t]);
        }
        for (int a = 0; a < 3; a++) {
            assertThat(grads[1][a]).as("gradient %d", a).containsExactly(grads[0][a]);
        }
    }

    @Test
    void refusesBadPatterns() {
        assertThatThrownBy(() -> SynapsePattern.ofRows(3, new int[] {0, 2, 2, 3}, new int[] {1, 1, 0}))
                .isInstanceOf(TrainException.class)
                .hasMessage("synapse pattern: row 0 names presynaptic neuron 1; expected neurons 0..2, strictly "
                        + "ascending within a row");
    }

    @Test
    void columnIndexListsEverySynapseOnce() {
        SynapsePattern p = SynapsePattern.ofRows(3, new int[] {0, 2, 2, 4}, new int[] {0, 2, 1, 2});
        assertThat(p.synapses()).isEqualTo(4);
        // column 0: (0,0); column 1: (2,1); column 2: (0,2), (2,2)
        assertThat(new int[] {p.columnStart(0), p.columnStart(1), p.columnStart(2), p.columnStart(3)})
                .containsExactly(0, 1, 2, 4);
        assertThat(new int[] {p.post(0), p.post(1), p.post(2), p.post(3)}).containsExactly(0, 2, 0, 2);
        assertThat(new int[] {p.rowOrder(0), p.rowOrder(1), p.rowOrder(2), p.rowOrder(3)}).containsExactly(0, 2, 1, 3);
    }

    /** An N x N matrix with each entry kept with probability {@code density}, Gaussian of gain 1.5 on the kept. */
    static double[][] masked(int n, double density, RandomGenerator rng) {
        double[][] w = new double[n][n];
        double sd = 1.5 / Math.sqrt(n * density);
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble() < density ? sd * rng.nextGaussian() : 0;
            }
        }
        return w;
    }

    private static double[][][] inputs(RandomGenerator rng) {
        double[][][] x = new double[STEPS][BATCH][INPUTS];
        for (double[][] step : x) {
            for (double[] trial : step) {
                for (int c = 0; c < INPUTS; c++) {
                    trial[c] = 1 + rng.nextGaussian();
                }
            }
        }
        return x;
    }

    private static int[][] labels(RandomGenerator rng) {
        int[][] labels = new int[STEPS][BATCH];
        for (int[] step : labels) {
            for (int b = 0; b < BATCH; b++) {
                step[b] = rng.nextInt(OUTPUTS);
            }
        }
        return labels;
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        Close.assertClose(actual, expected, 1e-5, what);
    }
}
