package org.richlazy.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;

/**
 * A number every run ends with: a final measure (docs/science.md#laziness-measures) or the decision-step accuracy of
 * the last
 * curve window. A completed run whose value is not finite (an alignment of an all-zero kernel, a run
 * with no curve window) has it undefined: it is left out of that value's statistics only and named.
 * Diverged runs are left out of every statistic.
 *
 * @param label       short name in tables and sentences
 * @param description what it is, for captions
 * @param value       the value of a run
 * @param richer      +1 when a larger value reads richer, -1 when a smaller one does, 0 for no reading
 */
record FinalValue(String label, String description, ToDoubleFunction<RunResult> value, int richer) {
    /** Decision-step accuracy of the last curve window (the {@code final_accuracy} of results.csv). */
    static final FinalValue ACCURACY = new FinalValue("accuracy",
            "decision-step accuracy, mean over the last curve window", RunResult::finalAccuracy, 0);

    /** Decision-step accuracy on the task's held-out set at the end (the {@code held_out_accuracy} of results.csv). */
    static final FinalValue HELD_OUT_ACCURACY = new FinalValue("held-out accuracy",
            "decision-step accuracy on the task's held-out set at the end of the run",
            r -> r.heldOut() == null ? Double.NaN : r.heldOut().accuracy(), 0);

    /** The values the summary tables show, in column order, for every task. */
    private static final List<FinalValue> SUMMARY = List.of(of(Measure.RELATIVE_WEIGHT_CHANGE),
            of(Measure.KERNEL_ALIGNMENT), of(Measure.REPRESENTATION_ALIGNMENT), of(Measure.SIGN_SIMILARITY), ACCURACY);

    /** {@link #SUMMARY}, with {@link #HELD_OUT_ACCURACY} after it when one of {@code runs} was scored on a held-out set. */
    static List<FinalValue> summary(List<RunResult> runs) {
        if (runs.stream().noneMatch(r -> r.heldOut() != null)) {
            return SUMMARY;
        }
        List<FinalValue> values = new java.util.ArrayList<>(SUMMARY);
        values.add(HELD_OUT_ACCURACY);
        return List.copyOf(values);
    }

    /** The final value of a measure. */
    static FinalValue of(Measure measure) {
        return new FinalValue(measure.label(), measure.description(), r -> measure.of(r.finalMeasures()),
                measure.richer());
    }

    double of(RunResult run) {
        return value.applyAsDouble(run);
    }

    /** Completed runs whose value is defined (finite), in the given order. */
    List<RunResult> measured(List<RunResult> runs) {
        return Comparison.completed(runs).stream().filter(r -> Double.isFinite(of(r))).toList();
    }

    /** Completed runs whose value is undefined (not finite), in the given order. */
    List<RunResult> undefined(List<RunResult> runs) {
        return Comparison.completed(runs).stream().filter(r -> !Double.isFinite(of(r))).toList();
    }

    /** The defined values over the completed runs; needs at least one. */
    Sample sample(List<RunResult> runs) {
        return new Sample(measured(runs).stream().mapToDouble(this::of).toArray());
    }
}
