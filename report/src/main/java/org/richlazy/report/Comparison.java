package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.richlazy.report.stats.Bootstrap;
import org.richlazy.report.stats.Interval;
import org.richlazy.report.stats.PermutationTest;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;

/**
 * The studied init against one baseline on one task, over seeds, and the plain sentence that says it.
 *
 * <p>Rule (SPEC §5, "richer = larger weight change, lower RA, lower KA"), on the means over the
 * completed (not diverged) seeds of each init:
 * <ul>
 *   <li><b>richer</b>: the studied init's mean relative weight change is larger than the baseline's
 *       AND its mean KA is lower AND its mean RA is lower;</li>
 *   <li><b>lazier</b>: all three point the other way (smaller change, higher KA, higher RA);</li>
 *   <li><b>mixed</b>: anything else (including an exact tie); the sentence names which measure points
 *       which way.</li>
 * </ul>
 * The direction is read from the point estimates; how sure it is comes with it: the ratio of mean
 * relative weight changes with its 95% percentile-bootstrap interval ({@link Bootstrap}), the KA and RA
 * means, and the exact two-sided permutation p of the difference in mean relative weight change
 * ({@link PermutationTest}), with the smallest p the number of seeds can reach (0.10 for 3 vs 3).
 * Diverged runs are excluded from every statistic, and counted and listed in the sentence.
 *
 * @param task     task name
 * @param studied  studied init name
 * @param baseline baseline init name
 * @param studiedRuns  every run of the studied init on the task (diverged included)
 * @param baselineRuns every run of the baseline on the task (diverged included)
 */
