package org.richlazy.report.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of one group of per-seed values.
 *
 * <p>{@code mean = sum x_i / n}; {@code sd = sqrt(sum (x_i - mean)^2 / (n - 1))} (the unbiased
 * sample variance, undefined for n = 1, reported as NaN); the 95% interval of the mean is the
 * Student-t interval {@code mean +- t_{0.975, n-1} sd / sqrt(n)}, exact when the per-seed values
 * are normal and independent, NaN for n &lt; 2.
 */
public final class Sample {
    private final double[] values;

    /** @throws IllegalArgumentException if empty or a value is not finite */
    public Sample(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " of the sample is " + values[i]
                        + ", expected a finite number");
            }
        }
        this.values = values.clone();
    }

    public int size() {
        return values.length;
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    public double mean() {
        return Arrays.stream(values).sum() / values.length;
    }

    /** Sample standard deviation (n - 1 denominator); NaN for one value. */
    public double sd() {
        if (values.length < 2) {
            return Double.NaN;
        }
        double m = mean();
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** The 95% Student-t interval of the mean; NaN bounds for one value. */
    public Interval meanInterval95() {
        if (values.length < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double half = StudentT.quantile(0.975, values.length - 1) * sd() / Math.sqrt(values.length);
        return new Interval(mean() - half, mean() + half);
    }

    public double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(values).max().orElseThrow();
    }
}
