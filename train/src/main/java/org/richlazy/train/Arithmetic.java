package org.richlazy.train;

/**
 * How a run's numbers are computed, as against what they are (docs/science.md#model-transform---train,
 * docs/performance.md): the key {@code training.precision} (docs/config.md#training). The choices here change the
 * speed and the rounding of a run, never its model. A {@code null} component takes its default.
 *
 * @param precision {@code float32} (default, the fast path) or {@code float64} (the reference path, for
 *                  cross-checks); the tangent kernel of the measures is computed in the same precision
 */
public record Arithmetic(Precision precision) {
    public Arithmetic {
        precision = precision == null ? Precision.FLOAT32 : precision;
    }

    /** Every default: float32. */
    public static Arithmetic defaults() {
        return new Arithmetic(null);
    }
}
