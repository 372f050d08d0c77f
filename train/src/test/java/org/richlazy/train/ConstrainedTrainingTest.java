package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.task.TestTasks;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.spectrum.Spectrum;

/** Training under Dale's law and the synapse mask, and stopping at a target, end to end in both precisions. */
class ConstrainedTrainingTest {

    /** 24 neurons, 18 excitatory then 6 inhibitory columns, half the synapses present. */
    private static InitialWeights daleSparse() {
        int n = 24;
        RandomGenerator rng = SeededRandom.create(11);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (rng.nextDouble() < 0.5) {
                    m[i][j] = (j < 18 ? 1 : -3) * Math.abs(rng.nextGaussian()) * 1.25 / Math.sqrt(n / 2.0);
                }
            }
        }
        double nan = Double.NaN;
        Spectrum spectrum = new Spectrum(new double[0], new double[0], new double[0], nan, nan, nan, nan, nan, nan,
                nan, nan, 0);
        return new InitialWeights("dale-sparse", m, spectrum, Map.of("kind", "test"), 11);
    }

    private static TrainingSpec spec(String precision, List<String> constraints, StopAt stopAt) {
        return TrainingSpec.builder().seeds(List.of(1L)).iterations(300).batchSize(16).learningRate(0.05)
                .probeBatches(2).precision(org.richlazy.transform.ConfigWord.of(Precision.class, precision))
                .constraints(constraints).stopAt(stopAt).build();
    }

    private static long violations(double[][] w0, double[][] w) {
        long bad = 0;
        for (int i = 0; i < w0.length; i++) {
            for (int j = 0; j < w0.length; j++) {
                double sign = j < 18 ? 1 : -1;
                bad += sign * w[i][j] < 0 ? 1 : 0;
            }
        }
        return bad;
    }

    @Test
    void daleKeepsEveryColumnsSignAndTheUnconstrainedRunFlipsSome() {
        for (String precision : List.of("float32", "float64")) {
            TrainedRun free = Trainer.train(daleSparse(), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                    spec(precision, List.of(), null));
            TrainedRun dale = Trainer.train(daleSparse(), TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 1,
                    spec(precision, List.of("dale"), null));
            assertThat(violations(free.initialWeights().toDense(), free.finalWeights().toDense())).as(precision).isPositive();
            assertThat(free.result().change().signFlips()).isPositive();
            assertThat(violations(dale.initialWeights().toDense(), dale.finalWeights().toDense())).as(precision).isZero();
            assertThat(dale.result().change().signFlips()).isZero();
            assertThat(dale.result().finalMeasures().weightChange()).isPositive();
            assertThat(dale.result().constraints()).startsWith("dale: 24 of 24 presynaptic neurons");
            assertThat(free.result().constraints()).isEqualTo("none");
        }
    }

    /** The task label {@code 2af+mask} trains under the mask: absent synapses stay exactly 0. */
    @Test
    void aMaskedTaskLabelChangesOnlyPresentSynapses() {
        Task task = TestTasks.CATALOG.task("2af+mask", TrainingSpec.defaults());
        assertThat(task.name()).isEqualTo("2af+mask");
        for (String precision : List.of("float32", "float64")) {
            TrainedRun run = Trainer.train(daleSparse(), task, 1, spec(precision, List.of(), null));
            double[][] w0 = run.initialWeights().toDense();
            double[][] w = run.finalWeights().toDense();
            int changed = 0;
            for (int i = 0; i < w0.length; i++) {
                for (int j = 0; j < w0.length; j++) {
                    if (w0[i][j] == 0) {
                        assertThat(w[i][j]).isZero();
                    } else {
                        changed += w[i][j] != w0[i][j] ? 1 : 0;
                    }
                }
            }
            assertThat(changed).isPositive();
            assertThat(run.result().change().newSynapseShare()).isZero();
            assertThat(run.result().task()).isEqualTo("2af+mask");
        }
        assertThatThrownBy(() -> TestTasks.CATALOG.task("2af+sparse", TrainingSpec.defaults()))
                .hasMessageContaining("unknown constraint 'sparse'");
    }

    /**
     * A reachable target stops the run at the first curve point where the mean of the last 5 reaches it; an
     * unreachable one trains every iteration and is recorded as not reached.
     */
    @Test
    void stopsAtMatchedPerformanceOrRecordsThatItNeverGotThere() {
        Task task = TestTasks.CATALOG.task("2af", TrainingSpec.defaults());
        RunResult reached = Trainer.train(daleSparse(), task, 1, spec("float32", List.of(), new StopAt(0.6, null, null)))
                .result();
        assertThat(reached.stop().reached()).isTrue();
        assertThat(reached.stop().reachedAt()).isEqualTo(reached.iterations()).isLessThan(300);
        List<RunResult.CurvePoint> curve = reached.curve();
        assertThat(curve.get(curve.size() - 1).iteration()).isEqualTo(reached.iterations());
        double last5 = curve.subList(curve.size() - 5, curve.size()).stream()
                .mapToDouble(RunResult.CurvePoint::accuracy).average().orElseThrow();
        assertThat(last5).isGreaterThanOrEqualTo(0.6);
        double before = curve.subList(curve.size() - 6, curve.size() - 1).stream()
                .mapToDouble(RunResult.CurvePoint::accuracy).average().orElseThrow();
        assertThat(before).isLessThan(0.6);
        assertThat(reached.checkpoints().get(reached.checkpoints().size() - 1).iteration())
                .isEqualTo(reached.iterations());

        RunResult never = Trainer.train(daleSparse(), task, 1, spec("float32", List.of(), new StopAt(null, 1e-9, 3)))
                .result();
        assertThat(never.stop()).isEqualTo(new RunResult.Stop("loss <= 1.0E-9 (mean of the last 3 curve points)",
                false, null));
        assertThat(never.iterations()).isEqualTo(300);
        assertThat(never.status()).isEqualTo(RunResult.Status.OK);
    }
}
