package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.report.stats.Interval;
import org.richlazy.train.Measures;
import org.richlazy.train.Precision;
import org.richlazy.train.RunResult;

class ComparisonTest {
    private static final double[] FAST = {1.7, 1.8, 1.9};
    private static final double[] SLOW = {0.9, 1.0, 1.1};
    private static final double[] LOW_KA = {0.40, 0.42, 0.44};
    private static final double[] HIGH_KA = {0.70, 0.71, 0.72};
    private static final double[] LOW_RA = {0.55, 0.55, 0.55};
    private static final double[] HIGH_RA = {0.80, 0.80, 0.80};

    private static Comparison compare(List<RunResult> mine, List<RunResult> theirs) {
        return new Comparison("2af", "celltype", "gaussian", mine, theirs, Fixtures.RULES);
    }

    private static final double[] FAST5 = {1.7, 1.75, 1.8, 1.85, 1.9};
    private static final double[] SLOW5 = {0.9, 0.95, 1.0, 1.05, 1.1};
    private static final double[] LOW_KA5 = {0.40, 0.41, 0.42, 0.43, 0.44};
    private static final double[] HIGH_KA5 = {0.70, 0.705, 0.71, 0.715, 0.72};
    private static final double[] LOW_RA5 = {0.55, 0.55, 0.55, 0.55, 0.55};
    private static final double[] HIGH_RA5 = {0.80, 0.80, 0.80, 0.80, 0.80};

    /** {@code run} with the accuracy of its last five curve windows (its final accuracy) replaced. */
    private static RunResult withFinalAccuracy(RunResult run, double accuracy) {
        List<RunResult.CurvePoint> curve = new ArrayList<>(run.curve());
        for (int i = curve.size() - 5; i < curve.size(); i++) {
            RunResult.CurvePoint p = curve.get(i);
            curve.set(i, new RunResult.CurvePoint(p.iteration(), p.loss(), accuracy));
        }
        return run.toBuilder().curve(curve).build();
    }

