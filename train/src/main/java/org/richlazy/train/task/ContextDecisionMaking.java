package org.richlazy.train.task;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * CXT, neurogym 0.0.2 {@code ContextDecisionMaking} (docs/science.md#tasks). Observations (7 channels)
 * {@code [fix, s1m1, s2m1, s1m2, s2m2, ctx1, ctx2]}. Drawn uniformly: gt and other in {1, 2},
 * context in {0, 1}, coherences coh0, coh1 in {5, 15, 50}. The context-relevant modality carries
 * gt, the other modality carries the independent choice {@code other}; modality m has coherence
 * coh_m, signed +coh if its choice is 1, -coh if 2. Construction order, as neurogym's
 * {@code add_ob}/{@code add_randn}/{@code set_ob} calls build it: fixation 1 on all steps; on the
 * stimulus steps 0-1, {@code s1 = (1 + scoh/100)/2}, {@code s2 = (1 - scoh/100)/2} per modality,
 * plus N(0, 0.1^2) on all 7 channels (neurogym adds the noise to every channel of the stimulus
 * period only); then step 7 zeroed; then 1 added to the context channel {@code ctx1 + context} on
 * all 8 steps (so it reads 1 + noise on steps 0-1 and exactly 1 on steps 2-7). Label gt at step 7.
 */
public final class ContextDecisionMaking extends NeurogymTask {
    /** The coherence set, in percent. */
    public static final List<Double> COHERENCES = List.of(5.0, 15.0, 50.0);
    /** Channel of the fixation cue. */
    static final int FIXATION = 0;
    /** Channel of the first context cue; the second follows it. */
    static final int CONTEXT = 5;
    private static final int CHANNELS = 7;
    private static final int STIMULUS_STEPS = 2;

    public ContextDecisionMaking() {
        super("cxt", CHANNELS);
    }

    @Override
    int fillTrial(double[][] obs, RandomGenerator r) {
        int gt = 1 + r.nextInt(2);
        int other = 1 + r.nextInt(2);
        int context = r.nextInt(2);
        double[] coh = {COHERENCES.get(r.nextInt(COHERENCES.size())),
            COHERENCES.get(r.nextInt(COHERENCES.size()))};
        int[] choice = context == 0 ? new int[] {gt, other} : new int[] {other, gt};
        for (double[] step : obs) {
            step[FIXATION] = 1.0;
        }
        for (int m = 0; m < 2; m++) {
            double signed = choice[m] == 1 ? coh[m] : -coh[m];
            for (int t = 0; t < STIMULUS_STEPS; t++) {
                obs[t][1 + 2 * m] = (1 + signed / 100.0) / 2;
                obs[t][2 + 2 * m] = (1 - signed / 100.0) / 2;
            }
        }
        for (int t = 0; t < STIMULUS_STEPS; t++) {
            for (int c = 0; c < CHANNELS; c++) {
                obs[t][c] += NeurogymTrials.NOISE_SD * r.nextGaussian();
            }
        }
        java.util.Arrays.fill(obs[NeurogymTrials.DECISION_STEP], 0.0);
        for (double[] step : obs) {
            step[CONTEXT + context] += 1.0;
        }
        return gt;
    }
}
