package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement of arrays to a tolerance relative to the largest entry of the expected one. */
public final class Close {
    private Close() {
    }

    /** Every entry of {@code actual} within {@code relative} times the largest |expected| of its expected entry. */
    public static void assertClose(double[] actual, double[] expected, double relative, String what) {
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        assertThat(scale).as(what + " scale").isGreaterThan(0);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s, entry %d", what, i).isCloseTo(expected[i], within(relative * scale));
        }
    }
}
