package org.richlazy.report;

import java.util.List;
import java.util.Optional;
import org.richlazy.train.RunResult;
import org.richlazy.train.TrainException;

/**
 * Whether a run can stand in a verdict (docs/science.md, "Verdicts"): it did not diverge, it learned (its final
 * accuracy, {@link #finalAccuracy}, is more than {@link VerdictRules#learnedAboveChance()} above the chance accuracy
 * of its task in {@link VerdictRules#tasks()}, and its last curve loss is below its first) and it did not go silent
 * (at least {@link VerdictRules#silentBelow()} of its units are active at the decision step at the end). A run that
 * fails is flagged with the first reason that applies, in the order diverged, went silent, did not learn (a silent
 * network also fails to learn; silence says why), and left out of every comparison.
 */
final class LearningCheck {
    private LearningCheck() {
    }

    /** Why {@code run} is left out of verdicts, or empty when it counts. */
    static Optional<String> problem(RunResult run, VerdictRules rules) {
        if (run.diverged()) {
            return Optional.of("diverged" + (run.divergedAt() == null ? "" : " at iteration " + run.divergedAt()));
        }
        List<RunResult.CurvePoint> curve = run.curve();
        if (curve.isEmpty()) {
            return Optional.of("no training curve (0 iterations)");
        }
        if (run.activity() != null && run.activity().trained() != null) {
            double active = run.activity().trained().activeUnitsAt(run.activity().decisionStep());
            if (active < rules.silentBelow()) {
                return Optional.of("went silent: " + Fmt.number(100 * active) + " % of units active at the decision"
                        + " step at the end");
            }
        }
        double chance;
        try {
            chance = rules.tasks().chanceAccuracy(run.task());
        } catch (TrainException unknown) {
            return Optional.of("unknown task: its chance accuracy, and so whether the run learned, cannot be told");
        }
        double accuracy = finalAccuracy(run, rules);
        if (!(accuracy > chance + rules.learnedAboveChance())) {
            return Optional.of("did not learn: final accuracy " + Fmt.fixed(accuracy, 2) + ", not more than "
                    + Fmt.number(rules.learnedAboveChance()) + " above chance " + Fmt.number(chance));
        }
        double first = curve.get(0).loss();
        double last = curve.get(curve.size() - 1).loss();
        if (curve.size() > 1 && !(last < first)) {
            return Optional.of("did not learn: loss " + Fmt.number(last) + " at the end, not below "
                    + Fmt.number(first) + " at the start");
        }
        return Optional.empty();
    }

    /** The mean accuracy of the run's last {@link VerdictRules#accuracyWindows()} curve windows; NaN without any. */
    static double finalAccuracy(RunResult run, VerdictRules rules) {
        List<RunResult.CurvePoint> curve = run.curve();
        List<RunResult.CurvePoint> last = curve.subList(Math.max(0, curve.size() - rules.accuracyWindows()),
                curve.size());
        return last.stream().mapToDouble(RunResult.CurvePoint::accuracy).average().orElse(Double.NaN);
    }

    /** The runs that count, in the given order. */
    static List<RunResult> counted(List<RunResult> runs, VerdictRules rules) {
        return runs.stream().filter(r -> problem(r, rules).isEmpty()).toList();
    }

    /** The runs left out, in the given order. */
    static List<RunResult> flagged(List<RunResult> runs, VerdictRules rules) {
        return runs.stream().filter(r -> problem(r, rules).isPresent()).toList();
    }
}
