package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.richlazy.train.Flatness;
import org.richlazy.train.PlasticityCost;
import org.richlazy.train.RunResult;

/** "What the regime costs": means per init, ratios and differences against each baseline, absent without costs. */
class CostSectionTest {
    private static RunResult withCosts(RunResult r, double path, double sharpness) {
        return r.toBuilder().plasticity(new PlasticityCost(10, 2, 0.5, path))
                .flatness(new Flatness(sharpness, 5, 1, 3, 0.2, 0.25, 0.05, "2 fresh batches of 32 trials", null))
                .build();
    }

    private static ReportData data() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            if (r.task().equals("2af") && r.init().equals("celltype")) {
                runs.add(withCosts(r, 2 + r.seed(), 10));
            } else if (r.task().equals("2af") && r.init().equals("gaussian")) {
                runs.add(withCosts(r, 0.5 + 0.5 * r.seed(), 10 + r.seed()));
            } else {
                runs.add(r);
            }
        }
        return new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
    }

    @Test
    void meansRatiosDifferencesAndTheirTests() {
        String html = new CostSection().html(SectionContext.of(data(), Fixtures.RULES)).orElseThrow();
        // celltype path lengths 3, 4, 5 (mean 4, sd 1); gaussian 1, 1.5, 2 (mean 1.5): ratio 2.67; every celltype run
        // above every gaussian one, but 3 vs 3 seeds cannot reach p below 0.1 (2 of the 20 splits)
        assertThat(html).contains("<td>2af</td><td>celltype</td><td>3</td><td>4 \u00b1 1</td><td>10 \u00b1 0</td>");
        assertThat(html).contains("<td>path length</td><td>4</td><td>1.5</td><td>2.67x (");
        assertThat(html).containsPattern("<td>path length</td>.*?<td>0\\.10</td><td>no significant difference</td>");
        // sharpness 10 against 11, 12, 13: a difference of -2
        assertThat(html).contains("<td>sharpness</td><td>10</td><td>12</td><td>-2 (");
        assertThat(html).contains("Plasticity path on 2af", "Sharpness against KA on 2af");
        assertThat(Fixtures.HTML.render(data())).contains("What the regime costs", "href=\"#costs\"");
        assertThat(Fixtures.MARKDOWN.render(data(), "x")).contains("## What the regime costs");
    }

    @Test
    void absentForResultsWithoutCosts() {
        assertThat(new CostSection().html(SectionContext.of(Fixtures.smallExperiment(), Fixtures.RULES))).isEmpty();
    }

    /** A sequence's runs add forgetting and forward transfer, their retention curves and forgetting against richness. */
    @Test
    void sequencesAddForgettingRetentionAndTheirScatters() {
        ReportData small = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : small.runs()) {
            if (!r.task().equals("dms")) {
                runs.add(r);
                continue;
            }
            double forgetting = r.init().equals("celltype") ? 0.3 + 0.01 * r.seed() : 0.1 + 0.01 * r.seed();
            org.richlazy.train.SequenceRecord.Phase phase = new org.richlazy.train.SequenceRecord.Phase("dms", 100,
                    RunResult.Status.OK, 0.7, 0.6, r.finalMeasures(), new PlasticityCost(1, 1, 0.5, 1));
            List<org.richlazy.train.SequenceRecord.Retention> retention = List.of(
                    new org.richlazy.train.SequenceRecord.Retention(1, 100, 100, 1, "dms", 0.1, 0.9),
                    new org.richlazy.train.SequenceRecord.Retention(2, 100, 200, 1, "dms", 0.4, 0.9 - forgetting));
            runs.add(withCosts(r, 1, 1).toBuilder().sequence(new org.richlazy.train.SequenceRecord("per-task",
                    List.of(phase, phase), retention, forgetting, 0.3, -forgetting, 0.1)).build());
        }
        ReportData data = new ReportData(small.experimentConfig(), small.toolVersion(), small.date(), small.inits(),
                small.studiedMatrix(), small.neuronClasses(), runs);
        String html = new CostSection().html(SectionContext.of(data, Fixtures.RULES)).orElseThrow();
        // celltype forgets 0.31, 0.32, 0.33 (mean 0.32), gaussian 0.11, 0.12, 0.13: a difference of +0.2
        assertThat(html).contains("<td>forgetting</td><td>0.32</td><td>0.12</td><td>+0.2 (");
        assertThat(html).contains("Retention on dms", "Forgetting against relative weight change on dms",
                "Forgetting against KA on dms", "<th>forward transfer</th>");
        assertThat(html).doesNotContain("<td>2af</td><td>gaussian</td><td>richer</td><td>forgetting</td>");
    }
}
