package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;

/** The null-model ladder section on a made-up experiment whose differences vanish at a known rung. */
class LadderSectionTest {
    private static ReportData experiment() {
        int n = 40;
        double[][] studied = Fixtures.blockMatrix(n, 1.25, 7);
        List<ReportData.Init> inits = List.of(
                Fixtures.init("celltype", studied, Fixtures.studiedRecipe("celltype/v1-l23.csv", n), 7),
                // listed out of ladder order on purpose: the section orders by kind
                Fixtures.init("degree-preserving", Fixtures.gaussian(n, 1.25, 3), Fixtures.baselineRecipe("degree-preserving"), 3),
                Fixtures.init("gaussian", Fixtures.gaussian(n, 1.25, 1), Fixtures.baselineRecipe("gaussian"), 1),
                Fixtures.init("same-mask", Fixtures.gaussian(n, 1.25, 2), Fixtures.baselineRecipe("same-mask"), 2),
                Fixtures.init("rank-matched", Fixtures.lowRank(n, 4, 1.25, 4), Fixtures.rankRecipe("rank-matched", 4), 4));
        List<RunResult> runs = new ArrayList<>();
        runs.addAll(Fixtures.seeds("celltype", "2af", new double[] {2.0, 2.1, 1.9}, new double[] {0.40, 0.42, 0.44},
                new double[] {0.50, 0.52, 0.54}));
        runs.addAll(Fixtures.seeds("gaussian", "2af", new double[] {1.0, 1.05, 0.95}, new double[] {0.70, 0.71, 0.72},
                new double[] {0.80, 0.81, 0.82}));
        runs.addAll(Fixtures.seeds("same-mask", "2af", new double[] {1.4, 1.5, 1.45}, new double[] {0.41, 0.43, 0.45},
                new double[] {0.70, 0.71, 0.72}));
        runs.addAll(Fixtures.seeds("degree-preserving", "2af", new double[] {2.05, 1.95, 2.0},
                new double[] {0.39, 0.43, 0.44}, new double[] {0.49, 0.53, 0.55}));
        runs.addAll(Fixtures.seeds("rank-matched", "2af", new double[] {1.0, 1.1, 1.2}, new double[] {0.5, 0.5, 0.5},
                new double[] {0.6, 0.6, 0.6}));
        return new ReportData(Fixtures.CONFIG, "0.1.0", null, inits, studied, List.of(), runs);
    }

    @Test
    void theRungsAreInLadderOrderAndSpectralBaselinesAreNotRungs() {
        assertThat(LadderSection.ladder(experiment())).extracting(ReportData.Init::name)
                .containsExactly("gaussian", "same-mask", "degree-preserving");
    }

    @Test
    void eachMeasureSaysWhereItsDifferenceDisappears() {
        String html = new LadderSection().html(SectionContext.of(experiment(), Fixtures.RULES)).orElseThrow();
        assertThat(html).contains("What makes the difference", "<b>same-mask</b> keeps which synapses exist");
        assertThat(html).contains("The weight-change ratio disappears first at degree-preserving");
        assertThat(html).doesNotContain("there again");
        assertThat(html).contains("The KA difference disappears first at same-mask");
        assertThat(html).contains("The RA difference disappears first at degree-preserving");
        assertThat(html).contains("The ladder on 2af", "weight change ratio, studied / null");
        List<Comparison> row = List.of(new Comparison("2af", "celltype", "gaussian",
                experiment().runs("celltype", "2af"), experiment().runs("degree-preserving", "2af"), Fixtures.RULES));
        assertThat(LadderSection.sentence(row, Measure.RELATIVE_WEIGHT_CHANGE))
                .startsWith("The weight-change ratio shows no difference even against gaussian");
        List<Comparison> twoRungs = List.of(row.get(0), new Comparison("2af", "celltype", "gaussian",
                experiment().runs("celltype", "2af"), experiment().runs("gaussian", "2af"), Fixtures.RULES));
        assertThat(LadderSection.sentence(twoRungs, Measure.RELATIVE_WEIGHT_CHANGE))
                .contains("; it is there again against gaussian (");
    }

