package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;

/** Reaching the target, and the verdicts at the target and at the largest checkpoint both sides recorded. */
class MatchedPerformanceSectionTest {
    private static final String TARGET = "accuracy >= 0.9 (mean of the last 5 curve points)";

    /** {@code r} as if it had stopped at checkpoint {@code at} (reached) or trained all its iterations (not). */
    static RunResult stopped(RunResult r, int at, boolean reached) {
        List<RunResult.Checkpoint> kept = r.checkpoints().stream().filter(c -> c.iteration() <= at).toList();
        return r.toBuilder().iterations(at).curve(r.curve().stream().filter(p -> p.iteration() <= at).toList())
                .checkpoints(kept).finalMeasures(kept.get(kept.size() - 1).measures())
                .stop(new RunResult.Stop(TARGET, reached, reached ? at : null)).build();
    }

    /** celltype stops at 1000 (seed 3 never reaches the target), gaussian at 500, rank-matched at {@code rankStop}. */
    private static ReportData experiment(int rankStop) {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            if (r.diverged() || !r.task().equals("2af")) {
                continue;
            }
            runs.add(switch (r.init()) {
                case "celltype" -> stopped(r, 1000, r.seed() != 3);
                case "gaussian" -> stopped(r, 500, true);
                default -> stopped(r, rankStop, true);
            });
        }
        return new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
    }

    @Test
    void countsTheRunsThatReachedTheTargetAndNamesTheOthers() {
        Table reaching = MatchedPerformanceSection.reaching(experiment(500));
        assertThat(reaching.markdown()).contains("| 2af | celltype | accuracy \\>= 0.9 (mean of the last 5 curve points)"
                + " | 2 of 3 | 1000 (1000 to 1000) | 3 |");
        assertThat(reaching.markdown()).contains("| 2af | gaussian | accuracy \\>= 0.9 (mean of the last 5 curve"
                + " points) | 3 of 3 | 500 (500 to 500) | none |");
    }

    @Test
    void comparesAtTheTargetAndAtTheLargestCommonCheckpoint() {
        ReportData data = experiment(500);
        List<Comparison> comparisons = Verdicts.comparisons(data, Fixtures.RULES);
        Comparison gaussian = comparisons.stream().filter(c -> c.baseline().equals("gaussian")).findFirst().orElseThrow();
        assertThat(MatchedPerformanceSection.matchedStep(gaussian)).contains(500);
        // at the target: celltype's final change (mean 1.8) over gaussian's at 500 (0.6 x mean 1.0)
        assertThat(gaussian.weightChangeRatio()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
        // at step 500 both sides' mid-training values (0.6 x 1.8 over 0.6 x 1.0)
        Comparison matched = MatchedPerformanceSection.atStep(gaussian, 500);
        assertThat(matched.task()).isEqualTo("2af at step 500");
        assertThat(matched.weightChangeRatio()).isCloseTo(1.8, org.assertj.core.data.Offset.offset(1e-12));
        String html = new MatchedPerformanceSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        assertThat(html).contains("<td>2af at step 500</td><td>gaussian</td>", "<td>2af</td><td>gaussian</td>")
                .doesNotContain("No checkpoint common");
        assertThat(Fixtures.HTML.render(data)).contains("href=\"#matched\"", "Laziness at matched performance");
        assertThat(Fixtures.MARKDOWN.render(data, "x")).contains("## Laziness at matched performance",
                "| 2af at step 500 | gaussian |");
    }

    @Test
    void saysWhenARunStoppedBeforeTheFirstCheckpoint() {
        ReportData data = experiment(1000);
        List<RunResult> runs = new ArrayList<>(data.runs());
        runs.replaceAll(r -> r.init().equals("rank-matched") ? stopped(r, 0, true) : r);
        ReportData early = new ReportData(data.experimentConfig(), data.toolVersion(), data.date(), data.inits(),
                data.studiedMatrix(), data.neuronClasses(), runs);
        String html = new MatchedPerformanceSection().html(SectionContext.of(early, Fixtures.RULES)).orElseThrow();
        assertThat(html).contains("No checkpoint common to every run of 2af against rank-matched (a run stopped at"
                + " step 0)").doesNotContain("against gaussian (a run");
    }

    @Test
    void absentWithoutAStoppingTarget() {
        ReportData small = Fixtures.smallExperiment();
        assertThat(new MatchedPerformanceSection().html(SectionContext.of(small, Fixtures.RULES))).isEmpty();
        assertThat(Fixtures.HTML.render(small)).doesNotContain("href=\"#matched\"");
    }
}
