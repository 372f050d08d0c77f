package org.richlazy.report.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * Percentile bootstrap (Efron &amp; Tibshirani 1993, ch. 13) of a statistic of two independent
 * groups' means, e.g. their ratio or difference.
 *
 * <p>Each of {@link #RESAMPLES} resamples draws each group with replacement at its own size,
 * computes {@code statistic(mean(a*), mean(b*))}, and the 95% interval is the 2.5% and 97.5%
 * quantiles of those values (linear interpolation between order statistics, Hyndman &amp; Fan type 7).
 * Every draw comes from {@code SplittableRandom(}{@link #SEED}{@code )}, so the interval is the
 * same on every run; the report states both numbers.
 */
public final class Bootstrap {
    /** The seed of every bootstrap draw. */
    public static final long SEED = 20240101L;
    /** Number of bootstrap resamples. */
    public static final int RESAMPLES = 10_000;

    private Bootstrap() {
    }

    /** 95% interval of {@code mean(a) / mean(b)}; NaN bounds when either group has one value. */
    public static Interval ratioOfMeans(Sample a, Sample b) {
        return interval(a, b, (x, y) -> x / y);
    }

    /** 95% interval of {@code mean(a) - mean(b)}; NaN bounds when either group has one value. */
    public static Interval differenceOfMeans(Sample a, Sample b) {
        return interval(a, b, (x, y) -> x - y);
    }

    private static Interval interval(Sample a, Sample b, DoubleBinaryOperator statistic) {
        if (a.size() < 2 || b.size() < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double[] av = a.values();
        double[] bv = b.values();
        SplittableRandom random = new SplittableRandom(SEED);
        double[] stats = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            stats[r] = statistic.applyAsDouble(resampledMean(av, random), resampledMean(bv, random));
        }
        Arrays.sort(stats);
        return new Interval(quantile(stats, 0.025), quantile(stats, 0.975));
    }

    private static double resampledMean(double[] values, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    /** Type-7 quantile of sorted values: {@code h = (n - 1) p}, interpolate between x[floor h] and x[ceil h]. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
