package org.richlazy.train;

import java.util.List;
import org.richlazy.transform.SpecProblem;

/**
 * How a run's numbers are computed, as against what they are (docs/science.md#model-transform---train,
 * docs/performance.md): the keys {@code training.precision} and {@code training.weights} (docs/config.md#training).
 * The choices here change the speed, the memory and the rounding of a run, never its model: a sparse run is the
 * dense run under the {@code mask} constraint (docs/science.md#connectome-scale). A {@code null} component takes
 * its default.
 *
 * @param precision {@code float32} (default, the fast path) or {@code float64} (the reference path, for
 *                  cross-checks); the tangent kernel of the measures is computed in the same precision
 * @param weights   {@code auto} (default), {@code dense} or {@code sparse} ({@link WeightLayout})
 */
public record Arithmetic(Precision precision, WeightLayout weights) {
    public Arithmetic {
        precision = precision == null ? Precision.FLOAT32 : precision;
        weights = weights == null ? WeightLayout.AUTO : weights;
    }

    /** Every default: float32, weights auto. */
    public static Arithmetic defaults() {
        return new Arithmetic(null, null);
    }

    /** What is wrong with these settings together: sparse weights train in float32 only. */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks().require(!(weights == WeightLayout.SPARSE && precision == Precision.FLOAT64),
                "weights", "= sparse with precision float64", "precision float32: sparse weights train in float32 "
                        + "only (float64 is the dense reference path)").list();
    }
}
