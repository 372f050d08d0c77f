package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;

class DelayMatchSampleTest {
    private final DelayMatchSample task = new DelayMatchSample();

    @Test
    void everyChannelValueFollowsTheRecipe() {
        assertThat(task.name()).isEqualTo("dms");
        assertThat(task.inputSize()).isEqualTo(3);
        TrialBatch batch = task.sample(40, SeededRandom.create(5));
        RandomGenerator replay = SeededRandom.create(5);
        int matches = 0;
        for (int b = 0; b < 40; b++) {
            int gt = 1 + replay.nextInt(2);
            double sample = replay.nextInt(2) == 0 ? 0 : Math.PI;
            double test = gt == 1 ? sample : sample + Math.PI;
            double[] s0 = batch.inputs()[0][b];
            assertThat(s0[0]).isEqualTo(1.0);
            assertThat(s0[1]).isCloseTo(Math.cos(sample) * 0.5 + 0.5 + 0.1 * replay.nextGaussian(), within(1e-15));
            assertThat(s0[2]).isCloseTo(Math.cos(Math.PI - sample) * 0.5 + 0.5 + 0.1 * replay.nextGaussian(),
                    within(1e-15));
            for (int t = 1; t <= 5; t++) {
                assertThat(batch.inputs()[t][b]).containsExactly(1, 0, 0);
            }
            double[] s6 = batch.inputs()[6][b];
            assertThat(s6[0]).isEqualTo(1.0);
            assertThat(s6[1]).isCloseTo(Math.cos(test) * 0.5 + 0.5 + 0.1 * replay.nextGaussian(), within(1e-15));
            assertThat(s6[2]).isCloseTo(Math.cos(Math.PI - test) * 0.5 + 0.5 + 0.1 * replay.nextGaussian(),
                    within(1e-15));
            assertThat(batch.inputs()[7][b]).containsExactly(0, 0, 0);
            for (int t = 0; t < 7; t++) {
                assertThat(batch.labels()[t][b]).isZero();
            }
            assertThat(batch.labels()[7][b]).isEqualTo(gt);
            matches += gt == 1 ? 1 : 0;
        }
        assertThat(matches).isBetween(5, 35);
    }

    /** Clean stimuli are 0 or 1 exactly, so the noise is the distance to the nearest of them. */
    @Test
    void noiseStatistics() {
        TrialBatch batch = task.sample(5000, SeededRandom.create(9));
        double[] noise = new double[5000 * 4];
        int i = 0;
        for (int b = 0; b < 5000; b++) {
            for (int t : new int[] {0, 6}) {
                for (int c = 1; c <= 2; c++) {
                    double v = batch.inputs()[t][b][c];
                    noise[i++] = v - Math.round(v);
                }
            }
        }
        double[] ms = TaskTestSupport.meanSd(noise);
        assertThat(ms[0]).isCloseTo(0, within(0.003));
        assertThat(ms[1]).isCloseTo(0.1, within(0.003));
    }

    @Test
    void batchColumnsAreIndependentTrials() {
        RandomGenerator rng = SeededRandom.create(4);
        double[] c0 = new double[3000];
        double[] c1 = new double[3000];
        for (int i = 0; i < 3000; i++) {
            TrialBatch batch = task.sample(2, rng);
            c0[i] = TaskTestSupport.choice(batch, 0);
            c1[i] = TaskTestSupport.choice(batch, 1);
        }
        assertThat(TaskTestSupport.correlation(c0, c1)).isCloseTo(0, within(0.06));
    }
}
