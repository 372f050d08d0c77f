package org.richlazy.train;

import java.util.List;

/**
 * Which hidden units are active ({@code h_t > 0}, the open side of the ReLU) at each step of the probe trials, for
 * the network training starts from and the one it ends with. It explains an undefined alignment: RA is the cosine
 * of the decision-step state kernels {@code K = R R^T} (docs/science.md#laziness-measures); when no unit is active
 * at the decision step of
 * any probe trial, {@code R = 0}, {@code K = 0} and the cosine is 0/0. The tangent kernel of the recurrent weights
 * is zero in the same way when no unit is active at any step it differentiates, so KA is then undefined too.
 *
 * @param decisionStep the step whose states RA uses, as a position in the per-step lists (0 = the first input
 *                     step)
 * @param initial      the network training starts from
 * @param trained      the network at the end of training; null when its weights are not finite (a run that
 *                     diverged there)
 */
public record UnitActivity(int decisionStep, Steps initial, Steps trained) {

    /**
     * One network's activity per step of the probe trials.
     *
     * @param activeUnits  per step, the share of (probe trial, unit) pairs with {@code h_t > 0}
     * @param activeTrials per step, the share of probe trials with at least one active unit
     */
    public record Steps(List<Double> activeUnits, List<Double> activeTrials) {
        public Steps {
            activeUnits = List.copyOf(activeUnits);
            activeTrials = List.copyOf(activeTrials);
        }

        /**
         * The activity of the hidden states {@code hidden[t]} ({@code trials x units}, flat, row = trial) of the
         * steps t = 1 ... T (position 0 is the initial state h_0, left out).
         */
        public static Steps of(double[][] hidden, int trials, int units) {
            Double[] shareUnits = new Double[hidden.length - 1];
            Double[] shareTrials = new Double[hidden.length - 1];
            for (int t = 1; t < hidden.length; t++) {
                long active = 0;
                int live = 0;
                for (int b = 0; b < trials; b++) {
                    long before = active;
                    for (int i = 0; i < units; i++) {
                        if (hidden[t][b * units + i] > 0) {
                            active++;
                        }
                    }
                    if (active > before) {
                        live++;
                    }
                }
                shareUnits[t - 1] = active / (double) ((long) trials * units);
                shareTrials[t - 1] = live / (double) trials;
            }
            return new Steps(List.of(shareUnits), List.of(shareTrials));
        }

        /** The share of active units at {@code step}. */
        public double activeUnitsAt(int step) {
            return activeUnits.get(step);
        }

        /** The share of trials with an active unit at {@code step}. */
        public double activeTrialsAt(int step) {
            return activeTrials.get(step);
        }
    }
}
