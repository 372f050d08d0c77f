package org.richlazy.report;

import java.util.Locale;

/** Number formatting for the report and its verdicts, locale-independent. */
final class Fmt {
    private Fmt() {
    }

    /** {@code value} with {@code decimals} decimals, Locale.ROOT. */
    /** A share as a percentage to one decimal, {@code 0.1234 -> "12.3 %"}. */
    static String percent(double share) {
        return fixed(100 * share, 1) + " %";
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * Two values with 3 decimals (the alignments' one rule, fine enough for their 0.01 margin), or 4 when 3 would
     * print them equal although they differ, so "KA 0.9997 vs 0.9999" never reads "1.000 vs 1.000".
     */
    static String[] pair(double a, double b) {
        int decimals = 3;
        while (decimals < 4 && a != b && fixed(a, decimals).equals(fixed(b, decimals))) {
            decimals++;
        }
        return new String[] {fixed(a, decimals), fixed(b, decimals)};
    }

    /**
     * A signed difference with 3 decimals, as the verdict table prints it, or 4 when 3 would print a nonzero
     * difference as 0 (then scientific), so a difference of 0.0003 reads "+0.0003", never "+0.000".
     */
    static String difference(double d) {
        int decimals = 3;
        while (decimals <= 4 && d != 0 && Math.abs(d) < 0.5 * Math.pow(10, -decimals)) {
            decimals++;
        }
        if (decimals > 4) {
            return String.format(Locale.ROOT, "%+.1e", d);
        }
        return (d > 0 ? "+" : "") + fixed(d, decimals);
    }

    /** A p-value: 2 decimals down to 0.01, 3 down to 0.001, then scientific. */
    static String p(double p) {
        if (p >= 0.01) {
            return fixed(p, 2);
        }
        if (p >= 0.001) {
            return fixed(p, 3);
        }
        return String.format(Locale.ROOT, "%.1e", p);
    }

    /** A general number in at most 4 significant digits, scientific when very large or small. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
