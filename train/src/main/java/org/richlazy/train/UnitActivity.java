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
            Tally tally = new Tally(hidden.length - 1, units);
            for (int t = 1; t < hidden.length; t++) {
                for (int b = 0; b < trials; b++) {
                    int active = 0;
                    for (int i = 0; i < units; i++) {
                        active += hidden[t][b * units + i] > 0 ? 1 : 0;
                    }
                    tally.add(t - 1, active);
                }
            }
            return tally.steps();
        }

        /** The share of active units at {@code step}. */
        public double activeUnitsAt(int step) {
            return activeUnits.get(step);
        }

        /** The share of trials with an active unit at {@code step}. */
        public double activeTrialsAt(int step) {
            return activeTrials.get(step);
        }

        /** The active units of trials counted one at a time, into {@link Steps}: for states held in another layout. */
        public static final class Tally {
            private final int units;
            private final long[] active;
            private final int[] live;
            private final int[] trials;

            /** A tally of {@code steps} steps of {@code units} units each. */
            public Tally(int steps, int units) {
                this.units = units;
                this.active = new long[steps];
                this.live = new int[steps];
                this.trials = new int[steps];
            }

            /** One trial at {@code step} (0 = the first input step) with {@code activeUnits} units {@code > 0}. */
            public void add(int step, int activeUnits) {
                active[step] += activeUnits;
                live[step] += activeUnits > 0 ? 1 : 0;
                trials[step]++;
            }

            /** The shares of the trials added so far. */
            public Steps steps() {
                Double[] shareUnits = new Double[active.length];
                Double[] shareTrials = new Double[active.length];
                for (int t = 0; t < active.length; t++) {
                    shareUnits[t] = active[t] / (double) ((long) trials[t] * units);
                    shareTrials[t] = live[t] / (double) trials[t];
                }
                return new Steps(List.of(shareUnits), List.of(shareTrials));
            }
        }
    }
}
