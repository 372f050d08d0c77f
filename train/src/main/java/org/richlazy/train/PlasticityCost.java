package org.richlazy.train;

import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * The metabolic cost of the plasticity a run used (docs/science.md#the-cost-of-plasticity), on the recurrent weights
 * against those training starts from ({@code dW = W_h(end) - W_h(start)}, the start rounded to float32 for a float32
 * run, as {@code weight_change} is):
 * <ul>
 *   <li>{@code plasticity_cost_l1 = sum |dW_ij|} and {@code plasticity_cost_l2 = sum dW_ij^2}
 *       (so {@code plasticity_cost_l2 = weight_change^2});</li>
 *   <li>{@code synapses_changed}: the share of the start's synapses (its nonzero entries) whose {@code |dW_ij|}
 *       exceeds {@link #CHANGED_THRESHOLD} times the root mean square of those synapses (entries that were 0 and grew
 *       are new synapses, counted by {@code dw_new_synapse_share});</li>
 *   <li>{@code path_length = sum_t ||W_h(t+1) - W_h(t)||_F} over every update, the cost of the path and not only of
 *       its end (Li and van Rossum 2020); at least {@code weight_change} by the triangle inequality.</li>
 * </ul>
 * A diverged run's sums are what its last weights give (infinite or NaN), and a synapse whose end is not finite counts
 * as changed; {@code synapses_changed} is NaN for a start without synapses. Nothing here stops a run.
 *
 * @param l1              sum |dW|
 * @param l2              sum dW^2
 * @param synapsesChanged share of the start's synapses that changed by more than the threshold
 * @param pathLength      sum of the Frobenius norms of the updates of W_h
 */
public record PlasticityCost(double l1, double l2, double synapsesChanged, double pathLength) {
    /** A synapse changed when {@code |dW|} exceeds this share of the root mean square of the start's synapses. */
    public static final double CHANGED_THRESHOLD = 0.01;

    /** The cost of going from {@code start} to {@code end} (held the same way; sparse ones on one pattern). */
    public static PlasticityCost of(RecurrentMatrix start, RecurrentMatrix end, double pathLength) {
        if (start instanceof SparseMatrix s && end instanceof SparseMatrix e) {
            double[] from = s.values();
            double[] to = e.values();
            if (from.length != to.length) {
                throw new IllegalArgumentException("the start holds " + from.length + " synapses and the end "
                        + to.length + "; expected the same synapses");
            }
            return of(new double[][] {from}, new double[][] {to}, pathLength);
        }
        return of(start.toDense(), end.toDense(), pathLength);
    }

    /** The cost over the rows {@code from[i]} and {@code to[i]} (each pair of the same length). */
    private static PlasticityCost of(double[][] from, double[][] to, double pathLength) {
        double l1 = 0;
        double l2 = 0;
        double squares = 0;
        long synapses = 0;
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < from[i].length; j++) {
                double w = from[i][j];
                double d = to[i][j] - w;
                l1 += Math.abs(d);
                l2 += d * d;
                if (w != 0) {
                    squares += w * w;
                    synapses++;
                }
            }
        }
        double threshold = CHANGED_THRESHOLD * Math.sqrt(squares / synapses);
        long changed = 0;
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < from[i].length; j++) {
                if (from[i][j] != 0 && !(Math.abs(to[i][j] - from[i][j]) <= threshold)) {
                    changed++;
                }
            }
        }
        return new PlasticityCost(l1, l2, synapses == 0 ? Double.NaN : (double) changed / synapses, pathLength);
    }
}