    @Test
    void richerWhenEveryMeasurePointsRicherAndFiveSeedsMakeItSignificant() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST5, LOW_KA5, LOW_RA5),
                Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, HIGH_RA5));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.RICHER);
        assertThat(c.weightChangeRatio()).isCloseTo(1.8, within(1e-12));
        Interval ci = c.weightChangeRatioInterval();
        assertThat(ci.low()).isBetween(1.6, 1.8);
        assertThat(ci.high()).isBetween(1.8, 2.0);
        assertThat(c.difference(Measure.KERNEL_ALIGNMENT)).isCloseTo(0.42 - 0.71, within(1e-12));
        double[] accuracy = c.accuracies();
        assertThat(c.sentence()).isEqualTo("celltype vs gaussian on 2af: richer \u2014 relative weight change 1.80x"
                + " (95% CI " + Fmt.fixed(ci.low(), 2) + "-" + Fmt.fixed(ci.high(), 2) + "), KA 0.420 vs 0.710,"
                + " RA 0.550 vs 0.800, accuracy " + Fmt.fixed(accuracy[0], 2) + " vs " + Fmt.fixed(accuracy[1], 2)
                + ", p = 0.008 (permutation, largest of relative weight change, KA, RA, 5 vs 5 seeds; smallest"
                + " attainable p = 0.008)");
        assertThat(c.nextStep()).isEmpty();
    }

    @Test
    void threeSeedsAgainstThreeAreInconclusiveAndSayHowManySeedsCouldDecide() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA),
                Fixtures.seeds("gaussian", "2af", SLOW, HIGH_KA, HIGH_RA));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.INCONCLUSIVE);
        assertThat(c.recommendedSeeds()).isEqualTo(5);
        assertThat(c.sentence()).startsWith("celltype vs gaussian on 2af: inconclusive \u2014 the means lean richer:"
                + " relative weight change 1.80x").contains("p = 0.10", "3 vs 3 seeds cannot reach p < 0.05")
                .endsWith("; next: run at least 5 seeds per init (training.seeds)");
        assertThat(SummarySection.table(List.of(c)).markdown()).contains("inconclusive (means lean richer; 3 vs 3 seeds"
                + " cannot reach p \\< 0.05, smallest attainable 0.10)");
    }

    @Test
    void lazierWhenEveryMeasurePointsTheOtherWay() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", SLOW5, HIGH_KA5, HIGH_RA5),
                Fixtures.seeds("gaussian", "2af", FAST5, LOW_KA5, LOW_RA5));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.LAZIER);
        assertThat(c.sentence()).startsWith("celltype vs gaussian on 2af: lazier \u2014 relative weight change 0.56x")
                .contains("KA 0.710 vs 0.420, RA 0.800 vs 0.550", "p = 0.008");
    }

    @Test
    void mixedWhenMeasuresPointBothWaysBeyondTheirMargins() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST5, LOW_KA5, HIGH_RA5),
                Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, LOW_RA5));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.MIXED);
        assertThat(c.points(Measure.REPRESENTATION_ALIGNMENT)).isEqualTo(-1);
        assertThat(c.nextStep()).startsWith("the measures disagree");
    }

    @Test
    void aDifferenceWithinItsMarginAbstainsInsteadOfDecidingTheVerdict() {
        // RA 0.551 vs 0.550: a difference of 0.001 is no difference, so it neither makes the verdict mixed nor votes
        double[] ra = {0.551, 0.551, 0.551, 0.551, 0.551};
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST5, LOW_KA5, ra),
                Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, LOW_RA5));
        assertThat(c.points(Measure.REPRESENTATION_ALIGNMENT)).isZero();
        assertThat(c.direction()).isEqualTo(Comparison.Direction.RICHER);
        assertThat(c.sentence()).contains("RA 0.551 vs 0.550, no difference");
    }

    @Test
    void noDifferenceWhenEveryMeasureIsWithinItsMargin() {
        double[] change = {1.0, 1.01, 1.02, 0.99, 0.98};
        Comparison c = compare(Fixtures.seeds("celltype", "2af", change, HIGH_KA5, HIGH_RA5),
                Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, HIGH_RA5));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.NO_DIFFERENCE);
        assertThat(c.sentence()).contains("no measure beyond its margin");
    }

    @Test
    void inconclusiveWhenTheSeedsCouldReachSignificanceButDidNot() {
        double[] overlapping = {0.8, 1.6, 1.2, 2.0, 1.0};
        Comparison c = compare(Fixtures.seeds("celltype", "2af", overlapping, LOW_KA5, LOW_RA5),
                Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, HIGH_RA5));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.INCONCLUSIVE);
        assertThat(c.sentence()).contains("; not significant at 0.05");
    }

    @Test
    void runsAtUnequalPerformanceAreNotComparable() {
        List<RunResult> mine = Fixtures.seeds("celltype", "2af", FAST5, LOW_KA5, LOW_RA5).stream()
                .map(r -> withFinalAccuracy(r, 0.75)).toList();
        Comparison c = compare(mine, Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, HIGH_RA5));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.NOT_COMPARABLE);
        assertThat(c.sentence()).startsWith("celltype vs gaussian on 2af: not comparable \u2014 not at equal"
                + " performance: final accuracy 0.75 vs 0.9").endsWith("; next: train both to the same performance"
                + " with training.stop-at, then compare");
    }

    @Test
    void aRunThatDidNotLearnIsLeftOutAndNamed() {
        List<RunResult> mine = new ArrayList<>(Fixtures.seeds("celltype", "2af", FAST5, LOW_KA5, LOW_RA5));
        mine.set(0, withFinalAccuracy(mine.get(0), 0.55));
        Comparison c = compare(mine, Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, HIGH_RA5));
        assertThat(c.studiedCounted()).hasSize(4);
        assertThat(c.sentence()).contains("4 vs 5 seeds").endsWith("; 1 run left out: celltype s1 (did not learn:"
                + " final accuracy 0.55, not more than 0.1 above chance 0.5)");
    }

    @Test
    void aRunThatWentSilentIsLeftOut() {
        ReportData data = Fixtures.withActivity(Fixtures.smallExperiment(), r -> false, r -> r.seed() == 1);
        RunResult silent = data.runs().stream().filter(r -> !r.diverged() && r.seed() == 1).findFirst().orElseThrow();
        assertThat(LearningCheck.problem(silent, Fixtures.RULES)).contains("went silent: 0 % of units active"
                + " at the decision step at the end");
    }

    @Test
    void aRunOfAnUnknownTaskIsLeftOutForWantOfAChanceAccuracy() {
        RunResult unknown = Fixtures.run("celltype", "xyz", 1, 1.8, 0.4, 0.5);
        assertThat(LearningCheck.problem(unknown, Fixtures.RULES)).contains("unknown task: its chance accuracy, and"
                + " so whether the run learned, cannot be told");
    }

    @Test
    void divergedRunsAreLeftOutCountedAndListed() {
        List<RunResult> theirs = new ArrayList<>(Fixtures.seeds("gaussian", "2af", SLOW, HIGH_KA, HIGH_RA));
        theirs.add(Fixtures.diverged("gaussian", "2af", 4, 420));
        List<RunResult> mine = new ArrayList<>(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA));
        mine.add(Fixtures.diverged("celltype", "2af", 9, 17));
        Comparison c = compare(mine, theirs);
        assertThat(c.weightChangeRatio()).isCloseTo(1.8, within(1e-12));
        assertThat(c.sentence()).contains("3 vs 3 seeds;")
                .endsWith("; 2 runs left out: celltype s9 (diverged at iteration 17), gaussian s4 (diverged at"
                        + " iteration 420)");
    }

    @Test
    void noVerdictWithoutRunsThatCount() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA),
                List.of(Fixtures.diverged("gaussian", "2af", 1, 5)));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.NO_DATA);
        assertThat(c.sentence()).startsWith("celltype vs gaussian on 2af: no verdict \u2014 no run of gaussian counts;"
                + " next: networks that explode or fall silent need signs").endsWith("; 1 run left out: gaussian s1 (diverged at"
                + " iteration 5)");
        assertThat(compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA), List.of()).sentence())
                .startsWith("celltype vs gaussian on 2af: no verdict \u2014 no run of gaussian;");
    }

    @Test
    void oneSeedEachSaysThereIsNoIntervalAndCannotDecide() {
        Comparison c = compare(List.of(Fixtures.run("celltype", "2af", 1, 2, 0.4, 0.5)),
                List.of(Fixtures.run("gaussian", "2af", 1, 1, 0.7, 0.8)));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.INCONCLUSIVE);
        assertThat(c.sentence()).contains("relative weight change 2.00x (no interval with one seed), KA 0.400 vs 0.700,"
                + " RA 0.500 vs 0.800", "1 vs 1 seeds cannot reach p < 0.05");
    }

    @Test
    void closeAlignmentsGetEnoughDecimals() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST, new double[] {0.997, 0.997, 0.997}, LOW_RA),
                Fixtures.seeds("gaussian", "2af", SLOW, new double[] {0.999, 0.999, 0.999}, HIGH_RA));
        assertThat(c.sentence()).contains("KA 0.997 vs 0.999");
    }

    @Test
    void anUndefinedAlignmentIsLeftOutOfThatMeasureAndNamed() {
        Measures silent = new Measures(3.5, 0.1, Double.NaN, 0.40, 1, 0.2);
        RunResult undefinedRa = RunResult.builder("celltype", "2af", 3).iterations(10).wallSeconds(1)
                .curve(Fixtures.run("celltype", "2af", 3, 1.9, 0.44, 0.55).curve()).finalMeasures(silent)
                .precision(Precision.FLOAT64).build();
        List<RunResult> studied = new java.util.ArrayList<>(
                Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA).subList(0, 2));
        studied.add(undefinedRa);
        Comparison c = compare(studied, Fixtures.seeds("gaussian", "2af", SLOW, HIGH_KA, HIGH_RA));
        assertThat(Comparison.sample(studied, Measure.REPRESENTATION_ALIGNMENT).size()).isEqualTo(2);
        assertThat(Comparison.sample(studied, Measure.KERNEL_ALIGNMENT).size()).isEqualTo(3);
        assertThat(c.sentence()).contains("(undefined, " + Comparison.ZERO_KERNEL + ", in celltype s3)");
    }

    @Test
    void anAlignmentUndefinedForEveryRunOfOneSideDoesNotVote() {
        Measures silent = new Measures(3.5, 0.1, Double.NaN, 0.40, 1, 0.2);
        List<RunResult> studied = Fixtures.seeds("celltype", "2af", FAST5, LOW_KA5, LOW_RA5).stream()
                .map(r -> r.toBuilder().wallSeconds(1).checkpoints(List.of()).finalMeasures(
                        new Measures(3.5, r.finalMeasures().relativeWeightChange(), Double.NaN, 0.40, 1, 0.2)).build())
                .toList();
        Comparison c = compare(studied, Fixtures.seeds("gaussian", "2af", SLOW5, HIGH_KA5, HIGH_RA5));
        assertThat(c.points(Measure.REPRESENTATION_ALIGNMENT)).isZero();
        assertThat(c.direction()).isEqualTo(Comparison.Direction.RICHER);
        assertThat(c.sentence()).contains("RA undefined for every run of celltype");
    }
}
