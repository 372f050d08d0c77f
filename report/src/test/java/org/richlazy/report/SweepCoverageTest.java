package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;

class SweepCoverageTest {
    /** The small experiment (3 inits x 2 tasks x 3 seeds planned) without two of its runs, as a killed sweep leaves it. */
    private static ReportData partial() {
        ReportData data = Fixtures.smallExperiment();
        Set<String> killed = Set.of("celltype__dms__s3", "gaussian__2af__s1");
        List<RunResult> kept = data.runs().stream()
                .filter(r -> !killed.contains(RunStore.folderName(r.init(), r.task(), r.seed()))).toList();
        return new ReportData(data.experimentConfig(), data.toolVersion(), data.date(), data.inits(),
                data.studiedMatrix(), data.neuronClasses(), kept);
    }

    @Test
    void missingRunsAreNamedInPlanOrder() {
        SweepCoverage coverage = SweepCoverage.of(partial());
        assertThat(coverage.planned()).isEqualTo(18);
        assertThat(coverage.missing()).containsExactly("celltype__dms__s3", "gaussian__2af__s1");
        assertThat(coverage.notice(1)).startsWith("Partial sweep: 16 of 18 planned runs are present, 2 missing"
                + " (celltype__dms__s3 and 1 more). Every verdict is partial");
        // the run of a seed the config does not plan (gaussian dms s4) is not counted as planned
        assertThat(SweepCoverage.of(Fixtures.smallExperiment()).partial()).isFalse();
        // a config that lists no tasks or seeds plans nothing
        assertThat(SweepCoverage.of(Fixtures.withConfig(partial(), "name: x\n")).partial()).isFalse();
    }

    @Test
    void everyVerdictOfAPartialSweepIsMarked() {
        ReportData data = partial();
        List<String> lines = Verdicts.lines(data, Fixtures.RULES);
        assertThat(lines.get(0)).startsWith("Partial sweep: 16 of 18 planned runs are present, 2 missing"
                + " (celltype__dms__s3, gaussian__2af__s1).");
        assertThat(lines.subList(1, lines.size())).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains(": ").contains(" (partial: 16 of 18 runs) \u2014 "));
        assertThat(Verdicts.comparisons(data, Fixtures.RULES)).allSatisfy(c -> assertThat(c.verdict()).endsWith(
                " (partial: 16 of 18 runs)"));

        String html = Fixtures.HTML.render(data);
        assertThat(html).contains("<section id=\"summary\"><h2>Summary</h2><p class=\"warning partial\">Partial sweep:"
                + " 16 of 18 planned runs are present, 2 missing (celltype__dms__s3, gaussian__2af__s1).");
        String md = Fixtures.MARKDOWN.render(data, "richlazy report out --markdown");
        assertThat(md).contains("## Summary\n\n> Partial sweep: 16 of 18 planned runs are present, 2 missing");
        String summaryTable = SummarySection.table(Verdicts.comparisons(data, Fixtures.RULES)).markdown();
        assertThat(summaryTable.lines().skip(2)).hasSize(4)
                .allSatisfy(row -> assertThat(row).contains("(partial: 16 of 18 runs)"));
    }

    @Test
    void aCompleteSweepIsNotMarked() {
        ReportData data = Fixtures.smallExperiment();
        assertThat(Verdicts.lines(data, Fixtures.RULES)).isEqualTo(Verdicts.sentences(data, Fixtures.RULES));
        assertThat(Fixtures.HTML.render(data)).doesNotContain("partial");
        assertThat(Fixtures.MARKDOWN.render(data, "richlazy report out --markdown")).doesNotContain("Partial sweep");
    }
}
