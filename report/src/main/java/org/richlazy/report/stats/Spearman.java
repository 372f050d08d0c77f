package org.richlazy.report.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Spearman's rank correlation (Spearman 1904) with a two-sided permutation p-value.
 *
 * <p>Each variable is replaced by its ranks 1..n; tied values share the mean of the ranks they
 * occupy (mid-ranks). rho is Pearson's correlation of the two rank vectors r and s,
 * <pre>
 *   rho = sum (r_i - rbar)(s_i - sbar) / sqrt( sum (r_i - rbar)^2 * sum (s_i - sbar)^2 ),   rbar = sbar = (n + 1) / 2,
 * </pre>
 * which without ties equals the textbook {@code 1 - 6 sum d_i^2 / (n (n^2 - 1))}, d_i = r_i - s_i, and
 * with ties is the tie-corrected coefficient (Kendall &amp; Gibbons 1990, <i>Rank Correlation Methods</i>,
 * 5th ed., ch. 3; Zar 2010, <i>Biostatistical Analysis</i>, 5th ed., §19.9). rho is undefined (NaN) when
 * n &lt; 2 or when either variable has all its values tied.
 *
 * <p>p-value: under the null hypothesis that x and y are independent, every pairing of the y values
 * with the x values is equally likely. {@link #PERMUTATIONS} random permutations of y (Fisher-Yates,
 * {@code SplittableRandom(}{@link #SEED}{@code )}) give rho*, and
 * {@code p = (1 + #{|rho*| >= |rho|}) / (PERMUTATIONS + 1)} (Phipson &amp; Smyth 2010), so the smallest
 * p it can give is {@code 1 / (PERMUTATIONS + 1)}, about 1.0e-4. The same data always give the same p.
 */
public final class Spearman {
    /** The seed of the permutations. */
    public static final long SEED = 20240101L;
    /** Number of random permutations of y. */
    public static final int PERMUTATIONS = 10_000;

    /**
     * @param n   number of (x, y) pairs
     * @param rho Spearman's rho, NaN when undefined
     * @param p   two-sided permutation p-value, NaN when rho is undefined
     */
    public record Result(int n, double rho, double p) {
        /** Whether rho is a number. */
        public boolean defined() {
            return !Double.isNaN(rho);
        }
    }

    private Spearman() {
    }

    /** The test of the pairs (x[i], y[i]); both arrays finite and of the same length. */
    public static Result test(double[] x, double[] y) {
        check(x, y);
        double[] rx = centred(midRanks(x));
        double[] ry = centred(midRanks(y));
        double rho = correlation(rx, ry);
        if (Double.isNaN(rho)) {
            return new Result(x.length, Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] work = ry.clone();
        double observed = Math.abs(rho) - 1e-12;
        long hits = 0;
        for (int k = 0; k < PERMUTATIONS; k++) {
            for (int i = work.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double swap = work[i];
                work[i] = work[j];
                work[j] = swap;
            }
            if (Math.abs(correlation(rx, work)) >= observed) {
                hits++;
            }
        }
        return new Result(x.length, rho, (hits + 1.0) / (PERMUTATIONS + 1.0));
    }

    /** Spearman's rho of the pairs (x[i], y[i]); NaN when undefined. */
    public static double rho(double[] x, double[] y) {
        check(x, y);
        return correlation(centred(midRanks(x)), centred(midRanks(y)));
    }

    /** The ranks 1..n of the values, ties sharing the mean of the ranks they occupy. */
    static double[] midRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && values[order[to]] == values[order[from]]) {
                to++;
            }
            double mid = (from + 1 + to) / 2.0;
            for (int k = from; k < to; k++) {
                ranks[order[k]] = mid;
            }
            from = to;
        }
        return ranks;
    }

    private static double[] centred(double[] ranks) {
        double mean = (ranks.length + 1) / 2.0;
        double[] out = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            out[i] = ranks[i] - mean;
        }
        return out;
    }

    /** Pearson's correlation of two centred vectors; NaN when either is all zero (or shorter than 2). */
    private static double correlation(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? Double.NaN : ab / Math.sqrt(aa * bb);
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values and " + y.length + " y values, expected pairs");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("pair " + i + " is (" + x[i] + ", " + y[i]
                        + "), expected finite numbers");
            }
        }
    }
}
