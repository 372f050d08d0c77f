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
                clean[t][0] = 1;
            }
            for (int t = 0; t < 2; t++) {
                clean[t][1] = (1 + s0 / 100) / 2;
                clean[t][2] = (1 - s0 / 100) / 2;
                clean[t][3] = (1 + s1 / 100) / 2;
                clean[t][4] = (1 - s1 / 100) / 2;
            }
            for (int t = 0; t < 8; t++) {
                for (int c = 0; c < 7; c++) {
                    double expected = clean[t][c] + 0.1 * replay.nextGaussian();
                    double actual = batch.inputs()[t][b][c];
                    if (c == 5 + context) {
                        assertThat(actual).isEqualTo(1.0);
                    } else if (t == 7) {
                        assertThat(actual).isEqualTo(0.0);
                    } else {
                        assertThat(actual).isCloseTo(expected, within(1e-15));
                    }
                }
                assertThat(batch.labels()[t][b]).isEqualTo(t == 7 ? gt : 0);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(5.0, 15.0, 50.0);
    }

    /** Steps 2-6 of the stimulus channels carry noise only. */
    @Test
    void noiseStatistics() {
        TrialBatch batch = task.sample(3000, SeededRandom.create(8));
        double[] noise = new double[3000 * 5 * 4];
        int i = 0;
        for (int b = 0; b < 3000; b++) {
            for (int t = 2; t < 7; t++) {
                for (int c = 1; c <= 4; c++) {
                    noise[i++] = batch.inputs()[t][b][c];
                }
            }
        }
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
            n0[i] = batch.inputs()[4][0][2];
            n1[i] = batch.inputs()[4][1][2];
        }
        assertThat(TaskTestSupport.correlation(c0, c1)).isCloseTo(0, within(0.06));
        assertThat(TaskTestSupport.correlation(n0, n1)).isCloseTo(0, within(0.06));
    }
}
