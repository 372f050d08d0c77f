package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.task.TestTasks;
import org.richlazy.transform.InitialWeights;

/** The first-order Taylor model trained beside a run and the gap between the two ({@link LinearizedModel}). */
class LinearizedModelTest {

    private static TrainingSpec spec(int iterations, double lr, String precision, int checkpoints) {
        return TrainingSpec.builder().seeds(List.of(1L)).iterations(iterations).batchSize(16).learningRate(lr)
                .checkpoints(checkpoints).probeBatches(2)
                .precision(org.richlazy.transform.ConfigWord.of(Precision.class, precision)).linearized(true).build();
    }

    private static RunResult train(double lr, String precision, int iterations, int checkpoints) {
        InitialWeights init = TrainerTest.gaussian(24, 6);
        return Trainer.train(init, TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 3,
                spec(iterations, lr, precision, checkpoints)).result();
    }

    /**
     * The gap is 0 at iteration 0, recorded at every checkpoint and at the end, and shrinks with the step size.
     * For a smooth network it would shrink in proportion (quadratic remainder, linear change); with ReLU, units
     * whose pre-activation crosses 0 add a remainder of order |du| on a share of order |du| of the units, so the
     * gap falls about as the square root of the change: 3 to 4 times per tenfold smaller step here (measured
     * 0.31, 0.124, 0.031, 0.0079 for learning rates 1e-2 to 1e-5, float64).
     */
    @Test
    void gapIsZeroAtTheStartAndShrinksWithTheStepSize() {
        RunResult small = train(1e-4, "float64", 30, 10);
        RunResult large = train(1e-3, "float64", 30, 10);
        RunResult larger = train(1e-2, "float64", 30, 10);
        assertThat(small.checkpoints()).extracting(RunResult.Checkpoint::iteration).containsExactly(0, 10, 20, 30);
        assertThat(small.checkpoints().get(0).measures().linearizedGap()).isZero();
        for (RunResult.Checkpoint c : small.checkpoints().subList(1, 4)) {
            assertThat(c.measures().linearizedGap()).isPositive().isFinite();
        }
        double gSmall = small.finalMeasures().linearizedGap();
        double gLarge = large.finalMeasures().linearizedGap();
        double gLarger = larger.finalMeasures().linearizedGap();
        assertThat(gLarge / gSmall).isBetween(2.0, 10.0);
        assertThat(gLarger / gLarge).isBetween(2.0, 10.0);
        assertThat(small.linearized().gap()).isEqualTo(gSmall);
        assertThat(small.linearized().divergedAt()).isNull();
        // so lazy that the two models score alike on the probe set
        assertThat(small.linearized().loss()).isCloseTo(small.linearized().networkLoss(), within(1e-3));
    }

    /** Float32 and float64 give the same gap, losses and accuracies to float32 tolerance. */
    @Test
    void float32AgreesWithFloat64() {
        RunResult single = train(0.02, "float32", 40, 20);
        RunResult reference = train(0.02, "float64", 40, 20);
        assertThat(reference.finalMeasures().linearizedGap()).isGreaterThan(1e-3);
        for (int i = 0; i < reference.checkpoints().size(); i++) {
            assertThat(single.checkpoints().get(i).measures().linearizedGap())
                    .isCloseTo(reference.checkpoints().get(i).measures().linearizedGap(),
                            within(1e-3 * (1 + reference.checkpoints().get(i).measures().linearizedGap())));
        }
        RunResult.Linearized a = single.linearized();
        RunResult.Linearized b = reference.linearized();
        assertThat(a.loss()).isCloseTo(b.loss(), within(1e-4));
        assertThat(a.networkLoss()).isCloseTo(b.networkLoss(), within(1e-4));
        assertThat(a.accuracy()).isCloseTo(b.accuracy(), within(1.0 / 32));
    }

    /** The linear model learns the task too (it has the network's tangent features), with its own curve of loss. */
    @Test
    void linearModelLearnsAndDivergenceStopsOnlyIt() {
        RunResult r = train(0.05, "float32", 200, 0);
        assertThat(r.linearized().divergedAt()).isNull();
        assertThat(r.linearized().loss()).isLessThan(Math.log(3));
        assertThat(r.finalMeasures().linearizedGap()).isPositive();
        RunResult off = Trainer.train(TrainerTest.gaussian(24, 6), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 3,
                TrainerTest.spec(20, "sgd", 0.05, 0, 10, 1e4)).result();
        assertThat(off.linearized()).isNull();
        assertThat(off.finalMeasures().linearizedGap()).isNaN();
    }
}
