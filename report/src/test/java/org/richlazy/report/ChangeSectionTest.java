package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.RunResult;

/** The table of what training changed: mean and sd over runs, absent for results without it. */
class ChangeSectionTest {
    private static RunResult withChange(RunResult r, double pr, long flips) {
        return r.toBuilder()
                .change(new ChangeStructure(pr, 1.5, List.of(0.5, 0.4, 0.3), List.of(0.2, 0.2, 0.2), 0.25, flips))
                .build();
    }

    @Test
    void meansAndSpreadsPerTaskAndInit() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            runs.add(r.init().equals("celltype") && r.task().equals("2af") ? withChange(r, 2 + r.seed(), 10 * r.seed()) : r);
        }
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
        String html = new ChangeSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        // seeds 1, 2, 3: participation ratios 3, 4, 5 (mean 4, sd 1), flips 10, 20, 30 (mean 20, sd 10)
        assertThat(html).contains("<td>2af</td><td>celltype</td><td>3</td><td>4 \u00b1 1</td><td>0.5 \u00b1 0</td>",
                "<td>20 \u00b1 10</td>");
        assertThat(Fixtures.HTML.render(data)).contains("What training changed", "href=\"#change\"");
        assertThat(new ChangeSection().html(SectionContext.of(small, Fixtures.RULES))).isEmpty();
        assertThat(Fixtures.MARKDOWN.render(data, "x")).contains("## What training changed");
    }
}
