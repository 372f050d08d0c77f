package org.richlazy.train;

import java.util.List;
import org.richlazy.transform.SpecProblem;

/**
 * What the laziness measures are taken on (docs/science.md#laziness-measures): the keys
 * {@code training.probe-batches}, {@code training.linearized}, {@code training.curvature-batches} and
 * {@code training.trace-probes} (docs/config.md#training). A {@code null} component takes its default.
 *
 * @param probeBatches probe-set size in batches, drawn before training from the run seed (default and paper 10)
 * @param linearized   also train each run's first-order Taylor model around its initial weights, on the same
 *                     batches, and measure the gap between the two ({@link LinearizedModel}; default false: it makes
 *                     a run about 2.5 times as long)
 * @param curvatureBatches the first this many probe batches are the loss whose Hessian gives {@code sharpness} and
 *                     {@code hessian_trace} at the end of a run (docs/science.md#flatness-compression-and-generalisation;
 *                     default 2; 0: neither is computed); at most {@code probeBatches}
 * @param traceProbes  Rademacher vectors of the Hutchinson estimate of {@code hessian_trace} (default 10, at least 2,
 *                     so its standard error is defined)
 */
public record Measurement(Integer probeBatches, Boolean linearized, Integer curvatureBatches, Integer traceProbes) {
    public Measurement {
        probeBatches = probeBatches == null ? 10 : probeBatches;
        linearized = linearized != null && linearized;
        curvatureBatches = curvatureBatches == null ? Math.min(2, probeBatches) : curvatureBatches;
        traceProbes = traceProbes == null ? 10 : traceProbes;
    }

    /** Every default: 10 probe batches, no linearised model, the Hessian on 2 of them, 10 trace probes. */
    public static Measurement defaults() {
        return new Measurement(null, null, null, null);
    }

    /** What is wrong with these values (empty when nothing is). */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks().atLeast("probe-batches", probeBatches, 1)
                .atLeast("curvature-batches", curvatureBatches, 0)
                .require(curvatureBatches <= probeBatches, "curvature-batches", "= " + curvatureBatches,
                        "at most probe-batches (" + probeBatches + "): the Hessian's loss is on the first probe batches")
                .atLeast("trace-probes", traceProbes, 2).list();
    }
}
