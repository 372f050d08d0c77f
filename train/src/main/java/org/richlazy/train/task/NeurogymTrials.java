package org.richlazy.train.task;

import java.util.random.RandomGenerator;
import org.richlazy.train.TrainException;
import org.richlazy.train.TrialBatch;

/**
 * The shape shared by the three neurogym tasks (docs/science.md#tasks): trials of {@link #STEPS} = 8 steps of
 * dt = 100 ms, label 0 ("fixate") on steps 0-6 and the choice on the decision step 7, observation
 * noise N(0, {@link #NOISE_SD}^2) per step (neurogym's sigma = 1 scaled by 1/sqrt(dt)).
 */
final class NeurogymTrials {
    /** Steps per trial T. */
    static final int STEPS = 8;
    /** The decision step, the last one. */
    static final int DECISION_STEP = STEPS - 1;
    /** Standard deviation of the per-step observation noise. */
    static final double NOISE_SD = 0.1;
    /** The fixation label of the steps before the decision. */
    static final int FIXATE = 0;

    private NeurogymTrials() {
    }

    /** Fills one trial's observations {@code [T][channels]} and returns its choice label. */
    @FunctionalInterface
    interface TrialFiller {
        int fill(double[][] observations, RandomGenerator rng);
    }

    /**
     * Draws {@code batchSize} complete trials one after another from {@code rng}: column b of the
     * batch is trial b, with label {@link #FIXATE} before the decision step and the trial's choice at it.
     */
    static TrialBatch sample(int batchSize, int channels, RandomGenerator rng, TrialFiller filler) {
        if (batchSize < 1) {
            throw new TrainException("batch size", "= " + batchSize + "; expected at least 1");
        }
        double[][][] inputs = new double[STEPS][batchSize][channels];
        int[][] labels = new int[STEPS][batchSize];
        double[][] trial = new double[STEPS][channels];
        for (int b = 0; b < batchSize; b++) {
            for (double[] row : trial) {
                java.util.Arrays.fill(row, 0.0);
            }
            int choice = filler.fill(trial, rng);
            for (int t = 0; t < STEPS; t++) {
                System.arraycopy(trial[t], 0, inputs[t][b], 0, channels);
                labels[t][b] = t == DECISION_STEP ? choice : FIXATE;
            }
        }
        return new TrialBatch(inputs, labels, DECISION_STEP);
    }
}
