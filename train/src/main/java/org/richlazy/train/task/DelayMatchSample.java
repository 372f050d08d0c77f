package org.richlazy.train.task;

import java.util.random.RandomGenerator;

/**
 * DMS, neurogym 0.0.2 {@code DelayMatchSample} (docs/science.md#tasks). Observations {@code [fixation, s1, s2]};
 * gt in {1 = match, 2 = non-match} and the sample angle theta in {0, pi} drawn uniformly; the test
 * angle is theta for a match, theta + pi otherwise. A stimulus at angle phi is
 * {@code s_k = cos(theta_k - phi) * 0.5 + 0.5}, {@code theta_k = (0, pi)}. Step 0: sample plus
 * N(0, 0.1^2) on s1, s2; steps 1-5: {@code [1, 0, 0]}; step 6: test plus noise; step 7: all 0.
 * Fixation is 1 on steps 0-6. Label gt at step 7.
 */
public final class DelayMatchSample extends NeurogymTask {
    /** Label of a match trial. */
    public static final int MATCH = 1;
    /** Label of a non-match trial. */
    public static final int NON_MATCH = 2;
    private static final double[] THETA = {0.0, Math.PI};
    private static final int SAMPLE_STEP = 0;
    private static final int TEST_STEP = 6;

    public DelayMatchSample() {
        super("dms", 3);
    }

    @Override
    int fillTrial(double[][] obs, RandomGenerator r) {
        int gt = MATCH + r.nextInt(2);
        double sample = THETA[r.nextInt(2)];
        double test = gt == MATCH ? sample : sample + Math.PI;
        for (int t = 0; t < NeurogymTrials.DECISION_STEP; t++) {
            obs[t][0] = 1.0;
        }
        stimulus(obs[SAMPLE_STEP], sample, r);
        stimulus(obs[TEST_STEP], test, r);
        return gt;
    }

    private static void stimulus(double[] step, double angle, RandomGenerator rng) {
        for (int k = 0; k < 2; k++) {
            step[1 + k] = Math.cos(THETA[k] - angle) * 0.5 + 0.5 + NeurogymTrials.NOISE_SD * rng.nextGaussian();
        }
    }
}
