package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.richlazy.report.stats.Spearman;
import org.richlazy.transform.Recipe;

class RankSweepTest {
    private static final double RHO_FOUR_GROUPS_OF_THREE = -0.9716254134469436;

    @Test
    void recognisesTheTruncationsAndTheFullRankDraw() {
        RankSweep sweep = RankSweep.of(Fixtures.rankSweep()).orElseThrow();
        assertThat(sweep.ranks()).containsExactly(Map.entry("gaussian", 60), Map.entry("rank-1", 1),
                Map.entry("rank-6", 6), Map.entry("rank-20", 20));
        assertThat(sweep.distinctRanks()).containsExactly(1, 6, 20, 60);
        assertThat(sweep.members(Fixtures.rankSweep()))
                .isEqualTo("gaussian (rank 60 = N), rank-1 (rank 1), rank-6 (rank 6), rank-20 (rank 20)");
    }

    @Test
    void aStudiedMatrixWithGaussianAndRankMatchedBaselinesIsNoSweep() {
        assertThat(RankSweep.of(Fixtures.smallExperiment())).isEmpty();
    }

    @Test
    void measuredSpectrumMatchedAndShuffledInitsHaveNoRank() {
        RankSweep sweep = RankSweep.of(Fixtures.largeExperiment()).orElseThrow();
        assertThat(sweep.ranks()).containsExactly(Map.entry("gaussian", 300), Map.entry("rank-matched", 6),
                Map.entry("truncated-30", 30));
    }

    @Test
    void aTruncationWithoutAUsableRankIsRefusedNamingItsFile() {
        ReportData base = Fixtures.rankSweep();
        List<ReportData.Init> inits = new ArrayList<>(base.inits());
        ReportData.Init bad = inits.get(2);
        Map<String, String> recipe = new java.util.LinkedHashMap<>(bad.recipe().entries());
        recipe.put("rank", "61");
        inits.set(2, new ReportData.Init(bad.name(), bad.summary(), bad.spectrum(), new Recipe(recipe), bad.seed(), bad.degrees()));
        ReportData data = new ReportData(base.experimentConfig(), base.toolVersion(), base.date(), inits,
                base.studiedMatrix(), base.neuronClasses(), base.runs());
        assertThatThrownBy(() -> RankSweep.of(data)).isInstanceOf(ReportException.class)
                .hasMessage("recipe of inits/rank-6.h5 (kind truncated-rank) has rank '61'; expected an integer"
                        + " from 1 to N = 60");
    }

    @Test
    void weightChangeFallingWithRankAgreesWithThePaper() {
        ReportData data = Fixtures.rankSweep();
        RankSweep.Trend t = RankSweep.of(data).orElseThrow().trend(data, "2af",
                FinalValue.of(Measure.RELATIVE_WEIGHT_CHANGE));
        // four ranks x three seeds, every value of a lower rank larger: x ties in groups of three
        assertThat(t.test().rho()).isCloseTo(RHO_FOUR_GROUPS_OF_THREE, within(1e-12));
        assertThat(t.test().p()).isEqualTo(1.0 / (Spearman.PERMUTATIONS + 1));
        assertThat(t.test().n()).isEqualTo(12);
        assertThat(t.byRank().keySet()).containsExactly(1, 6, 20, 60);
        assertThat(t.byRank().get(1).mean()).isCloseTo(2.1, within(1e-12));
        assertThat(t.byRank().get(60).mean()).isCloseTo(1.1, within(1e-12));
        assertThat(t.diverged()).isEqualTo(1);
        assertThat(t.runs()).isEqualTo("12 runs; left out: 1 diverged");
        assertThat(t.reading()).isEqualTo("lower rank, higher relative weight change: agrees with the paper"
                + " (richer at lower rank)");
    }

    @Test
    void alignmentsRisingWithRankAgreeAndUndefinedValuesAreCounted() {
        ReportData data = Fixtures.rankSweep();
        RankSweep sweep = RankSweep.of(data).orElseThrow();
        RankSweep.Trend ka = sweep.trend(data, "2af", FinalValue.of(Measure.KERNEL_ALIGNMENT));
        assertThat(ka.test().rho()).isCloseTo(-RHO_FOUR_GROUPS_OF_THREE, within(1e-12));
        assertThat(ka.reading()).isEqualTo("lower rank, lower KA: agrees with the paper (richer at lower rank)");
        RankSweep.Trend ra = sweep.trend(data, "2af", FinalValue.of(Measure.REPRESENTATION_ALIGNMENT));
        assertThat(ra.test().n()).isEqualTo(11);
        assertThat(ra.undefined()).isEqualTo(1);
        assertThat(ra.runs()).isEqualTo("11 runs; left out: 1 undefined, 1 diverged");
        assertThat(ra.test().rho()).isPositive();
    }

    @Test
    void aValueTheSameInEveryRunHasNoTrend() {
        ReportData data = Fixtures.rankSweep();
        RankSweep.Trend sign = RankSweep.of(data).orElseThrow().trend(data, "2af",
                FinalValue.of(Measure.SIGN_SIMILARITY));
        assertThat(sign.test().defined()).isFalse();
        assertThat(sign.reading()).isEqualTo("undefined: the same value in every run");
    }

    @Test
    void readingsAgainstThePaperAndWithoutExpectation() {
        FinalValue ka = FinalValue.of(Measure.KERNEL_ALIGNMENT);
        assertThat(new RankSweep.Trend("2af", ka, new Spearman.Result(12, -0.5, 0.2), Map.of(), 0, 0).reading())
                .isEqualTo("lower rank, higher KA: against the paper (lazier at lower rank), not significant at 0.05");
        FinalValue change = FinalValue.of(Measure.RELATIVE_WEIGHT_CHANGE);
        assertThat(new RankSweep.Trend("2af", change, new Spearman.Result(12, 0.8, 0.003), Map.of(), 0, 0)
                .reading()).isEqualTo("lower rank, lower relative weight change: against the paper (lazier at lower"
                        + " rank)");
        assertThat(new RankSweep.Trend("2af", FinalValue.ACCURACY, new Spearman.Result(12, 0.4, 0.2), Map.of(), 0, 0)
                .reading()).isEqualTo("lower rank, lower accuracy (no expected direction)");
        assertThat(new RankSweep.Trend("2af", ka, new Spearman.Result(12, 0.0, 1.0), Map.of(), 0, 0).reading())
                .isEqualTo("no monotone trend");
        assertThat(new RankSweep.Trend("2af", ka, new Spearman.Result(1, Double.NaN, Double.NaN), Map.of(), 0, 0)
                .reading()).isEqualTo("undefined: fewer than two runs with a value");
    }

    @Test
    void theHtmlReportHasARankTrendSectionOnlyForASweep() {
        String sweep = Fixtures.HTML.render(Fixtures.rankSweep());
        assertThat(sweep).contains("<a href=\"#rank-trend\">Rank trend</a>", "<section id=\"rank-trend\">",
                "<th>mean at rank 1</th>", "<th>mean at rank 60</th>",
                "<td>relative weight change</td><td>-0.97</td><td>1.0e-04</td><td>12 runs; left out: 1 diverged</td>"
                        + "<td>2.1</td><td>1.7</td><td>1.4</td><td>1.1</td>"
                        + "<td>lower rank, higher relative weight change: agrees with the paper (richer at lower"
                        + " rank)</td>",
                "SplittableRandom seed " + Spearman.SEED);
        assertThat(Fixtures.HTML.render(Fixtures.smallExperiment())).doesNotContain("rank-trend", "Rank trend");
    }
}
