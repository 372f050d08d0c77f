package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a {@link Plot}: a data range mapped linearly or logarithmically (base 10) onto [0, 1].
 *
 * @param min   lower end of the data range (positive for a log axis)
 * @param max   upper end
 * @param log   log10 scale
 * @param label axis label (plain text; escaped when drawn)
 */
record Axis(double min, double max, boolean log, String label) {
    Axis {
        double scale = Math.max(Math.abs(min), Math.abs(max));
        if (!(max - min > 1e-9 * scale)) {
            // a range that is empty or only rounding noise (equal values) is widened by 10% around it
            double pad = scale == 0 ? 1 : scale * 0.1;
            min -= pad;
            max += pad;
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("log axis " + label + " needs a positive range, got " + min);
        }
    }

    /** A linear axis over the finite values given, padded by 5% on each side. */
    static Axis around(double lo, double hi, String label) {
        double pad = (hi - lo) * 0.05;
        return new Axis(lo - pad, hi + pad, false, label);
    }

    /** A log axis from {@code lo} to {@code hi}, widened to whole decades. */
    static Axis logDecades(double lo, double hi, String label) {
        return new Axis(Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi))), true,
                label);
    }

    /** Fraction of the axis length at which {@code v} sits. */
    double fraction(double v) {
        if (log) {
            return (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (v - min) / (max - min);
    }

    /** Tick positions: powers of ten on a log axis, 1-2-5 steps on a linear one. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            int lo = (int) Math.ceil(Math.log10(min) - 1e-9);
            int hi = (int) Math.floor(Math.log10(max) + 1e-9);
            int every = Math.max(1, (hi - lo + 5) / 6);
            for (int e = Math.floorDiv(lo + every - 1, every) * every; e <= hi; e += every) {
                ticks.add(Math.pow(10, e));
            }
            return ticks;
        }
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5
                : 10);
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long i = first; i <= last; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** The SVG text content of a tick label (a power of ten as 10 with a raised exponent, minus sign U+2212). */
    String tickLabel(double v) {
        if (log) {
            int e = (int) Math.round(Math.log10(v));
            return e == 0 ? "1" : e == 1 ? "10" : "10<tspan dy=\"-5\" font-size=\"8\">"
                    + (e < 0 ? "\u2212" + -e : Integer.toString(e)) + "</tspan>";
        }
        return Fmt.number(v);
    }
}