    /** The weight-change ratio's interval reads the same in the sentence as in the table beside it: 2 decimals. */
    @Test
    void aSentenceAndItsTablePrintAnIntervalAlike() {
        String html = new LadderSection().html(SectionContext.of(experiment(), Fixtures.RULES)).orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("The weight-change ratio disappears first at"
                + " degree-preserving \\(its 95% interval (\\d+\\.\\d\\d to \\d+\\.\\d\\d) holds 1\\)").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(html).containsPattern("<td>degree-preserving</td><td>3 vs 3</td><td>\\d\\.\\d\\dx \\("
                + java.util.regex.Pattern.quote(m.group(1)) + "\\)</td>");
        assertThat(html).containsPattern("The KA difference disappears first at same-mask \\(its 95% interval"
                + " -?\\d\\.\\d{3} to -?\\d\\.\\d{3} holds 0\\)");
    }

    @Test
    void theMarkdownSummaryCarriesTheSameSentencesAndTable() {
        String md = new LadderSection().markdown(SectionContext.of(experiment(), Fixtures.RULES)).orElseThrow();
        assertThat(md).startsWith("## What makes the difference").contains("- **same-mask** keeps which synapses exist",
                "### Task 2af", "The KA difference disappears first at same-mask", "| rung |");
        assertThat(new LadderSection().markdown(SectionContext.of(Fixtures.smallExperiment(), Fixtures.RULES)))
                .isEmpty();
    }

    /**
     * A rung whose runs end at another accuracy (not comparable, as the verdicts say) is left out of where a difference
     * disappears, and said to be; with no comparable rung the section says it cannot tell.
     */
    @Test
    void aRungNotAtEqualPerformanceIsLeftOutOfTheClaim() {
        List<RunResult> studied = Fixtures.seeds("a", "2af", new double[] {2.0, 2.1, 1.9},
                new double[] {0.40, 0.42, 0.44}, new double[] {0.50, 0.52, 0.54});
        List<RunResult> same = Fixtures.seeds("same-mask", "2af", new double[] {2.05, 1.95, 2.0},
                new double[] {0.39, 0.43, 0.44}, new double[] {0.49, 0.53, 0.55});
        List<RunResult> worse = Fixtures.seeds("gaussian", "2af", new double[] {2.05, 1.95, 2.0},
                new double[] {0.39, 0.43, 0.44}, new double[] {0.49, 0.53, 0.55}).stream()
                .map(r -> r.toBuilder().curve(r.curve().stream().map(p -> new RunResult.CurvePoint(p.iteration(),
                        p.loss(), p.accuracy() - 0.2)).toList()).build()).toList();
        Comparison notComparable = new Comparison("2af", "a", "gaussian", studied, worse, Fixtures.RULES);
        Comparison comparable = new Comparison("2af", "a", "same-mask", studied, same, Fixtures.RULES);
        assertThat(notComparable.direction()).isEqualTo(Comparison.Direction.NOT_COMPARABLE);
        assertThat(LadderSection.sentence(List.of(notComparable, comparable), Measure.RELATIVE_WEIGHT_CHANGE))
                .startsWith("The weight-change ratio shows no difference even against same-mask (its 95% interval ")
                .endsWith("; gaussian left out: not at equal performance (see the verdicts).");
        assertThat(LadderSection.sentence(List.of(notComparable), Measure.KERNEL_ALIGNMENT)).isEqualTo("The KA "
                + "difference: no rung at equal performance, so where it disappears cannot be told (train both sides "
                + "to the same performance with training.stop-at).");
    }

    @Test
    void oneRungIsNoLadderAndOneSeedCannotTell() {
        ReportData data = Fixtures.smallExperiment();
        assertThat(new LadderSection().html(SectionContext.of(data, Fixtures.RULES))).isEmpty();
        List<Comparison> single = List.of(new Comparison("2af", "a", "gaussian",
                List.of(Fixtures.run("a", "2af", 1, 2, 0.4, 0.5)), List.of(Fixtures.run("gaussian", "2af", 1, 1, 0.7, 0.8)),
                Fixtures.RULES));
        assertThat(LadderSection.sentence(single, Measure.RELATIVE_WEIGHT_CHANGE))
                .contains("no interval on any rung (one seed per init, or undefined)");
    }
}
