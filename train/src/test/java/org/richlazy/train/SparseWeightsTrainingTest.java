package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.task.TestTasks;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.SpecProblem;
import org.richlazy.transform.spectrum.Spectrum;

/**
 * {@code training.weights} (docs/science.md#connectome-scale): a run with sparse weights is the dense run under the
 * {@code mask} constraint, so the same init, task and seed trained dense with {@code 2af+mask} and sparse give the
 * same curve, final measures and weights within 1e-4 relative, both with and without Dale's law on top; the run
 * records the layout it used and the mask it kept; auto is dense at this size; sparse float64 and the linearised
 * model with sparse weights are refused.
 */
class SparseWeightsTrainingTest {

    /** 60 neurons, 48 excitatory then 12 inhibitory columns, a tenth of the entries synapses. */
    static InitialWeights masked() {
        return masked(60, 0.1);
    }

    /** n neurons, the first 4/5 of the columns excitatory, the rest inhibitory, {@code density} of entries synapses. */
    private static InitialWeights masked(int n, double density) {
        RandomGenerator rng = SeededRandom.create(17);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (rng.nextDouble() < density) {
                    m[i][j] = (j < n * 4 / 5 ? 1 : -3) * Math.abs(rng.nextGaussian()) * 1.25
                            / Math.sqrt(n * density);
                }
            }
        }
        double nan = Double.NaN;
        Spectrum spectrum = new Spectrum(new double[0], new double[0], new double[0], nan, nan, nan, nan, nan, nan,
                nan, nan, 0);
        return new InitialWeights("masked", m, spectrum, Map.of("kind", "test"), 17);
    }

    private static TrainedRun run(String task, WeightLayout weights) {
        TrainingSpec spec = TrainingSpec.builder().seeds(List.of(1L)).iterations(100).batchSize(16).probeBatches(2)
                .checkpoints(50).weights(weights).build();
        return Trainer.train(masked(), TestTasks.CATALOG.task(task, spec), 1, spec);
    }

    @Test
    void sparseRunEqualsTheMaskConstrainedDenseRun() {
        for (String constraints : List.of("+mask", "+dale+mask")) {
            TrainedRun dense = run("2af" + constraints, WeightLayout.DENSE);
            TrainedRun sparse = run("2af" + constraints, WeightLayout.SPARSE);
            assertThat(dense.result().weights()).isEqualTo(WeightLayout.DENSE);
            assertThat(sparse.result().weights()).isEqualTo(WeightLayout.SPARSE);
            assertThat(sparse.result().constraints()).isEqualTo(dense.result().constraints()).contains("mask: the ");
            List<RunResult.CurvePoint> a = dense.result().curve();
            List<RunResult.CurvePoint> b = sparse.result().curve();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).loss()).as("curve loss %d", i).isCloseTo(a.get(i).loss(),
                        within(1e-4 * a.get(i).loss()));
                assertThat(b.get(i).accuracy()).isCloseTo(a.get(i).accuracy(), within(1e-9));
            }
            Measures md = dense.result().finalMeasures();
            Measures ms = sparse.result().finalMeasures();
            assertThat(ms.weightChange()).isCloseTo(md.weightChange(), within(1e-4 * md.weightChange()));
            assertThat(ms.kernelAlignment()).isCloseTo(md.kernelAlignment(), within(1e-4));
            assertThat(ms.representationAlignment()).isCloseTo(md.representationAlignment(), within(1e-4));
            PlasticityCost cd = dense.result().plasticity();
            PlasticityCost cs = sparse.result().plasticity();
            assertThat(cs.l1()).isCloseTo(cd.l1(), within(1e-4 * cd.l1()));
            assertThat(cs.pathLength()).isCloseTo(cd.pathLength(), within(1e-4 * cd.pathLength()));
            assertThat(cs.synapsesChanged()).isCloseTo(cd.synapsesChanged(), within(0.01));
            double[][] wd = dense.finalWeights().toDense();
            double[][] ws = sparse.finalWeights().toDense();
            double largest = 0;
            double gap = 0;
            for (int i = 0; i < wd.length; i++) {
                for (int j = 0; j < wd.length; j++) {
                    largest = Math.max(largest, Math.abs(wd[i][j]));
                    gap = Math.max(gap, Math.abs(wd[i][j] - ws[i][j]));
                }
            }
            assertThat(gap / largest).as("final W_h, %s", constraints).isLessThan(1e-4);
        }
    }

    /**
     * A sparse run of 3,000 neurons at 1 % density ends with every measure, exponent, rank and subspace overlap
     * finite, measured on the synapses.
     */
    @Test
    void aSparseRunOfThreeThousandNeuronsHasFiniteMeasures() {
        TrainingSpec spec = TrainingSpec.builder().seeds(List.of(1L)).iterations(3).batchSize(8).probeBatches(2)
                .checkpoints(2).weights(WeightLayout.SPARSE).build();
        TrainedRun run = Trainer.train(masked(3_000, 0.01), TestTasks.CATALOG.task("2af", spec), 1, spec);
        RunResult result = run.result();
        assertThat(result.status()).isEqualTo(RunResult.Status.OK);
        assertThat(result.checkpoints()).hasSize(3);
        Measures m = result.finalMeasures();
        for (double v : new double[] {m.weightChange(), m.representationAlignment(), m.kernelAlignment(),
                m.signSimilarity(), m.kernelTargetAlignment(), m.centeredKernelAlignment(), m.linearCka(),
                m.kernelDistance(), m.kernelVelocity(), result.change().participationRatio(),
                result.change().stableRank(), result.lyapunov().trained().driven().exponent()}) {
            assertThat(v).isFinite();
        }
        assertThat(m.weightChange()).isPositive();
        assertThat(result.change().leftOverlap()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(result.change().rightOverlap()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(result.change().newSynapseShare()).isZero();
    }

    @Test
    void aSparseRunKeepsTheMaskEvenWithoutTheConstraintAsked() {
        TrainedRun sparse = run("2af", WeightLayout.SPARSE);
        double[][] w0 = sparse.initialWeights().toDense();
        double[][] w = sparse.finalWeights().toDense();
        for (int i = 0; i < w0.length; i++) {
            for (int j = 0; j < w0.length; j++) {
                if (w0[i][j] == 0) {
                    assertThat(w[i][j]).isZero();
                }
            }
        }
        assertThat(sparse.result().constraints()).startsWith("mask: the ");
        assertThat(run("2af", WeightLayout.AUTO).result().weights()).as("auto at N 60").isEqualTo(WeightLayout.DENSE);
    }

    @Test
    void autoIsSparseAboveTheThresholdInFloat32Only() {
        assertThat(WeightLayout.AUTO.resolve(4_096, Precision.FLOAT32)).isEqualTo(WeightLayout.DENSE);
        assertThat(WeightLayout.AUTO.resolve(4_097, Precision.FLOAT32)).isEqualTo(WeightLayout.SPARSE);
        assertThat(WeightLayout.AUTO.resolve(4_097, Precision.FLOAT64)).isEqualTo(WeightLayout.DENSE);
        assertThat(WeightLayout.DENSE.resolve(100_000, Precision.FLOAT32)).isEqualTo(WeightLayout.DENSE);
        TrainingSpec linearized = TrainingSpec.builder().linearized(true).build();
        assertThat(linearized.weightLayout(10_000)).isEqualTo(WeightLayout.DENSE);
    }

    @Test
    void sparseFloat64AndSparseLinearizedAreRefused() {
        TrainingSpec float64 = TrainingSpec.builder().weights(WeightLayout.SPARSE).precision(Precision.FLOAT64).build();
        assertThat(float64.problems()).extracting(SpecProblem::key).containsExactly("weights");
        TrainingSpec linear = TrainingSpec.builder().weights(WeightLayout.SPARSE).linearized(true).build();
        assertThat(linear.problems()).extracting(p -> p.message("training." + p.key())).containsExactly(
                "'training.linearized' = true with weights sparse; expected weights dense or auto: the linearised "
                        + "model trains dense weights");
        assertThatThrownBy(() -> RunResult.builder("a", "2af", 1).precision(Precision.FLOAT32)
                .weights(WeightLayout.AUTO).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
