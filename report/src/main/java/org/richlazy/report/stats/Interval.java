package org.richlazy.report.stats;

/** A closed interval {@code [low, high]}; both NaN when it cannot be computed. */
public record Interval(double low, double high) {
    /** Whether the bounds are numbers. */
    public boolean defined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
