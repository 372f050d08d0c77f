package org.richlazy.report.stats;

import java.util.SplittableRandom;

/**
 * Two-sided permutation test of the difference of two groups' means (Fisher 1935; Good 2005).
 *
 * <p>Under the null hypothesis that the group labels are exchangeable, every split of the pooled
 * n1 + n2 values into groups of n1 and n2 is equally likely. The p-value is the fraction of splits
 * whose {@code |mean(a) - mean(b)|} is at least the observed one. When there are at most
 * {@link #EXACT_LIMIT} splits all of them are enumerated (exact test); otherwise
 * {@link #MONTE_CARLO_DRAWS} random splits from {@code SplittableRandom(}{@link #SEED}{@code )} give
 * {@code p = (hits + 1) / (draws + 1)} (Phipson &amp; Smyth 2010).
 *
 * <p>The smallest attainable p of an exact test is the share of splits that reach the largest
 * possible |difference| (at least 2 / C(n1+n2, n1) for equal group sizes: 0.1 for 3 vs 3), so a
 * report can say when the number of seeds cannot reach significance whatever the data.
 */
public final class PermutationTest {
    /** Largest number of splits enumerated exactly. */
    public static final long EXACT_LIMIT = 2_000_000L;
    /** Random splits drawn when there are more than {@link #EXACT_LIMIT}. */
    public static final int MONTE_CARLO_DRAWS = 100_000;
    /** The seed of the random splits. */
    public static final long SEED = 20240101L;

    /**
     * @param p               the two-sided p-value
     * @param smallestP       the smallest p this test could give with these group sizes and values
     * @param exact           whether every split was enumerated
     * @param splits          the number of splits counted (enumerated or drawn)
     */
    public record Result(double p, double smallestP, boolean exact, long splits) {
    }

    private PermutationTest() {
    }

    /** The test; both groups need at least one value. */
    public static Result test(Sample a, Sample b) {
        double[] pooled = new double[a.size() + b.size()];
        System.arraycopy(a.values(), 0, pooled, 0, a.size());
        System.arraycopy(b.values(), 0, pooled, a.size(), b.size());
        double total = 0;
        for (double v : pooled) {
            total += v;
        }
        double observed = Math.abs(a.mean() - b.mean());
        double tolerance = 1e-9 * Math.max(1, Math.abs(total) / pooled.length);
        long splits = binomial(pooled.length, a.size());
        if (pooled.length <= 62 && splits <= EXACT_LIMIT) {
            return exact(pooled, a.size(), total, observed, tolerance, splits);
        }
        return monteCarlo(pooled, a.size(), total, observed, tolerance);
    }

    private static Result exact(double[] pooled, int n1, double total, double observed, double tolerance,
                                long splits) {
        int n = pooled.length;
        int n2 = n - n1;
        long hits = 0;
        long atMax = 0;
        double max = -1;
        long mask = (1L << n1) - 1;
        for (long s = 0; s < splits; s++) {
            double sumA = 0;
            for (long m = mask; m != 0; m &= m - 1) {
                sumA += pooled[Long.numberOfTrailingZeros(m)];
            }
            double diff = Math.abs(sumA / n1 - (total - sumA) / n2);
            if (diff >= observed - tolerance) {
                hits++;
            }
            if (diff > max + tolerance) {
                max = diff;
                atMax = 1;
            } else if (diff >= max - tolerance) {
                atMax++;
            }
            mask = nextCombination(mask);
        }
        return new Result((double) hits / splits, (double) atMax / splits, true, splits);
    }

    private static Result monteCarlo(double[] pooled, int n1, double total, double observed, double tolerance) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] work = pooled.clone();
        int n2 = work.length - n1;
        long hits = 0;
        for (int d = 0; d < MONTE_CARLO_DRAWS; d++) {
            double sumA = 0;
            for (int i = 0; i < n1; i++) {
                int j = i + random.nextInt(work.length - i);
                double swap = work[i];
                work[i] = work[j];
                work[j] = swap;
                sumA += work[i];
            }
            if (Math.abs(sumA / n1 - (total - sumA) / n2) >= observed - tolerance) {
                hits++;
            }
        }
        return new Result((hits + 1.0) / (MONTE_CARLO_DRAWS + 1.0), 1.0 / (MONTE_CARLO_DRAWS + 1.0), false,
                MONTE_CARLO_DRAWS);
    }

    /** Gosper's hack: the next larger integer with the same number of set bits. */
    private static long nextCombination(long mask) {
        long lowest = mask & -mask;
        long ripple = mask + lowest;
        return (((ripple ^ mask) >>> 2) / lowest) | ripple;
    }

    /** C(n, k), saturating at Long.MAX_VALUE. */
    static long binomial(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            if (c > Long.MAX_VALUE / (n - k + i)) {
                return Long.MAX_VALUE;
            }
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
