package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.richlazy.report.stats.Interval;
import org.richlazy.report.stats.PermutationTest;
import org.richlazy.report.stats.Sample;
import org.richlazy.report.stats.WelchInterval;
import org.richlazy.train.RunResult;

/**
 * The studied init against one baseline on one task, over seeds, and the plain sentence that says it
 * (docs/science.md, "Verdicts").
 *
 * <p>Only runs that count enter any statistic ({@link LearningCheck}: not diverged, learned, not silent); the
 * others are named with their reason. Then, in order:
 * <ol>
 *   <li><b>no verdict</b> when a side has no run that counts;</li>
 *   <li><b>not comparable</b> when the two sides' mean final accuracies differ by more than
 *       {@link VerdictRules#comparableAccuracy()}: a lazier network that also learned less says nothing about the
 *       regime (train both to one target with {@code training.stop-at});</li>
 *   <li>each of the relative weight change, KA and RA <em>points</em> richer or lazier
 * (docs/science.md#laziness-measures: richer = larger
 *       weight change, lower KA, lower RA) when its difference is beyond its practical-equivalence margin
 *       ({@link VerdictRules#weightChangeMargin()} on the ratio, {@link VerdictRules#alignmentMargin()} on the
 *       alignments), and abstains when it is within it or undefined for every run of a side;</li>
 *   <li><b>no difference</b> when none points; <b>mixed</b> when they point both ways;</li>
 *   <li>when all that point agree: <b>richer</b> or <b>lazier</b> if every one of them has an exact two-sided
 *       permutation p ({@link PermutationTest}) below {@link VerdictRules#alpha()}; otherwise <b>inconclusive</b>,
 *       saying whether the seeds could not reach that level at all (3 vs 3: smallest p 0.10) or did not.</li>
 * </ol>
 * Intervals are Welch t intervals ({@link WelchInterval}), the one method for differences and ratios here.
 *
 * @param task         task name
 * @param studied      studied init name
 * @param baseline     baseline init name
 * @param studiedRuns  every run of the studied init on the task (flagged included)
 * @param baselineRuns every run of the baseline on the task (flagged included)
 * @param rules        the levels the verdict is held to
 * @param coverage     how much of its planned sweep the results hold; the verdict of a partial sweep says so
 */
