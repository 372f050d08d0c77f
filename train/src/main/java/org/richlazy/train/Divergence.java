package org.richlazy.train;

import java.util.List;
import org.richlazy.transform.SpecProblem;

/**
 * When a run has diverged (docs/science.md#model-transform---train): the keys {@code training.divergence-loss} and
 * {@code training.divergence-growth} (docs/config.md#training). A run stops as diverged at the first iteration whose
 * loss is not finite or above {@link #bound}. A {@code null} component takes its default.
 *
 * @param divergenceLoss   an absolute bound on the loss (default 10,000)
 * @param divergenceGrowth a factor over the run's reference loss (default 100): an exploding network's loss grows by
 *                         orders of magnitude long before it reaches a fixed bound
 */
public record Divergence(Double divergenceLoss, Double divergenceGrowth) {
    public Divergence {
        divergenceLoss = divergenceLoss == null ? 1e4 : divergenceLoss;
        divergenceGrowth = divergenceGrowth == null ? 100.0 : divergenceGrowth;
    }

    /** Every default. */
    public static Divergence defaults() {
        return new Divergence(null, null);
    }

    /**
     * The loss above which a run has diverged: {@code min(divergence-loss, divergence-growth * max(L_1, ln C))},
     * the reference loss being the larger of the first iteration's loss {@code L_1} and the chance loss {@code ln C}
     * of C outputs.
     */
    public double bound(double firstLoss, int outputs) {
        return Math.min(divergenceLoss, divergenceGrowth * Math.max(firstLoss, Math.log(outputs)));
    }

    /** What is wrong with these values (empty when nothing is). */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks()
                .positive("divergence-loss", divergenceLoss)
                .require(divergenceGrowth > 1, "divergence-growth", "= " + divergenceGrowth,
                        "a number above 1 (a factor over the run's first loss)")
                .list();
    }
}
