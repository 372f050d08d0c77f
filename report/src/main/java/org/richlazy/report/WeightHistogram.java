package org.richlazy.report;

import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * The distribution of an init's nonzero weights (scaled, {@code W[post][pre]}): {@link #BINS} equal bins from the
 * smallest to the largest, each the fraction of the nonzero entries in it. Taken from the entries alone, so it costs
 * one pass over the synapses of a sparse init (docs/science.md#connectome-scale).
 *
 * @param min      the smallest nonzero weight
 * @param max      the largest
 * @param fraction the fraction of the nonzero entries in each bin; empty when there are none
 */
public record WeightHistogram(double min, double max, double[] fraction) {
    /** The bins of a histogram. */
    static final int BINS = 40;

    /** No weights (an init without nonzero entries, or one not read). */
    public static final WeightHistogram NONE = new WeightHistogram(0, 0, new double[0]);

    /** The histogram of the nonzero entries of {@code w}. */
    static WeightHistogram of(RecurrentMatrix w) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        long[] count = {0};
        w.forEachNonzero((i, j, v) -> {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
            count[0]++;
        });
        if (count[0] == 0) {
            return NONE;
        }
        double[] fraction = new double[BINS];
        double width = (range[1] - range[0]) / BINS;
        w.forEachNonzero((i, j, v) -> fraction[width == 0 ? 0
                : Math.min(BINS - 1, (int) ((v - range[0]) / width))] += 1.0 / count[0]);
        return new WeightHistogram(range[0], range[1], fraction);
    }

    /** The centre of bin b. */
    double centre(int b) {
        return min + (b + 0.5) * (max - min) / BINS;
    }
}