public record Comparison(String task, String studied, String baseline, List<RunResult> studiedRuns,
                         List<RunResult> baselineRuns, VerdictRules rules, SweepCoverage coverage) {
    /** Why an alignment can be undefined for a run that completed. */
    static final String ZERO_KERNEL = "all-zero kernel: no unit active at the decision step, initially or at the end";

    /** The measures that vote, in the order sentences name them. */
    static final List<Measure> VOTING = List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
            Measure.REPRESENTATION_ALIGNMENT);

    /** What the comparison concludes. */
    public enum Direction {
        RICHER, LAZIER, MIXED, NO_DIFFERENCE, INCONCLUSIVE, NOT_COMPARABLE, NO_DATA;

        /** The verdict in words. */
        String word() {
            return this == NO_DATA ? "no verdict" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** Whether it is a direction stated as a finding (richer or lazier). */
        boolean decided() {
            return this == RICHER || this == LAZIER;
        }
    }

    public Comparison {
        studiedRuns = List.copyOf(studiedRuns);
        baselineRuns = List.copyOf(baselineRuns);
    }

    /** Over a complete sweep. */
    public Comparison(String task, String studied, String baseline, List<RunResult> studiedRuns,
                      List<RunResult> baselineRuns, VerdictRules rules) {
        this(task, studied, baseline, studiedRuns, baselineRuns, rules, SweepCoverage.COMPLETE);
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

    static List<RunResult> completed(List<RunResult> runs) {
        return runs.stream().filter(r -> !r.diverged()).toList();
    }

    static List<RunResult> diverged(List<RunResult> runs) {
        return runs.stream().filter(RunResult::diverged).toList();
    }

    /** The studied init's runs that count ({@link LearningCheck}). */
    public List<RunResult> studiedCounted() {
        return LearningCheck.counted(studiedRuns, rules);
    }

    /** The baseline's runs that count ({@link LearningCheck}). */
    public List<RunResult> baselineCounted() {
        return LearningCheck.counted(baselineRuns, rules);
    }

    /** Whether the measure is defined (finite) for at least one counted run on each side. */
    boolean defined(Measure measure) {
        return !measured(studiedCounted(), measure).isEmpty() && !measured(baselineCounted(), measure).isEmpty();
    }

    private boolean hasData() {
        return !studiedCounted().isEmpty() && !baselineCounted().isEmpty();
    }

    /** Mean final accuracy ({@link LearningCheck#finalAccuracy}) of the counted runs of each side, studied first. */
    public double[] accuracies() {
        return new double[] {meanAccuracy(studiedCounted()), meanAccuracy(baselineCounted())};
    }

    private double meanAccuracy(List<RunResult> runs) {
        return runs.stream().mapToDouble(r -> LearningCheck.finalAccuracy(r, rules)).average().orElse(Double.NaN);
    }

    /** Mean relative weight change of the studied init over the baseline's. */
    public double weightChangeRatio() {
        return sample(studiedCounted(), Measure.RELATIVE_WEIGHT_CHANGE).mean()
                / sample(baselineCounted(), Measure.RELATIVE_WEIGHT_CHANGE).mean();
    }

    /** 95% Welch interval of {@link #weightChangeRatio()}. */
    public Interval weightChangeRatioInterval() {
        return WelchInterval.ratioOfMeans(sample(studiedCounted(), Measure.RELATIVE_WEIGHT_CHANGE),
                sample(baselineCounted(), Measure.RELATIVE_WEIGHT_CHANGE));
    }

    /** Mean of a measure for the studied init minus the baseline's. */
    public double difference(Measure measure) {
        return sample(studiedCounted(), measure).mean() - sample(baselineCounted(), measure).mean();
    }

    /** 95% Welch interval of {@link #difference(Measure)}. */
    public Interval differenceInterval(Measure measure) {
        return WelchInterval.differenceOfMeans(sample(studiedCounted(), measure), sample(baselineCounted(), measure));
    }

    /** Exact two-sided permutation test of the difference in mean of a measure. */
    public PermutationTest.Result test(Measure measure) {
        return PermutationTest.test(sample(studiedCounted(), measure), sample(baselineCounted(), measure));
    }

    /**
     * +1 when the measure points richer beyond its margin, -1 lazier, 0 when it abstains (within the margin, or
     * undefined for every run of a side).
     */
    int points(Measure measure) {
        if (!defined(measure)) {
            return 0;
        }
        if (measure == Measure.RELATIVE_WEIGHT_CHANGE) {
            double ratio = weightChangeRatio();
            double margin = 1 + rules.weightChangeMargin();
            return ratio > margin ? 1 : ratio < 1 / margin ? -1 : 0;
        }
        double d = difference(measure);
        return d < -rules.alignmentMargin() ? 1 : d > rules.alignmentMargin() ? -1 : 0;
    }

    /** Whether the two sides' mean final accuracies are within {@link VerdictRules#comparableAccuracy()}. */
    boolean comparable() {
        double[] accuracy = accuracies();
        return Math.abs(accuracy[0] - accuracy[1]) <= rules.comparableAccuracy();
    }

    /** The measures that point (beyond their margins), in {@link #VOTING} order. */
    List<Measure> pointing() {
        return VOTING.stream().filter(m -> points(m) != 0).toList();
    }

    /** The largest permutation p among the measures that point; NaN when none points. */
    public double p() {
        return pointing().stream().mapToDouble(m -> test(m).p()).max().orElse(Double.NaN);
    }

    /** The smallest p the weight-change test can reach with these seeds. */
    double smallestP() {
        return test(Measure.RELATIVE_WEIGHT_CHANGE).smallestP();
    }

    /** The verdict by the rule in the class comment. */
    public Direction direction() {
        if (!hasData()) {
            return Direction.NO_DATA;
        }
        if (!comparable()) {
            return Direction.NOT_COMPARABLE;
        }
        List<Measure> pointing = pointing();
        if (pointing.isEmpty()) {
            return Direction.NO_DIFFERENCE;
        }
        int way = points(pointing.get(0));
        if (pointing.stream().anyMatch(m -> points(m) != way)) {
            return Direction.MIXED;
        }
        if (!(p() < rules.alpha())) {
            return Direction.INCONCLUSIVE;
        }
        return way > 0 ? Direction.RICHER : Direction.LAZIER;
    }

    /** The verdict in words, marked "(partial: 4 of 9 runs)" when the sweep lacks planned runs. */
    public String verdict() {
        return direction().word() + coverage.mark();
    }

    /** Which way the means lean when the verdict is inconclusive: "richer" or "lazier". */
    String leaning() {
        return points(pointing().get(0)) > 0 ? "richer" : "lazier";
    }

    /**
     * The fewest seeds per init whose smallest attainable two-sided p, {@code 2 / C(2n, n)}, is at most a fifth of
     * {@link VerdictRules#alpha()}, so that a seed or two out of order can still leave p below it (5 at 0.05).
     */
    int recommendedSeeds() {
        int n = 2;
        while (2 / binomial(2 * n, n) > rules.alpha() / 5) {
            n++;
        }
        return n;
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /** What to do next where the verdict is weak; empty when it is a verdict. */
    public String nextStep() {
        return switch (direction()) {
            case NO_DATA -> remedyForLeftOutRuns();
            case NOT_COMPARABLE -> "train both to the same performance with training.stop-at, then compare";
            case INCONCLUSIVE -> smallestP() >= rules.alpha()
                    ? "run at least " + recommendedSeeds() + " seeds per init (training.seeds)"
                    : "run more seeds (training.seeds); " + recommendedSeeds() + " per init at least";
            case MIXED -> "the measures disagree: more seeds (at least " + recommendedSeeds() + " per init) tell a "
                    + "real disagreement from noise; read the measures one by one";
            case NO_DIFFERENCE, RICHER, LAZIER -> "";
        };
    }

    /** What addresses the reasons the left-out runs have: their dynamics, their training, or both. */
    private String remedyForLeftOutRuns() {
        List<String> reasons = new ArrayList<>();
        for (List<RunResult> side : List.of(studiedRuns, baselineRuns)) {
            LearningCheck.flagged(side, rules).forEach(r -> reasons.add(LearningCheck.problem(r, rules).orElseThrow()));
        }
        List<String> remedies = new ArrayList<>();
        if (reasons.stream().anyMatch(r -> r.startsWith("diverged") || r.startsWith("went silent"))) {
            remedies.add("networks that explode or fall silent need signs, transform.row-balance, transform.selection:"
                    + " top-degree or transform.scaling: spectral-radius (the regime check of inspect and the report"
                    + " says whether the init starts in another regime)");
        }
        if (reasons.stream().anyMatch(r -> r.startsWith("did not learn"))) {
            remedies.add("networks that learned too little need more training.iterations or a larger"
                    + " training.learning-rate, unless the regime check warns");
        }
        return remedies.isEmpty() ? "give both inits runs (training.seeds)" : String.join("; ", remedies);
    }

    /**
     * The verdict sentence, e.g. {@code celltype vs gaussian on 2af: richer — relative weight change 1.80x
     * (95% CI 1.50-2.10), KA 0.42 vs 0.71, RA 0.55 vs 0.80, accuracy 0.86 vs 0.88, p = 0.008 (permutation, 5 vs 5
     * seeds; smallest attainable p = 0.008)}.
     */
    public String sentence() {
        String head = studied + " vs " + baseline + " on " + task + ": ";
        Direction direction = direction();
        StringBuilder s = new StringBuilder(head).append(verdict()).append(" \u2014 ");
        if (direction == Direction.NO_DATA) {
            List<String> missing = new ArrayList<>();
            for (var side : List.of(Map.entry(studied, studiedRuns), Map.entry(baseline, baselineRuns))) {
                if (side.getValue().isEmpty()) {
                    missing.add("no run of " + side.getKey());
                } else if (LearningCheck.counted(side.getValue(), rules).isEmpty()) {
                    missing.add("no run of " + side.getKey() + " counts");
                }
            }
            s.append(String.join(" and ", missing));
        } else if (direction == Direction.NOT_COMPARABLE) {
            double[] accuracy = accuracies();
            s.append("not at equal performance: final accuracy ").append(Fmt.fixed(accuracy[0], 2)).append(" vs ")
                    .append(Fmt.fixed(accuracy[1], 2)).append(", more than ").append(Fmt.number(rules.comparableAccuracy()))
                    .append(" apart");
        } else {
            if (direction == Direction.INCONCLUSIVE) {
                s.append("the means lean ").append(leaning()).append(": ");
            }
            s.append(weightChangeClause()).append(", ");
            s.append(alignmentClause(Measure.KERNEL_ALIGNMENT)).append(", ");
            s.append(alignmentClause(Measure.REPRESENTATION_ALIGNMENT)).append(", ");
            double[] accuracy = accuracies();
            s.append("accuracy ").append(Fmt.fixed(accuracy[0], 2)).append(" vs ").append(Fmt.fixed(accuracy[1], 2))
                    .append(", ").append(testClause());
            if (direction == Direction.INCONCLUSIVE) {
                s.append(smallestP() >= rules.alpha() ? "; " + seeds() + " cannot reach p < " + Fmt.number(rules.alpha())
                        : "; not significant at " + Fmt.number(rules.alpha()));
            }
        }
        String next = nextStep();
        if (!next.isEmpty()) {
            s.append("; next: ").append(next);
        }
        return s.append(flaggedClause()).toString();
    }

    private String seeds() {
        return studiedCounted().size() + " vs " + baselineCounted().size() + " seeds";
    }

    private String weightChangeClause() {
        StringBuilder s = new StringBuilder("relative weight change ");
        s.append(Fmt.fixed(weightChangeRatio(), 2)).append('x');
        Interval ci = weightChangeRatioInterval();
        s.append(ci.defined() ? " (95% CI " + Fmt.fixed(ci.low(), 2) + "-" + Fmt.fixed(ci.high(), 2) + ")"
                : " (no interval with one seed)");
        return s.append(abstains(Measure.RELATIVE_WEIGHT_CHANGE)).toString();
    }

    /** ", no difference" when a defined measure is within its margin. */
    private String abstains(Measure measure) {
        return defined(measure) && points(measure) == 0 ? ", no difference" : "";
    }

    private String alignmentClause(Measure measure) {
        if (!defined(measure)) {
            return measure.label() + " undefined for every run of "
                    + (measured(studiedCounted(), measure).isEmpty() ? studied : baseline) + " (" + ZERO_KERNEL + ")";
        }
        double mine = sample(studiedCounted(), measure).mean();
        double theirs = sample(baselineCounted(), measure).mean();
        String[] shown = Fmt.pair(mine, theirs);
        return measure.label() + " " + shown[0] + " vs " + shown[1] + abstains(measure) + undefinedNote(measure);
    }

    private String undefinedNote(Measure measure) {
        List<RunResult> left = new ArrayList<>(undefined(studiedCounted(), measure));
        left.addAll(undefined(baselineCounted(), measure));
        if (left.isEmpty()) {
            return "";
        }
        return " (undefined, " + ZERO_KERNEL + ", in " + String.join(", ",
                left.stream().map(r -> r.init() + " s" + r.seed()).toList()) + ")";
    }

    private String testClause() {
        List<Measure> pointing = pointing();
        if (pointing.isEmpty()) {
            return "no measure beyond its margin";
        }
        PermutationTest.Result r = test(pointing.get(0));
        String which = pointing.size() == 1 ? pointing.get(0).label() : "largest of "
                + String.join(", ", pointing.stream().map(Measure::label).toList());
        if (r.exact()) {
            return "p = " + Fmt.p(p()) + " (permutation, " + which + ", " + seeds() + "; smallest attainable p = "
                    + Fmt.p(smallestP()) + ")";
        }
        return "p = " + Fmt.p(p()) + " (permutation, " + which + ", " + seeds() + ", " + r.splits()
                + " random splits, seed " + PermutationTest.SEED + ")";
    }

    private String flaggedClause() {
        List<RunResult> flagged = new ArrayList<>(LearningCheck.flagged(studiedRuns, rules));
        flagged.addAll(LearningCheck.flagged(baselineRuns, rules));
        if (flagged.isEmpty()) {
            return "";
        }
        List<String> names = flagged.stream().map(r -> r.init() + " s" + r.seed() + " ("
                + LearningCheck.problem(r, rules).orElseThrow() + ")").toList();
        return "; " + flagged.size() + " run" + (flagged.size() == 1 ? "" : "s") + " left out: "
                + String.join(", ", names);
    }
}
