package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;

/** Constrained and unconstrained variants of a task side by side, and what each constraint kept. */
class ConstraintSectionTest {
    private static RunResult variant(RunResult r, String task, String constraints) {
        return r.toBuilder().task(task).constraints(constraints).stop(null).build();
    }

    private static ReportData withDaleVariant() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            if (r.task().equals("2af")) {
                runs.add(variant(r, "2af", "none"));
                runs.add(variant(r, "2af+dale", "dale: " + r.init() + " kept"));
            } else {
                runs.add(r);
            }
        }
        return new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
    }

    @Test
    void baseTaskDropsTheConstraintSuffixes() {
        assertThat(ConstraintSection.baseTask("2af+dale+mask")).isEqualTo("2af");
        assertThat(ConstraintSection.baseTask("dms")).isEqualTo("dms");
    }

    @Test
    void variantsOfATaskSitTogetherBaselineByBaseline() {
        ReportData data = withDaleVariant();
        List<Comparison> shown = ConstraintSection.sideBySide(Verdicts.comparisons(data, Fixtures.RULES));
        assertThat(shown).extracting(c -> c.task() + " " + c.baseline()).containsExactly("2af gaussian",
                "2af+dale gaussian", "2af rank-matched", "2af+dale rank-matched");
        String html = new ConstraintSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        assertThat(html).contains("<td>2af+dale</td><td>celltype</td><td>3</td><td>dale: celltype kept</td>",
                "What the constraints kept");
        assertThat(Fixtures.HTML.render(data)).contains("href=\"#constraints\"");
        assertThat(Fixtures.MARKDOWN.render(data, "x")).contains("## Constrained and unconstrained training",
                "| 2af+dale | gaussian | inconclusive (means lean richer;");
    }

    @Test
    void absentWhenNothingWasConstrained() {
        ReportData small = Fixtures.smallExperiment();
        assertThat(new ConstraintSection().html(SectionContext.of(small, Fixtures.RULES))).isEmpty();
    }
}
