package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.LyapunovExponents;
import org.richlazy.train.RunResult;
import org.richlazy.train.measure.LyapunovExponent;

/** The Lyapunov table beside the verdict: mean and sd over runs, silent streams counted, absent without values. */
class DynamicsSectionTest {
    private static RunResult withLyapunov(RunResult r, double start, double silentStart) {
        LyapunovExponent.Estimate none = new LyapunovExponent.Estimate(Double.NaN, 1);
        LyapunovExponents l = new LyapunovExponents(
                new LyapunovExponent.Dynamics(new LyapunovExponent.Estimate(start, 0),
                        silentStart == 1 ? none : new LyapunovExponent.Estimate(-0.5, silentStart)),
                new LyapunovExponent.Dynamics(new LyapunovExponent.Estimate(0.1, 0), new LyapunovExponent.Estimate(0.2, 0)));
        return r.toBuilder().lyapunov(l).build();
    }

    @Test
    void meansSpreadsAndSilentStreamsPerTaskAndInit() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            boolean studied = r.init().equals("celltype") && r.task().equals("2af");
            runs.add(studied ? withLyapunov(r, -0.1 * r.seed(), 1) : withLyapunov(r, 0.3, 0.25));
        }
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
        String html = new DynamicsSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        // celltype seeds 1, 2, 3: driven start -0.1, -0.2, -0.3 (mean -0.2, sd 0.1); every autonomous stream silent
        assertThat(html).contains("<td>2af</td><td>celltype</td><td>3</td><td>-0.2 \u00b1 0.1</td><td>0.1 \u00b1 0</td>"
                + "<td>undefined</td><td>0.2 \u00b1 0</td><td>1 \u00b1 0</td><td>0 \u00b1 0</td>");
        assertThat(html).contains("<td>gaussian</td><td>3</td><td>0.3 \u00b1 0</td>");
        assertThat(Fixtures.HTML.render(data)).contains("Dynamics beside the verdict", "href=\"#dynamics\"");
        assertThat(new DynamicsSection().html(SectionContext.of(small, Fixtures.RULES))).isEmpty();
        assertThat(Fixtures.MARKDOWN.render(data, "x")).contains("## Dynamics beside the verdict");
    }
}
