package org.richlazy.report.stats;

/**
 * 95% intervals of the difference and the ratio of two independent groups' means by Welch's t
 * (Welch 1947): the one interval method of the report's comparisons (docs/science.md, "Verdicts").
 *
 * <p>Difference: {@code d = mean(a) - mean(b)}, {@code se^2 = s_a^2 / n_a + s_b^2 / n_b}, the interval
 * {@code d +- t_{0.975, nu} se} with the Welch-Satterthwaite degrees of freedom
 * {@code nu = se^4 / ((s_a^2 / n_a)^2 / (n_a - 1) + (s_b^2 / n_b)^2 / (n_b - 1))}.
 *
 * <p>Ratio of positive means: the same on the log scale by the delta method,
 * {@code log(mean(a) / mean(b)) +- t_{0.975, nu} se} with {@code se^2 = s_a^2 / (n_a mean(a)^2) + s_b^2 / (n_b mean(b)^2)},
 * then exponentiated, so the interval is positive and symmetric in which group is on top.
 *
 * <p>Why not the percentile bootstrap: with 3 values per group a resample takes at most 10 distinct means,
 * and its percentile interval covers far less than 95% (it ignores that the spread itself is estimated
 * from 3 values); the t interval widens for that. Both bounds are NaN when a group has fewer than 2 values
 * (or, for the ratio, a mean is not positive); equal values on both sides give a zero-width interval.
 */
public final class WelchInterval {
    private WelchInterval() {
    }

    /** 95% interval of {@code mean(a) - mean(b)}. */
    public static Interval differenceOfMeans(Sample a, Sample b) {
        if (a.size() < 2 || b.size() < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double d = a.mean() - b.mean();
        double va = a.sd() * a.sd() / a.size();
        double vb = b.sd() * b.sd() / b.size();
        return around(d, va, vb, a.size(), b.size());
    }

    /** 95% interval of {@code mean(a) / mean(b)}, for positive means. */
    public static Interval ratioOfMeans(Sample a, Sample b) {
        if (a.size() < 2 || b.size() < 2 || !(a.mean() > 0) || !(b.mean() > 0)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double va = a.sd() * a.sd() / (a.size() * a.mean() * a.mean());
        double vb = b.sd() * b.sd() / (b.size() * b.mean() * b.mean());
        Interval log = around(Math.log(a.mean() / b.mean()), va, vb, a.size(), b.size());
        return new Interval(Math.exp(log.low()), Math.exp(log.high()));
    }

    /** {@code centre +- t se} for the two variance terms {@code va + vb = se^2}. */
    private static Interval around(double centre, double va, double vb, int na, int nb) {
        double se2 = va + vb;
        if (se2 == 0) {
            return new Interval(centre, centre);
        }
        double df = se2 * se2 / (va * va / (na - 1) + vb * vb / (nb - 1));
        double half = StudentT.quantile(0.975, df) * Math.sqrt(se2);
        return new Interval(centre - half, centre + half);
    }
}
