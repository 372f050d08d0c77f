package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;

class PerceptualDecisionMakingTest {
    private final PerceptualDecisionMaking task = new PerceptualDecisionMaking();

    @Test
    void shape() {
        assertThat(task.name()).isEqualTo("2af");
        assertThat(task.inputSize()).isEqualTo(3);
        assertThat(task.outputSize()).isEqualTo(3);
        assertThat(task.steps()).isEqualTo(8);
        assertThat(task.lossOnAllSteps()).isTrue();
        TrialBatch batch = task.sample(5, SeededRandom.create(1));
        assertThat(batch.steps()).isEqualTo(8);
        assertThat(batch.batchSize()).isEqualTo(5);
        assertThat(batch.decisionStep()).isEqualTo(7);
    }

    /** Replays the task recipe (docs/science.md#tasks) from a second generator with the same seed: every value pinned. */
    @Test
    void everyChannelValueFollowsTheRecipe() {
        TrialBatch batch = task.sample(40, SeededRandom.create(7));
        RandomGenerator replay = SeededRandom.create(7);
        double[] cohs = {0, 6.4, 12.8, 25.6, 51.2};
        Set<Double> seen = new HashSet<>();
        for (int b = 0; b < 40; b++) {
            int gt = replay.nextInt(2);
            double coh = cohs[replay.nextInt(5)];
            seen.add(coh);
            double sign = gt == 0 ? 1 : -1;
            for (int t = 0; t < 7; t++) {
                double[] obs = batch.inputs()[t][b];
                assertThat(obs[0]).isEqualTo(1.0);
                assertThat(obs[1]).isCloseTo(0.5 + sign * coh / 200 + 0.1 * replay.nextGaussian(), within(1e-15));
                assertThat(obs[2]).isCloseTo(0.5 - sign * coh / 200 + 0.1 * replay.nextGaussian(), within(1e-15));
                assertThat(batch.labels()[t][b]).isZero();
            }
            assertThat(batch.inputs()[7][b]).containsExactly(0, 0, 0);
            assertThat(batch.labels()[7][b]).isEqualTo(gt + 1);
        }
        assertThat(seen).containsExactlyInAnyOrder(0.0, 6.4, 12.8, 25.6, 51.2);
    }

    /** s1 + s2 - 1 is the sum of two independent N(0, 0.1^2) draws whatever gt and coh are. */
    @Test
    void noiseHasSdOneTenthPerChannel() {
        TrialBatch batch = task.sample(4000, SeededRandom.create(3));
        double[] noise = new double[4000 * 7];
        for (int b = 0; b < 4000; b++) {
            for (int t = 0; t < 7; t++) {
                noise[b * 7 + t] = batch.inputs()[t][b][1] + batch.inputs()[t][b][2] - 1;
            }
        }
        double[] ms = TaskTestSupport.meanSd(noise);
        assertThat(ms[0]).isCloseTo(0, within(0.003));
        assertThat(ms[1]).isCloseTo(0.1 * Math.sqrt(2), within(0.003));
    }

    @Test
    void batchColumnsAreIndependentTrials() {
        int batches = 3000;
        double[] choice0 = new double[batches];
        double[] choice1 = new double[batches];
        double[] noise0 = new double[batches];
        double[] noise1 = new double[batches];
        RandomGenerator rng = SeededRandom.create(11);
        for (int i = 0; i < batches; i++) {
            TrialBatch batch = task.sample(2, rng);
            choice0[i] = TaskTestSupport.choice(batch, 0);
            choice1[i] = TaskTestSupport.choice(batch, 1);
            noise0[i] = batch.inputs()[3][0][1] + batch.inputs()[3][0][2];
            noise1[i] = batch.inputs()[3][1][1] + batch.inputs()[3][1][2];
        }
        assertThat(TaskTestSupport.correlation(choice0, choice1)).isCloseTo(0, within(0.06));
        assertThat(TaskTestSupport.correlation(noise0, noise1)).isCloseTo(0, within(0.06));
        assertThat(TaskTestSupport.meanSd(choice0)[0]).isCloseTo(1.5, within(0.03));
    }
}
