package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.measure.LossHessian;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.task.TestTasks;

class FlatnessTest {

    private static TrainingSpec spec(String precision) {
        return TrainerTest.withPrecision(TrainerTest.spec(60, "adam", 0.01, 0, 10, 1e4), precision);
    }

    @Test
    void aRunEndsWithItsSharpnessTraceDimensionAndGap() {
        Task task = TestTasks.CATALOG.task("2af", TrainingSpec.defaults());
        TrainedRun run = Trainer.train(TrainerTest.gaussian(16, 5), task, 3, spec("float64"));
        Flatness f = run.result().flatness();
        assertThat(f.notComputed()).isNull();
        assertThat(f.sharpness()).isPositive().isFinite();
        assertThat(f.hessianTraceError()).isPositive();
        assertThat(f.hessianTrace()).isFinite();
        assertThat(f.representationDimension()).isBetween(1.0, 16.0);
        assertThat(f.generalizationGap()).isCloseTo(f.freshLoss() - f.trainingLoss(), within(1e-15));
        assertThat(f.freshTrials()).isEqualTo("2 fresh batches of 16 trials");

        // the same top eigenvalue from the run's final weights and its first two probe batches, drawn again
        RandomGenerator.SplittableGenerator root = SeededRandom.create(3);
        RandomGenerator initRng = root.split();
        RandomGenerator probeRng = root.split();
        List<TrialBatch> probe = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            probe.add(task.sample(16, probeRng));
        }
        CtrnnWeights start = CtrnnWeights.initialise(TrainerTest.gaussian(16, 5).matrix(), task.inputSize(),
                task.outputSize(), initRng);
        LossHessian atEnd = new LossHessian(new Ctrnn(1.0, new AxpyProduct()), finalWeights(run, start), probe,
                task.outputSize(), true, null);
        double top = atEnd.sharpness(SeededRandom.create(1), 60, 1e-9, Long.MAX_VALUE).value();
        assertThat(f.sharpness()).isCloseTo(top, within(2e-3 * top));
    }

    /** W_in and W_out are not in the run's files, so the test retrains the float64 path to read them. */
    private static CtrnnWeights finalWeights(TrainedRun run, CtrnnWeights start) {
        Task task = TestTasks.CATALOG.task("2af", TrainingSpec.defaults());
        RandomGenerator.SplittableGenerator root = SeededRandom.create(3);
        root.split();
        root.split();
        RandomGenerator batchRng = root.split();
        TrainingPath path = TrainingPath.of(Precision.FLOAT64, 1.0, start.copy(),
                org.richlazy.train.model.OptimizerKind.ADAM.create(0.01, 0.9));
        for (int it = 0; it < run.result().iterations(); it++) {
            path.evaluate(task.sample(16, batchRng), task.outputSize(), true);
            path.update();
        }
        assertThat(path.weights().recurrentMatrix()).isDeepEqualTo(run.finalWeights().toDense());
        return path.weights();
    }

    @Test
    void float32AndFloat64RunsAgreeOnTheCurvature() {
        Task task = TestTasks.CATALOG.task("2af", TrainingSpec.defaults());
        Flatness single = Trainer.train(TrainerTest.gaussian(16, 5), task, 3, spec("float32")).result().flatness();
        Flatness reference = Trainer.train(TrainerTest.gaussian(16, 5), task, 3, spec("float64")).result().flatness();
        assertThat(single.sharpness()).isCloseTo(reference.sharpness(), within(1e-3 * reference.sharpness()));
        assertThat(single.representationDimension()).isCloseTo(reference.representationDimension(), within(1e-3));
    }

    @Test
    void noCurvatureBatchesAndSparseWeightsSayWhyTheHessianIsMissing() {
        Task task = TestTasks.CATALOG.task("2af", TrainingSpec.defaults());
        TrainingSpec none = spec("float32").toBuilder().curvatureBatches(0).build();
        Flatness f = Trainer.train(TrainerTest.gaussian(12, 5), task, 3, none).result().flatness();
        assertThat(f.sharpness()).isNaN();
        assertThat(f.hessianTrace()).isNaN();
        assertThat(f.representationDimension()).isFinite();
        assertThat(f.notComputed()).isEqualTo("training.curvature-batches is 0");
        TrainingSpec sparse = spec("float32").toBuilder().weights(WeightLayout.SPARSE).build();
        Flatness s = Trainer.train(TrainerTest.gaussian(12, 5), task, 3, sparse).result().flatness();
        assertThat(s.sharpness()).isNaN();
        assertThat(s.notComputed()).contains("sparse weights");
        assertThat(s.generalizationGap()).isFinite();
    }

    @Test
    void curvatureBatchesBeyondTheProbeSetAreRefused() {
        TrainingSpec bad = TrainingSpec.builder().probeBatches(2).curvatureBatches(3).traceProbes(1).build();
        assertThat(bad.problems()).extracting(p -> p.key()).containsExactly("curvature-batches", "trace-probes");
    }
}
