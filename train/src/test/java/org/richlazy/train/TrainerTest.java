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
import org.richlazy.transform.spectrum.Spectrum;

class TrainerTest {

    /** A Gaussian init g randn / sqrt(N); its spectrum is not used by training, so NaN fills it. */
    static InitialWeights gaussian(int n, long seed) {
        RandomGenerator rng = SeededRandom.create(seed);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(n);
            }
        }
        double nan = Double.NaN;
        Spectrum spectrum = new Spectrum(new double[0], new double[0], new double[0], nan, nan, nan, nan, nan, nan,
                nan, nan, 0);
        return new InitialWeights("gaussian", m, spectrum, Map.of("kind", "gaussian"), seed);
    }

    static TrainingSpec spec(int iterations, String optimizer, double lr, int checkpoints, int curveEvery,
                             double divergenceLoss) {
        return TrainingSpec.builder().seeds(List.of(1L)).iterations(iterations).batchSize(16)
                .optimizer(org.richlazy.transform.ConfigWord.of(org.richlazy.train.model.OptimizerKind.class, optimizer))
                .learningRate(lr).checkpoints(checkpoints).curveEvery(curveEvery).probeBatches(2)
                .divergenceLoss(divergenceLoss).build();
    }

    @Test
    void sameSeedSameNumbers() {
        InitialWeights init = gaussian(16, 3);
        Task task = TestTasks.CATALOG.task("dms", TrainingSpec.defaults());
        TrainingSpec spec = spec(12, "sgd", 0.01, 5, 4, 1e4);
        RunResult a = Trainer.train(init, task, 7, spec).result();
        RunResult b = Trainer.train(init, task, 7, spec).result();
        RunResult c = Trainer.train(init, task, 8, spec).result();
        assertThat(a.curve()).isEqualTo(b.curve());
        assertThat(a.checkpoints()).isEqualTo(b.checkpoints());
        assertThat(a.curve()).isNotEqualTo(c.curve());
        assertThat(a.status()).isEqualTo(RunResult.Status.OK);
        assertThat(a.divergedAt()).isNull();
        assertThat(a.iterations()).isEqualTo(12);
        assertThat(a.checkpoints()).extracting(RunResult.Checkpoint::iteration).containsExactly(0, 5, 10, 12);
        assertThat(a.curve()).extracting(RunResult.CurvePoint::iteration).containsExactly(4, 8, 12);
        assertThat(a.finalMeasures()).isEqualTo(a.checkpoints().get(3).measures());
        assertThat(a.checkpoints().get(0).measures().weightChange()).isZero();
        assertThat(a.finalMeasures().weightChange()).isPositive();
    }

    @Test
    void trainedRunCarriesBothRecurrentMatrices() {
        InitialWeights init = gaussian(8, 4);
        TrainedRun run = Trainer.train(init, TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                spec(3, "adam", 0.01, 0, 2, 1e4));
        assertThat(run.initialWeights().toDense()).isDeepEqualTo(init.matrix());
        assertThat(run.finalWeights().toDense()).isNotEqualTo(init.matrix());
        assertThat(run.result().curve()).extracting(RunResult.CurvePoint::iteration).containsExactly(2, 3);
        assertThat(run.result().checkpoints()).extracting(RunResult.Checkpoint::iteration).containsExactly(0, 3);
    }

    @Test
    void lossAboveTheBoundStopsTheRunAsDiverged() {
        RunResult r = Trainer.train(gaussian(8, 1), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                spec(50, "sgd", 0.003, 0, 10, 0.01)).result();
        assertThat(r.diverged()).isTrue();
        assertThat(r.divergedAt()).isEqualTo(1);
        assertThat(r.iterations()).isZero();
        assertThat(r.finalMeasures().weightChange()).isZero();
        assertThat(r.checkpoints()).hasSize(1);
    }

    @Test
    void aHugeLearningRateDiverges() {
        RunResult r = Trainer.train(gaussian(8, 1), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                spec(200, "sgd", Optimisation.MAX_LEARNING_RATE, 0, 10, 1e4)).result();
        assertThat(r.diverged()).isTrue();
        assertThat(r.divergedAt()).isBetween(2, 200);
        assertThat(r.iterations()).isLessThan(r.divergedAt());
        RunResult.CurvePoint last = r.curve().get(r.curve().size() - 1);
        assertThat(last.iteration()).isLessThanOrEqualTo(r.divergedAt());
        assertThat(last.loss()).isFinite();
    }

    /** 2AF is learnable: after a few hundred Adam steps the decision-step accuracy is well above chance (1/2). */
    @Test
    void learns2af() {
        RunResult r = Trainer.train(gaussian(32, 5), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 2,
                spec(300, "adam", 0.01, 0, 50, 1e4)).result();
        List<RunResult.CurvePoint> curve = r.curve();
        assertThat(curve.get(curve.size() - 1).accuracy()).isGreaterThan(0.7);
        assertThat(curve.get(curve.size() - 1).loss()).isLessThan(curve.get(0).loss());
    }

    static TrainingSpec withPrecision(TrainingSpec s, String precision) {
        return s.toBuilder().precision(org.richlazy.transform.ConfigWord.of(Precision.class, precision)).build();
    }

    /**
     * The float32 path (default) and the float64 reference train the same run to the same numbers up to
     * float32 rounding: curve and measures after 40 SGD steps at N = 24 agree to 1e-3.
     */
    @Test
    void float32RunMatchesFloat64Run() {
        InitialWeights init = gaussian(24, 6);
        Task task = TestTasks.CATALOG.task("dms", TrainingSpec.defaults());
        TrainingSpec spec = spec(40, "sgd", 0.05, 20, 10, 1e4);
        assertThat(spec.arithmetic().precision()).isEqualTo(Precision.FLOAT32);
        RunResult single = Trainer.train(init, task, 3, spec).result();
        RunResult reference = Trainer.train(init, task, 3, withPrecision(spec, "float64")).result();
        assertThat(single.precision()).isEqualTo(Precision.FLOAT32);
        assertThat(reference.precision()).isEqualTo(Precision.FLOAT64);
        for (int i = 0; i < reference.curve().size(); i++) {
            assertThat(single.curve().get(i).loss()).isCloseTo(reference.curve().get(i).loss(), within(1e-3));
            assertThat(single.curve().get(i).accuracy()).isEqualTo(reference.curve().get(i).accuracy());
        }
        assertThat(reference.finalMeasures().weightChange()).isGreaterThan(1e-2);
        for (int i = 0; i < reference.checkpoints().size(); i++) {
            List<Object> a = MeasureColumns.values(single.checkpoints().get(i).measures());
            List<Object> b = MeasureColumns.values(reference.checkpoints().get(i).measures());
            for (int m = 0; m < a.size(); m++) {
                assertThat((double) a.get(m)).as("measure %d at checkpoint %d", m, i).isCloseTo((double) b.get(m), within(1e-3));
            }
        }
    }

    /** The progress reports add up to the planned iterations, also when the run diverges early. */
    @Test
    void progressReportsAddUpToThePlannedIterations() {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Integer> reports = new java.util.ArrayList<>();
        Trainer.train(gaussian(8, 1), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1, spec(250, "sgd", 0.003, 0, 10,
                1e4), reports::add);
        assertThat(reports).containsExactly(100, 100, 50);
        Trainer.train(gaussian(8, 1), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1, spec(250, "sgd", 0.003, 0, 10,
                0.01), done::addAndGet);
        assertThat(done.get()).isEqualTo(250);
    }

    @Test
    void invalidSpecIsRejected() {
        assertThatThrownBy(() -> Trainer.train(gaussian(4, 1), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                spec(10, "sgd", 0.003, 0, 0, 1e4))).isInstanceOf(TrainException.class)
                .hasMessage("training spec: 'curve-every' = 0; expected at least 1");
        assertThatThrownBy(() -> Trainer.train(gaussian(4, 1), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                spec(10, "lbfgs", 0.003, 0, 1, 1e4))).hasMessageContaining("lbfgs");
    }
}
