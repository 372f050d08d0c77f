package org.richlazy.train.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.Measures;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.UnitActivity;
import org.richlazy.train.measure.LazinessMeter;
import org.richlazy.train.measure.LyapunovExponent;
import org.richlazy.train.measure.TangentKernel;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * The sparse meter against {@link LazinessMeter} (float64) on the same weights made dense, on masked networks: every
 * measure at iteration 0 and at two later weights (so the kernel path has two steps), the Lyapunov exponents, the
 * unit activity and the change structure agree within {@link #TOLERANCE} (relative, absolute below 1); the tangent
 * kernel cut into blocks of one trial equals the one-block kernel, on every step's logits and on the last step's.
 */
class SparseLazinessMeterTest {
    /** Float32 rounding of states, deltas and Grams against the float64 reference. */
    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest
    @CsvSource({"1.0, 150, 0.1", "0.5, 300, 0.03", "0.7, 120, 0.2"})
    void equalsTheDenseMeterOnTheSameWeights(double alpha, int n, double density) {
        RandomGenerator rng = SeededRandom.create(31);
        Task task = new PerceptualDecisionMaking();
        CtrnnWeights init = CtrnnWeights.initialise(SparseCtrnnTest.masked(n, density, rng), task.inputSize(),
                task.outputSize(), rng);
        SynapsePattern pattern = DenseReference.pattern(init.wH(), n);
        List<TrialBatch> probe = List.of(task.sample(12, rng), task.sample(12, rng));
        SparseCtrnnWeights w0 = DenseReference.weights(init, pattern);
        SparseCtrnnWeights w1 = moved(w0, 0.05, rng);
        SparseCtrnnWeights w2 = moved(w1, 0.3, rng);

        LazinessMeter dense = new LazinessMeter(new Ctrnn(alpha, new AxpyProduct()), w0.toDouble(), task, probe);
        SparseLazinessMeter sparse = new SparseLazinessMeter(new SparseCtrnn(alpha, pattern, task.inputSize(),
                task.outputSize(), 2), alpha, w0, task, probe);
        assertSame(sparse.measureInitial(), dense.measureInitial(), "iteration 0");
        assertSame(sparse.measure(w1), dense.measure(w1.toDouble()), "first move");
        assertSame(sparse.measure(w2), dense.measure(w2.toDouble()), "second move");
        assertSame(sparse.lyapunov(w2), dense.lyapunov(w2.toDouble()));
        assertSame(sparse.lyapunov(w0), dense.lyapunov(w0.toDouble()));
        assertSame(sparse.activity(), dense.activity());

        ChangeStructure expected = ChangeStructure.of(w0.toDouble().recurrentMatrix(), w2.toDouble().recurrentMatrix());
        ChangeStructure actual = sparse.change(w2);
        assertThat(expected.signFlips()).isPositive();
        assertThat(actual.signFlips()).isEqualTo(expected.signFlips());
        assertClose(actual.participationRatio(), expected.participationRatio(), "participation ratio");
        assertClose(actual.stableRank(), expected.stableRank(), "stable rank");
        assertThat(actual.newSynapseShare()).isZero();
        assertThat(expected.newSynapseShare()).isZero();
        for (int k = 0; k < ChangeStructure.KS.length; k++) {
            assertClose(actual.leftOverlap().get(k), expected.leftOverlap().get(k), "output overlap k" + k);
            assertClose(actual.rightOverlap().get(k), expected.rightOverlap().get(k), "input overlap k" + k);
        }
    }

    @ParameterizedTest
    @CsvSource({"1.0, true", "0.6, true", "0.6, false"})
    void aKernelInBlocksOfOneTrialEqualsTheOneBlockKernel(double alpha, boolean allSteps) {
        RandomGenerator rng = SeededRandom.create(32);
        Task task = new PerceptualDecisionMaking();
        int n = 90;
        CtrnnWeights init = CtrnnWeights.initialise(SparseCtrnnTest.masked(n, 0.1, rng), 3, 3, rng);
        SynapsePattern pattern = DenseReference.pattern(init.wH(), n);
        SparseCtrnnWeights w = DenseReference.weights(init, pattern);
        TrialBatch batch = task.sample(7, rng);
        int[] steps = allSteps ? java.util.stream.IntStream.rangeClosed(1, batch.steps()).toArray()
                : new int[] {batch.steps()};
        SparseCtrnn net = new SparseCtrnn(alpha, pattern, 3, 3, 1);
        TangentKernel.Result whole = new SparseTangentKernel(net, alpha).compute(w, batch.inputs(), batch.labels(),
                steps);
        TangentKernel.Result blocks = new SparseTangentKernel(net, alpha, 1).compute(w, batch.inputs(),
                batch.labels(), steps);
        TangentKernel.Result reference = TangentKernel.compute(new Ctrnn(alpha, new AxpyProduct()), w.toDouble(),
                batch.inputs(), batch.labels(), steps);
        assertThat(blocks.targets()).containsExactly(whole.targets()).containsExactly(reference.targets());
        double scale = 0;
        for (double[] row : reference.matrix()) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int r = 0; r < whole.matrix().length; r++) {
            assertThat(blocks.matrix()[r]).containsExactly(whole.matrix()[r]);
            for (int c = 0; c < whole.matrix().length; c++) {
                assertThat(whole.matrix()[r][c]).as("K[%d][%d]", r, c).isCloseTo(reference.matrix()[r][c],
                        within(TOLERANCE * scale));
            }
        }
    }

    /** {@code w} with every weight moved by {@code step} times a Gaussian of its layer's scale. */
    private static SparseCtrnnWeights moved(SparseCtrnnWeights w, double step, RandomGenerator rng) {
        SparseCtrnnWeights next = new SparseCtrnnWeights(w.pattern(), w.inputs(), w.outputs());
        for (int a = 0; a < 3; a++) {
            float[] from = w.all()[a];
            float[] to = next.all()[a];
            double scale = 0;
            for (float v : from) {
                scale += v * v;
            }
            scale = Math.sqrt(scale / from.length);
            for (int k = 0; k < from.length; k++) {
                to[k] = (float) (from[k] + step * scale * rng.nextGaussian());
            }
        }
        return next;
    }

    private static void assertSame(Measures actual, Measures expected, String when) {
        assertClose(actual.weightChange(), expected.weightChange(), when + ": weight change");
        assertClose(actual.relativeWeightChange(), expected.relativeWeightChange(), when + ": relative change");
        assertClose(actual.representationAlignment(), expected.representationAlignment(), when + ": RA");
        assertClose(actual.kernelAlignment(), expected.kernelAlignment(), when + ": KA");
        assertClose(actual.signSimilarity(), expected.signSimilarity(), when + ": sign similarity");
        assertClose(actual.kernelTargetAlignment(), expected.kernelTargetAlignment(), when + ": KTA");
        assertClose(actual.centeredKernelAlignment(), expected.centeredKernelAlignment(), when + ": centred KA");
        assertClose(actual.centeredRepresentationAlignment(), expected.centeredRepresentationAlignment(),
                when + ": centred RA");
        assertClose(actual.linearCka(), expected.linearCka(), when + ": CKA");
        assertClose(actual.kernelTargetAlignmentStandard(), expected.kernelTargetAlignmentStandard(),
                when + ": standard KTA");
        assertClose(actual.kernelDistance(), expected.kernelDistance(), when + ": kernel distance");
        assertClose(actual.kernelVelocity(), expected.kernelVelocity(), when + ": kernel velocity");
    }

    private static void assertSame(LyapunovExponent.Dynamics actual, LyapunovExponent.Dynamics expected) {
        assertClose(actual.driven().exponent(), expected.driven().exponent(), "driven exponent");
        assertClose(actual.autonomous().exponent(), expected.autonomous().exponent(), "autonomous exponent");
        assertThat(actual.driven().silentShare()).isEqualTo(expected.driven().silentShare());
        assertThat(actual.autonomous().silentShare()).isEqualTo(expected.autonomous().silentShare());
    }

    private static void assertSame(UnitActivity actual, UnitActivity expected) {
        assertThat(actual.decisionStep()).isEqualTo(expected.decisionStep());
        for (UnitActivity.Steps[] pair : new UnitActivity.Steps[][] {{actual.initial(), expected.initial()},
                {actual.trained(), expected.trained()}}) {
            assertThat(pair[0].activeUnits()).isEqualTo(pair[1].activeUnits());
            assertThat(pair[0].activeTrials()).isEqualTo(pair[1].activeTrials());
        }
    }

    private static void assertClose(double actual, double expected, String what) {
        double gap = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
        assertThat(gap).as("%s: %s against %s", what, actual, expected).isLessThanOrEqualTo(TOLERANCE);
    }
}
