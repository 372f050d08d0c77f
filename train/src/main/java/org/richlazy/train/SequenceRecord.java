package org.richlazy.train;

import java.util.List;

/**
 * What a sequence of tasks did to one network (docs/science.md#forgetting). With {@code a(j, i)} the accuracy on task
 * j (its evaluation set, scored with its head) at the end of phase i and K phases:
 * <ul>
 *   <li>{@code forgetting = mean_{j < K} (a(j, j) - a(j, K))}: accuracy right after a task's phase minus at the end of
 *       the sequence, over the earlier tasks; {@code forgettingLoss} the same on the loss, {@code L(j, K) - L(j, j)};</li>
 *   <li>{@code backwardTransfer = mean_{j < K} (a(j, K) - a(j, j))} (Lopez-Paz and Ranzato 2017), the same numbers as
 *       forgetting with the opposite sign, written because the continual-learning literature reports it;</li>
 *   <li>{@code forwardTransfer = mean_{k > 1} (s_k - s_k alone)}: a phase's learning speed {@code s} (the mean training
 *       accuracy over its curve) against the same task trained alone from the same init, draws and iterations.</li>
 * </ul>
 * NaN when the sequence stopped before its last phase (a phase diverged).
 *
 * @param heads            {@code per-task} or {@code shared}
 * @param phases           each phase trained, in order
 * @param retention        every task up to the current one scored at every checkpoint of every phase
 * @param forgetting       the mean accuracy lost
 * @param forgettingLoss   the mean loss gained
 * @param backwardTransfer minus the forgetting
 * @param forwardTransfer  the mean head start of the later phases
 */
public record SequenceRecord(String heads, List<Phase> phases, List<Retention> retention, double forgetting,
                             double forgettingLoss, double backwardTransfer, double forwardTransfer) {
    public SequenceRecord {
        phases = List.copyOf(phases);
        retention = List.copyOf(retention);
    }

    /**
     * One phase.
     *
     * @param task               the entry as written
     * @param iterations         iterations trained
     * @param status             how the phase ended ({@code ok} or {@code diverged})
     * @param learningSpeed      the mean training accuracy over its curve
     * @param learningSpeedAlone the same of its task trained alone from the init (NaN for the first phase)
     * @param measures           the measures at its end against its start (the regime of the phase)
     * @param plasticity         its cost, from its start to its end
     */
    public record Phase(String task, int iterations, RunResult.Status status, double learningSpeed,
                        double learningSpeedAlone, Measures measures, PlasticityCost plasticity) {
    }

    /**
     * One task scored at one checkpoint.
     *
     * @param phase           the phase trained then (1-based)
     * @param iteration       the iteration within that phase
     * @param globalIteration the iteration of the whole run
     * @param scored          the phase whose task was scored (1-based)
     * @param task            the task scored, as its entry is written
     * @param loss            its mean loss on its evaluation set
     * @param accuracy        its decision-step accuracy there
     */
    public record Retention(int phase, int iteration, int globalIteration, int scored, String task, double loss,
                            double accuracy) {
    }

    /**
     * The record of a sequence that trained every phase: the transfer measures from the last score of each task at
     * the end of each phase.
     */
    static SequenceRecord of(String heads, List<Phase> phases, List<Retention> retention) {
        int k = phases.size();
        double[][] accuracy = new double[k][k];
        double[][] loss = new double[k][k];
        for (Retention r : retention) {
            accuracy[r.scored() - 1][r.phase() - 1] = r.accuracy();
            loss[r.scored() - 1][r.phase() - 1] = r.loss();
        }
        double forgetting = 0;
        double forgettingLoss = 0;
        for (int j = 0; j < k - 1; j++) {
            forgetting += (accuracy[j][j] - accuracy[j][k - 1]) / (k - 1);
            forgettingLoss += (loss[j][k - 1] - loss[j][j]) / (k - 1);
        }
        double forward = 0;
        for (int j = 1; j < k; j++) {
            forward += (phases.get(j).learningSpeed() - phases.get(j).learningSpeedAlone()) / (k - 1);
        }
        return new SequenceRecord(heads, phases, retention, forgetting, forgettingLoss, -forgetting, forward);
    }
}