public record Comparison(String task, String studied, String baseline, List<RunResult> studiedRuns,
                         List<RunResult> baselineRuns) {
    /** Why an alignment can be undefined for a run that completed. */
    static final String ZERO_KERNEL = "all-zero kernel: no unit active at the decision step, initially or at the end";

    /** Which way learning moved for the studied init relative to the baseline. */
    public enum Direction {
        RICHER, LAZIER, MIXED, NO_DATA;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public Comparison {
        studiedRuns = List.copyOf(studiedRuns);
        baselineRuns = List.copyOf(baselineRuns);
    }

    /**
     * The finite values of a measure over the completed runs of the given list. An alignment is
     * undefined (NaN) when a kernel is all zero, e.g. a network whose decision-step units are all
     * silent; such runs are left out of that measure only and named by {@link #undefined}.
     */
    static Sample sample(List<RunResult> runs, Measure measure) {
        return FinalValue.of(measure).sample(runs);
    }

    /** Completed runs whose final value of the measure is defined (finite), in the given order. */
    static List<RunResult> measured(List<RunResult> runs, Measure measure) {
        return FinalValue.of(measure).measured(runs);
    }

    /** Completed runs whose final value of the measure is undefined (not finite). */
    static List<RunResult> undefined(List<RunResult> runs, Measure measure) {
        return FinalValue.of(measure).undefined(runs);
    }

    /** Whether the measure is defined (finite) for at least one completed run on each side. */
    boolean defined(Measure measure) {
        return !measured(studiedRuns, measure).isEmpty() && !measured(baselineRuns, measure).isEmpty();
    }

    static List<RunResult> completed(List<RunResult> runs) {
        return runs.stream().filter(r -> !r.diverged()).toList();
    }

    static List<RunResult> diverged(List<RunResult> runs) {
        return runs.stream().filter(RunResult::diverged).toList();
    }

    private boolean hasData() {
        return !completed(studiedRuns).isEmpty() && !completed(baselineRuns).isEmpty();
    }

    /** Mean relative weight change of the studied init over the baseline's. */
    public double weightChangeRatio() {
        return sample(studiedRuns, Measure.RELATIVE_WEIGHT_CHANGE).mean()
                / sample(baselineRuns, Measure.RELATIVE_WEIGHT_CHANGE).mean();
    }

    /** 95% percentile-bootstrap interval of {@link #weightChangeRatio()}. */
    public Interval weightChangeRatioInterval() {
        return Bootstrap.ratioOfMeans(sample(studiedRuns, Measure.RELATIVE_WEIGHT_CHANGE),
                sample(baselineRuns, Measure.RELATIVE_WEIGHT_CHANGE));
    }

    /** Mean of a measure for the studied init minus the baseline's. */
    public double difference(Measure measure) {
        return sample(studiedRuns, measure).mean() - sample(baselineRuns, measure).mean();
    }

    /** 95% percentile-bootstrap interval of {@link #difference(Measure)}. */
    public Interval differenceInterval(Measure measure) {
        return Bootstrap.differenceOfMeans(sample(studiedRuns, measure), sample(baselineRuns, measure));
    }

    /** Exact two-sided permutation test of the difference in mean of a measure. */
    public PermutationTest.Result test(Measure measure) {
        return PermutationTest.test(sample(studiedRuns, measure), sample(baselineRuns, measure));
    }

    /**
     * The direction by the rule in the class comment; an alignment that is undefined for every
     * run of one side does not vote.
     */
    public Direction direction() {
        if (!hasData()) {
            return Direction.NO_DATA;
        }
        int change = Double.compare(difference(Measure.RELATIVE_WEIGHT_CHANGE), 0);
        boolean richer = change > 0;
        boolean lazier = change < 0;
        for (Measure alignment : List.of(Measure.KERNEL_ALIGNMENT, Measure.REPRESENTATION_ALIGNMENT)) {
            if (defined(alignment)) {
                int sign = Double.compare(difference(alignment), 0);
                richer &= sign < 0;
                lazier &= sign > 0;
            }
        }
        return richer ? Direction.RICHER : lazier ? Direction.LAZIER : Direction.MIXED;
    }

    /**
     * The verdict sentence, e.g. {@code celltype vs gaussian on 2af: richer — relative weight change 1.80x
     * (95% CI 1.50-2.10), KA 0.42 vs 0.71, RA 0.55 vs 0.80, p = 0.10 (permutation, 3 vs 3 seeds; smallest
     * attainable p = 0.10)}.
     */
    public String sentence() {
        String head = studied + " vs " + baseline + " on " + task + ": ";
        if (!hasData()) {
            List<String> missing = new ArrayList<>();
            for (var side : List.of(Map.entry(studied, studiedRuns), Map.entry(baseline, baselineRuns))) {
                if (side.getValue().isEmpty()) {
                    missing.add("no run of " + side.getKey());
                } else if (completed(side.getValue()).isEmpty()) {
                    missing.add("no completed run of " + side.getKey());
                }
            }
            return head + "no verdict \u2014 " + String.join(" and ", missing) + divergedClause();
        }
        Direction direction = direction();
        StringBuilder s = new StringBuilder(head).append(direction.word()).append(" \u2014 ");
        s.append(weightChangeClause(direction)).append(", ");
        s.append(alignmentClause(Measure.KERNEL_ALIGNMENT, direction)).append(", ");
        s.append(alignmentClause(Measure.REPRESENTATION_ALIGNMENT, direction)).append(", ");
        s.append(testClause());
        if (direction != Direction.MIXED && test(Measure.RELATIVE_WEIGHT_CHANGE).p() > 0.05) {
            s.append("; the direction is that of the means and is not significant at 0.05");
        }
        return s.append(divergedClause()).toString();
    }

    private String weightChangeClause(Direction direction) {
        StringBuilder s = new StringBuilder("relative weight change ");
        if (direction == Direction.MIXED) {
            s.append("points ").append(difference(Measure.RELATIVE_WEIGHT_CHANGE) > 0 ? "richer"
                    : difference(Measure.RELATIVE_WEIGHT_CHANGE) < 0 ? "lazier" : "neither way").append(' ');
        }
        s.append(Fmt.fixed(weightChangeRatio(), 2)).append('x');
        Interval ci = weightChangeRatioInterval();
        s.append(ci.defined() ? " (95% CI " + Fmt.fixed(ci.low(), 2) + "-" + Fmt.fixed(ci.high(), 2) + ")"
                : " (no interval with one seed)");
        return s.toString();
    }

    private String alignmentClause(Measure measure, Direction direction) {
        if (!defined(measure)) {
            return measure.label() + " undefined for every run of "
                    + (measured(studiedRuns, measure).isEmpty() ? studied : baseline) + " (" + ZERO_KERNEL + ")";
        }
        double mine = sample(studiedRuns, measure).mean();
        double theirs = sample(baselineRuns, measure).mean();
        String[] shown = Fmt.pair(mine, theirs);
        String pointer = "";
        if (direction == Direction.MIXED) {
            pointer = "points " + (mine < theirs ? "richer" : mine > theirs ? "lazier" : "neither way") + " ";
        }
        return measure.label() + " " + pointer + shown[0] + " vs " + shown[1] + undefinedNote(measure);
    }

    private String undefinedNote(Measure measure) {
        List<RunResult> left = new ArrayList<>(undefined(studiedRuns, measure));
        left.addAll(undefined(baselineRuns, measure));
        if (left.isEmpty()) {
            return "";
        }
        return " (undefined, " + ZERO_KERNEL + ", in " + String.join(", ",
                left.stream().map(r -> r.init() + " s" + r.seed()).toList()) + ")";
    }

    private String testClause() {
        PermutationTest.Result r = test(Measure.RELATIVE_WEIGHT_CHANGE);
        int n1 = completed(studiedRuns).size();
        int n2 = completed(baselineRuns).size();
        String sizes = n1 + " vs " + n2 + " seeds";
        if (r.exact()) {
            return "p = " + Fmt.p(r.p()) + " (permutation, " + sizes + "; smallest attainable p = "
                    + Fmt.p(r.smallestP()) + ")";
        }
        return "p = " + Fmt.p(r.p()) + " (permutation, " + sizes + ", " + r.splits() + " random splits, seed "
                + PermutationTest.SEED + ")";
    }

    private String divergedClause() {
        List<RunResult> diverged = new ArrayList<>(diverged(studiedRuns));
        diverged.addAll(diverged(baselineRuns));
        if (diverged.isEmpty()) {
            return "";
        }
        List<String> names = diverged.stream().map(r -> r.init() + " s" + r.seed()
                + (r.divergedAt() == null ? "" : " at iteration " + r.divergedAt())).toList();
        return "; " + diverged.size() + " diverged run" + (diverged.size() == 1 ? "" : "s") + " excluded: "
                + String.join(", ", names);
    }
}
