package org.richlazy.train.sparse;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.richlazy.train.TrainException;

/**
 * A random synapse pattern with heavy-tailed in- and out-degrees, the shape of a connectome's degrees, for benches
 * and synthetic releases (docs/performance.md#sparse-training). Each neuron draws an in-propensity and an
 * out-propensity from a log-normal distribution ({@code exp(sigma Z)}, Z standard normal); neuron i receives about
 * {@code synapses a_i / sum(a)} synapses (at most N / 2) whose presynaptic neurons are drawn in proportion to their
 * out-propensities, without repeats and without self-connections. The count made is the target within the
 * rounding of the per-row counts.
 */
public final class HeavyTailedPattern {
    /** The log-normal spread of the propensities: sigma 1 gives hubs of about 10 to 30 times the median degree. */
    public static final double SIGMA = 1.0;

    private HeavyTailedPattern() {
    }

    /** A pattern of {@code neurons} neurons and about {@code synapses} synapses, drawn from {@code rng}. */
    public static SynapsePattern draw(int neurons, long synapses, RandomGenerator rng) {
        long most = (long) neurons * (neurons / 2);
        if (neurons < 2 || synapses < 1 || synapses > most) {
            throw new TrainException("heavy-tailed pattern", neurons + " neurons and " + synapses
                    + " synapses; expected at least 2 neurons and 1 to " + most + " synapses (N / 2 per row)");
        }
        double[] in = propensities(neurons, rng);
        double[] outCumulative = propensities(neurons, rng);
        for (int j = 1; j < neurons; j++) {
            outCumulative[j] += outCumulative[j - 1];
        }
        double inTotal = Arrays.stream(in).sum();
        int[] rowStart = new int[neurons + 1];
        for (int i = 0; i < neurons; i++) {
            int degree = (int) Math.min(neurons / 2, Math.round(synapses * in[i] / inTotal));
            rowStart[i + 1] = rowStart[i] + degree;
        }
        int[] pre = new int[rowStart[neurons]];
        java.util.BitSet taken = new java.util.BitSet(neurons);
        for (int i = 0; i < neurons; i++) {
            drawRow(i, rowStart[i + 1] - rowStart[i], outCumulative, rng, taken, pre, rowStart[i]);
        }
        return SynapsePattern.ofRows(neurons, rowStart, pre);
    }

    private static double[] propensities(int n, RandomGenerator rng) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(SIGMA * rng.nextGaussian());
        }
        return p;
    }

    /**
     * {@code degree} distinct presynaptic neurons other than {@code post}, ascending, into {@code pre[at..]};
     * {@code taken} is empty before and after.
     */
    private static void drawRow(int post, int degree, double[] cumulative, RandomGenerator rng,
                                java.util.BitSet taken, int[] pre, int at) {
        int n = cumulative.length;
        taken.set(post);
        int made = 0;
        double total = cumulative[n - 1];
        while (made < degree) {
            int j = Arrays.binarySearch(cumulative, rng.nextDouble(total));
            j = j >= 0 ? j : -j - 1;
            if (!taken.get(j)) {
                taken.set(j);
                pre[at + made++] = j;
            }
        }
        Arrays.sort(pre, at, at + degree);
        taken.clear(post);
        for (int c = at; c < at + degree; c++) {
            taken.clear(pre[c]);
        }
    }
}
