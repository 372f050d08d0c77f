package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.richlazy.train.Measures;
import org.richlazy.train.RunResult;

/** Undefined alignments explained: which runs, the decision-step activity, the figures, absent when all defined. */
class ActivitySectionTest {
    private static ReportData with(Predicate<RunResult> silent) {
        return Fixtures.withActivity(Fixtures.smallExperiment(), silent, silent);
    }

    @Test
    void namesTheSilentRunsAndShowsTheirActivity() {
        ReportData data = with(r -> r.init().equals("celltype") && r.task().equals("2af"));
        assertThat(ActivitySection.findings(data)).containsExactly("celltype on 2af: RA undefined in 3 of 3 runs; at"
                + " the decision step (step 4 of 4) no unit is active in any probe trial in 3 of 3 runs at the start"
                + " and in 3 at the end; mean share of active units there 0 at the start, 0 at the end.");
        String html = new ActivitySection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        assertThat(html).contains("Why a measure is undefined", "training.leak: exponential", "training.tau: 200",
                "active units, start \u2014 2af", "active units, end \u2014 2af", "share of active units")
                .doesNotContain("active units, start \u2014 dms");
        // the gaussian's decision step: 0.2 of units at the start, 0.25 at the end, every trial, then half of them
        assertThat(html).contains("<td>2af</td><td>gaussian</td><td>3</td><td>0.2 \u00b1 0</td>"
                + "<td>0.25 \u00b1 0</td><td>1 \u00b1 0</td><td>0.5 \u00b1 0</td>");
        String page = Fixtures.HTML.render(data);
        assertThat(page.indexOf("id=\"undefined\"")).isGreaterThan(page.indexOf("id=\"summary\""))
                .isLessThan(page.indexOf("id=\"details\""));
        assertThat(page).contains("href=\"#undefined\"");
        String markdown = Fixtures.MARKDOWN.render(data, "x");
        assertThat(markdown.indexOf("## Why a measure is undefined")).isGreaterThan(markdown.indexOf("## Summary"));
        assertThat(markdown).contains("- celltype on 2af: RA undefined in 3 of 3 runs");
    }

    /** The sentence prints the mean shares of active units as the table below it does (0.25, not 0.250). */
    @Test
    void aSilentStartIsNamedAsTheCauseWhenTheTrainedNetworkIsActive() {
        ReportData data = Fixtures.withActivity(Fixtures.smallExperiment(),
                r -> r.init().equals("celltype") && r.task().equals("dms"), r -> false);
        assertThat(ActivitySection.findings(data)).singleElement().asString().startsWith("celltype on dms:")
                .contains("in 0 at the end", "mean share of active units there 0 at the start, 0.25 at the end",
                        "a silent start leaves them undefined however active the trained network is");
        assertThat(new ActivitySection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow())
                .contains("<td>dms</td><td>celltype</td><td>3</td><td>0 \u00b1 0</td><td>0.25 \u00b1 0</td>");
    }

    @Test
    void absentWhenEveryAlignmentIsDefined() {
        ReportData data = with(r -> false);
        assertThat(ActivitySection.findings(data)).isEmpty();
        assertThat(new ActivitySection().html(SectionContext.of(data, Fixtures.RULES))).isEmpty();
        assertThat(Fixtures.HTML.render(data)).doesNotContain("href=\"#undefined\"");
        assertThat(Fixtures.MARKDOWN.render(data, "x")).doesNotContain("Why a measure is undefined");
    }

    @Test
    void saysSoWhenTheRunsPredateTheActivityRecord() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            Measures m = r.finalMeasures();
            boolean silent = !r.diverged() && r.init().equals("celltype");
            Measures kaUndefined = new Measures(m.weightChange(), m.relativeWeightChange(),
                    m.representationAlignment(), Double.NaN, m.signSimilarity(), m.kernelTargetAlignment());
            runs.add(!silent ? r : r.toBuilder().finalMeasures(kaUndefined).build());
        }
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
        assertThat(ActivitySection.findings(data)).first().asString().contains("KA undefined in",
                "recorded before unit activity was");
    }
}
