package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.report.stats.Interval;
import org.richlazy.train.Measures;
import org.richlazy.train.RunResult;

class ComparisonTest {
    private static final double[] FAST = {1.7, 1.8, 1.9};
    private static final double[] SLOW = {0.9, 1.0, 1.1};
    private static final double[] LOW_KA = {0.40, 0.42, 0.44};
    private static final double[] HIGH_KA = {0.70, 0.71, 0.72};
    private static final double[] LOW_RA = {0.55, 0.55, 0.55};
    private static final double[] HIGH_RA = {0.80, 0.80, 0.80};

    private static Comparison compare(List<RunResult> mine, List<RunResult> theirs) {
        return new Comparison("2af", "celltype", "gaussian", mine, theirs);
    }

    @Test
    void richerWhenChangeIsLargerAndBothAlignmentsLower() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA),
                Fixtures.seeds("gaussian", "2af", SLOW, HIGH_KA, HIGH_RA));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.RICHER);
        assertThat(c.weightChangeRatio()).isCloseTo(1.8, within(1e-12));
        Interval ci = c.weightChangeRatioInterval();
        // every bootstrap ratio lies between min/max = 1.7/1.1 and max/min = 1.9/0.9
        assertThat(ci.low()).isBetween(1.7 / 1.1, 1.8);
        assertThat(ci.high()).isBetween(1.8, 1.9 / 0.9);
        assertThat(c.difference(Measure.KERNEL_ALIGNMENT)).isCloseTo(0.42 - 0.71, within(1e-12));
        assertThat(c.sentence()).isEqualTo("celltype vs gaussian on 2af: richer \u2014 relative weight change 1.80x"
                + " (95% CI " + Fmt.fixed(ci.low(), 2) + "-" + Fmt.fixed(ci.high(), 2) + "), KA 0.42 vs 0.71,"
                + " RA 0.55 vs 0.80, p = 0.10 (permutation, 3 vs 3 seeds; smallest attainable p = 0.10);"
                + " the direction is that of the means and is not significant at 0.05");
    }

    @Test
    void lazierWhenEveryMeasurePointsTheOtherWay() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", SLOW, HIGH_KA, HIGH_RA),
                Fixtures.seeds("gaussian", "2af", FAST, LOW_KA, LOW_RA));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.LAZIER);
        assertThat(c.sentence()).startsWith("celltype vs gaussian on 2af: lazier \u2014 relative weight change 0.56x")
                .contains("KA 0.71 vs 0.42, RA 0.80 vs 0.55, p = 0.10");
    }

    @Test
    void mixedNamesWhichMeasurePointsWhichWay() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, HIGH_RA),
                Fixtures.seeds("gaussian", "2af", SLOW, HIGH_KA, LOW_RA));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.MIXED);
        assertThat(c.sentence()).startsWith("celltype vs gaussian on 2af: mixed \u2014 relative weight change points"
                + " richer 1.80x").contains("KA points richer 0.42 vs 0.71", "RA points lazier 0.80 vs 0.55");
    }

    @Test
    void divergedRunsAreExcludedCountedAndListed() {
        List<RunResult> theirs = new ArrayList<>(Fixtures.seeds("gaussian", "2af", SLOW, HIGH_KA, HIGH_RA));
        theirs.add(Fixtures.diverged("gaussian", "2af", 4, 420));
        List<RunResult> mine = new ArrayList<>(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA));
        mine.add(Fixtures.diverged("celltype", "2af", 9, 17));
        Comparison c = compare(mine, theirs);
        assertThat(c.weightChangeRatio()).isCloseTo(1.8, within(1e-12));
        assertThat(c.sentence()).contains("(permutation, 3 vs 3 seeds;")
                .endsWith("; 2 diverged runs excluded: celltype s9 at iteration 17, gaussian s4 at iteration 420");
    }

    @Test
    void noVerdictWithoutCompletedRuns() {
        Comparison c = compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA),
                List.of(Fixtures.diverged("gaussian", "2af", 1, 5)));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.NO_DATA);
        assertThat(c.sentence()).isEqualTo("celltype vs gaussian on 2af: no verdict \u2014 no completed run of"
                + " gaussian; 1 diverged run excluded: gaussian s1 at iteration 5");
        assertThat(compare(Fixtures.seeds("celltype", "2af", FAST, LOW_KA, LOW_RA), List.of()).sentence())
                .endsWith("no verdict \u2014 no run of gaussian");
    }

    @Test
    void oneSeedEachSaysThereIsNoInterval() {
        Comparison c = compare(List.of(Fixtures.run("celltype", "2af", 1, 2, 0.4, 0.5)),
                List.of(Fixtures.run("gaussian", "2af", 1, 1, 0.7, 0.8)));
        assertThat(c.sentence()).isEqualTo("celltype vs gaussian on 2af: richer \u2014 relative weight change 2.00x"
                + " (no interval with one seed), KA 0.40 vs 0.70, RA 0.50 vs 0.80, p = 1.00 (permutation,"
                + " 1 vs 1 seeds; smallest attainable p = 1.00); the direction is that of the means and is"
                + " not significant at 0.05");
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
        RunResult undefinedRa = new RunResult("celltype", "2af", 3, "ok", null, 10, 1, List.of(), List.of(), silent);
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
        List<RunResult> studied = List.of(
                new RunResult("celltype", "2af", 1, "ok", null, 10, 1, List.of(), List.of(), silent),
                new RunResult("celltype", "2af", 2, "ok", null, 10, 1, List.of(), List.of(), silent));
        Comparison c = compare(studied, Fixtures.seeds("gaussian", "2af", new double[] {0.01, 0.02, 0.03},
                HIGH_KA, HIGH_RA));
        assertThat(c.direction()).isEqualTo(Comparison.Direction.RICHER);
        assertThat(c.sentence()).contains("RA undefined for every run of celltype");
    }
}
