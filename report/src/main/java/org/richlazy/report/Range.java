package org.richlazy.report;

/**
 * The values a quantity can take, from {@code min} to {@code max}: alignments, shares and accuracy lie in [0, 1], a
 * loss, a weight change or a path length is at least 0 (docs/science.md). A mean &plusmn; sd band or a t-interval of
 * the mean can reach past that range where no value can; the figures cut what they draw to it ({@link #cut}) and say
 * so ({@link #note}).
 *
 * @param min the smallest value the quantity can take
 * @param max the largest, {@code +Infinity} when unbounded
 */
record Range(double min, double max) {
    /** [0, 1]. */
    static final Range UNIT = new Range(0, 1);
    /** [0, &infin;). */
    static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);

    /** Cuts every value to the range, in place (NaN stays NaN); true when one was outside it. */
    boolean cut(double[] values) {
        boolean outside = false;
        for (int i = 0; i < values.length; i++) {
            double v = Math.min(max, Math.max(min, values[i]));
            outside |= v != values[i] && !Double.isNaN(v);
            values[i] = v;
        }
        return outside;
    }

    /** "[0, 1]" or "[0, &infin;)". */
    String text() {
        return "[" + Fmt.number(min) + ", " + (max == Double.POSITIVE_INFINITY ? "\u221e)" : Fmt.number(max) + "]");
    }

    /** The caption's sentence for {@code marks} ("Whiskers", "Bands") of {@code quantity} that were cut. */
    String note(String marks, String quantity) {
        return marks + " cut to " + text() + ", the values " + quantity + " can take.";
    }
}
