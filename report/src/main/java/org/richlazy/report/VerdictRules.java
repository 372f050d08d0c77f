package org.richlazy.report;

import java.util.Locale;
import org.richlazy.train.task.TaskCatalog;

/**
 * The levels a verdict is held to (docs/science.md, "Verdicts"): which runs count, when two inits are compared
 * at equal performance, when a difference is a direction and when it is significant. Every report states them.
 *
 * @param alpha              a direction is a verdict only when every measure that points has a two-sided
 *                           permutation p below this
 * @param learnedAboveChance a run learned when its final accuracy is more than this above the task's chance
 *                           accuracy (and its loss fell)
 * @param silentBelow        a run went silent when fewer than this share of its units are active at the decision
 *                           step at the end
 * @param comparableAccuracy two inits are compared only when their mean final accuracies differ by at most this
 * @param weightChangeMargin a ratio of mean relative weight changes within {@code [1/(1+m), 1+m]} is no difference
 * @param alignmentMargin    a KA or RA difference of at most this is no difference
 * @param accuracyWindows    a run's final accuracy is the mean of its last this many curve windows (each the mean
 *                           over {@code training.curve-every} training batches), steadier than the last one alone
 * @param tasks              the tasks the composition root binds, whose chance accuracies a run's final accuracy is
 *                           held against
 */
public record VerdictRules(double alpha, double learnedAboveChance, double silentBelow, double comparableAccuracy,
                           double weightChangeMargin, double alignmentMargin, int accuracyWindows, TaskCatalog tasks) {
    /** The documented defaults, against the chance accuracies of {@code tasks}. */
    public static VerdictRules defaults(TaskCatalog tasks) {
        return new VerdictRules(0.05, 0.1, 0.05, 0.05, 0.1, 0.01, 5, tasks);
    }

    /** The rules in one sentence, for the report. */
    public String describe() {
        return String.format(Locale.ROOT, "A run's final accuracy is the mean of its last %d curve windows. Runs"
                + " count when they did not diverge, end more than %s above chance"
                + " accuracy with a loss below their first, and keep at least %s of units active at the decision"
                + " step; inits are compared when their mean final accuracies differ by at most %s; a measure points"
                + " when the weight-change ratio is outside 1 \u00b1 %s or a KA or RA difference exceeds %s, and a"
                + " direction is a verdict when every measure that points has a permutation p below %s.",
                accuracyWindows, Fmt.number(learnedAboveChance), percent(silentBelow), Fmt.number(comparableAccuracy),
                percent(weightChangeMargin), Fmt.number(alignmentMargin), Fmt.number(alpha));
    }

    private static String percent(double share) {
        return Fmt.number(100 * share) + " %";
    }
}
