package org.richlazy.train.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;

class ContextDecisionMakingTest {
    private final ContextDecisionMaking task = new ContextDecisionMaking();

    @Test
    void everyChannelValueFollowsTheRecipe() {
        assertThat(task.name()).isEqualTo("cxt");
        assertThat(task.inputSize()).isEqualTo(7);
        assertThat(task.outputSize()).isEqualTo(3);
        TrialBatch batch = task.sample(60, SeededRandom.create(2));
        RandomGenerator replay = SeededRandom.create(2);
        double[] cohs = {5, 15, 50};
        Set<Double> seen = new HashSet<>();
        for (int b = 0; b < 60; b++) {
            int gt = 1 + replay.nextInt(2);
            int other = 1 + replay.nextInt(2);
            int context = replay.nextInt(2);
            double coh0 = cohs[replay.nextInt(3)];
            double coh1 = cohs[replay.nextInt(3)];
            seen.add(coh0);
            seen.add(coh1);
            int choice0 = context == 0 ? gt : other;
            int choice1 = context == 0 ? other : gt;
            double s0 = choice0 == 1 ? coh0 : -coh0;
            double s1 = choice1 == 1 ? coh1 : -coh1;
            double[][] clean = new double[8][7];
            for (int t = 0; t < 8; t++) {
                clean[t][0] = t < 7 ? 1 : 0;
                clean[t][5 + context] = 1;
            }
            for (int t = 0; t < 2; t++) {
                clean[t][1] = (1 + s0 / 100) / 2;
                clean[t][2] = (1 - s0 / 100) / 2;
                clean[t][3] = (1 + s1 / 100) / 2;
                clean[t][4] = (1 - s1 / 100) / 2;
            }
            for (int t = 0; t < 8; t++) {
                for (int c = 0; c < 7; c++) {
                    // noise on every channel of the stimulus steps 0-1 only
                    double expected = clean[t][c] + (t < 2 ? 0.1 * replay.nextGaussian() : 0);
                    assertThat(batch.inputs()[t][b][c]).as("step %d channel %d", t, c)
                            .isCloseTo(expected, within(1e-15));
                }
                assertThat(batch.labels()[t][b]).isEqualTo(t == 7 ? gt : 0);
            }
            assertThat(batch.inputs()[7][b]).containsExactly(clean[7]);
        }
        assertThat(seen).containsExactlyInAnyOrder(5.0, 15.0, 50.0);
    }

    /**
     * On steps 0-1 the fixation and context channels are 0 or 1 plus noise, and s1 + s2 - 1 of a
     * modality is the sum of two noise draws; steps 2-7 carry no noise.
     */
    @Test
    void noiseStatistics() {
        TrialBatch batch = task.sample(3000, SeededRandom.create(8));
        double[] noise = new double[3000 * 2 * 3];
        double[] pairs = new double[3000 * 2 * 2];
        int i = 0;
        int j = 0;
        for (int b = 0; b < 3000; b++) {
            for (int t = 0; t < 2; t++) {
                for (int c : new int[] {0, 5, 6}) {
                    double v = batch.inputs()[t][b][c];
                    noise[i++] = v - Math.round(v);
                }
                pairs[j++] = batch.inputs()[t][b][1] + batch.inputs()[t][b][2] - 1;
                pairs[j++] = batch.inputs()[t][b][3] + batch.inputs()[t][b][4] - 1;
            }
            for (int t = 2; t < 7; t++) {
                assertThat(java.util.Arrays.copyOfRange(batch.inputs()[t][b], 0, 5)).containsExactly(1, 0, 0, 0, 0);
            }
        }
        double[] sums = TaskTestSupport.meanSd(pairs);
        assertThat(sums[0]).isCloseTo(0, within(0.004));
        assertThat(sums[1]).isCloseTo(0.1 * Math.sqrt(2), within(0.004));
        double[] ms = TaskTestSupport.meanSd(noise);
        assertThat(ms[0]).isCloseTo(0, within(0.002));
        assertThat(ms[1]).isCloseTo(0.1, within(0.002));
    }

    @Test
    void batchColumnsAreIndependentTrials() {
        RandomGenerator rng = SeededRandom.create(4);
        double[] c0 = new double[3000];
        double[] c1 = new double[3000];
        double[] n0 = new double[3000];
        double[] n1 = new double[3000];
        for (int i = 0; i < 3000; i++) {
            TrialBatch batch = task.sample(2, rng);
            c0[i] = TaskTestSupport.choice(batch, 0);
            c1[i] = TaskTestSupport.choice(batch, 1);
            n0[i] = batch.inputs()[1][0][2] + batch.inputs()[1][0][1];
            n1[i] = batch.inputs()[1][1][2] + batch.inputs()[1][1][1];
        }
        assertThat(TaskTestSupport.correlation(c0, c1)).isCloseTo(0, within(0.06));
        assertThat(TaskTestSupport.correlation(n0, n1)).isCloseTo(0, within(0.06));
    }
}
