package org.richlazy.train.task;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * 2AF, neurogym 0.0.2 {@code PerceptualDecisionMaking} (docs/science.md#tasks). Observations
 * {@code [fixation, s1, s2]}; ground truth gt in {0, 1} and coherence c in {0, 6.4, 12.8, 25.6, 51.2}
 * drawn uniformly. Steps 0-6: fixation 1 and {@code s_k = cos(theta_k - theta_gt) c / 200 + 0.5}
 * with {@code theta = (0, pi)}, plus N(0, 0.1^2) on s1 and s2; step 7 all 0. Label gt + 1 at step 7.
 * Trials with c = 0 carry no evidence (unlearnable by design).
 */
public final class PerceptualDecisionMaking extends NeurogymTask {
    /** The coherence set, in percent. */
    public static final List<Double> COHERENCES = List.of(0.0, 6.4, 12.8, 25.6, 51.2);
    private static final double[] THETA = {0.0, Math.PI};

    public PerceptualDecisionMaking() {
        super("2af", 3);
    }

    @Override
    int fillTrial(double[][] obs, RandomGenerator r) {
        int gt = r.nextInt(2);
        double coh = COHERENCES.get(r.nextInt(COHERENCES.size()));
        for (int t = 0; t < NeurogymTrials.DECISION_STEP; t++) {
            obs[t][0] = 1.0;
            for (int k = 0; k < 2; k++) {
                obs[t][1 + k] = Math.cos(THETA[k] - THETA[gt]) * coh / 200.0 + 0.5
                        + NeurogymTrials.NOISE_SD * r.nextGaussian();
            }
        }
        return gt + 1;
    }
}
