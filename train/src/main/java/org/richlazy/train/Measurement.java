package org.richlazy.train;

import java.util.List;
import org.richlazy.transform.SpecProblem;

/**
 * What the laziness measures are taken on (docs/science.md#laziness-measures): the keys
 * {@code training.probe-batches} and {@code training.linearized} (docs/config.md#training). A {@code null} component
 * takes its default.
 *
 * @param probeBatches probe-set size in batches, drawn before training from the run seed (default and paper 10)
 * @param linearized   also train each run's first-order Taylor model around its initial weights, on the same
 *                     batches, and measure the gap between the two ({@link LinearizedModel}; default false: it makes
 *                     a run about 2.5 times as long)
 */
public record Measurement(Integer probeBatches, Boolean linearized) {
    public Measurement {
        probeBatches = probeBatches == null ? 10 : probeBatches;
        linearized = linearized != null && linearized;
    }

    /** Every default: 10 probe batches, no linearised model. */
    public static Measurement defaults() {
        return new Measurement(null, null);
    }

    /** What is wrong with these values (empty when nothing is). */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks().atLeast("probe-batches", probeBatches, 1).list();
    }
}
