package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.richlazy.train.Measures;
import org.richlazy.train.RunResult;

class MarkdownSummaryTest {
    private static final String COMMAND = "richlazy run out/experiment.yaml && richlazy report out --markdown s.md";
    /** A table cell boundary: a pipe not escaped by a backslash. */
    private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");

    private static String render(ReportData data) {
        return Fixtures.MARKDOWN.render(data, COMMAND);
    }

    @Test
    void headerNamesTheExperimentAndTheCommandThatRegeneratesIt() {
        String md = render(Fixtures.rankSweep());
        assertThat(md).startsWith("# rank sweep\n\nN = 60; tasks 2af; seeds 1, 2, 3, 4; 1000 iterations; 13 runs,"
                + " 1 diverged; richlazy 0.1.0-SNAPSHOT. Regenerate: `" + COMMAND + "`\n\n## Summary\n\n| task | baseline |");
        // no name in the config: the studied init names the document
        assertThat(render(Fixtures.smallExperiment())).startsWith("# Results of celltype\n\nN = 120; tasks 2af, dms;"
                + " seeds 1, 2, 3, 4; 1000 iterations; 19 runs, 1 diverged;");
    }

    @Test
    void sectionsInOrderAndTheRankTrendOnlyForASweep() {
        String small = render(Fixtures.smallExperiment());
        assertThat(small).containsSubsequence("## Summary", "## Inits", "## Verdicts", "## Final values", "### Task 2af",
                "### Task dms", "## Every run").doesNotContain("Rank trend");
        assertThat(render(Fixtures.rankSweep())).containsSubsequence("## Inits", "## Verdicts", "## Rank trend",
                "## Final values", "## Every run");
    }

    @Test
    void initsTableShowsTheEffectiveRanksAsTheHtmlReportDoes() {
        ReportData data = Fixtures.smallExperiment();
        String md = render(data);
        assertThat(md).contains("| init | kind | erEig | erSV | participation ratio | entropy rank | stable rank |"
                + " spectral radius | max singular value | Frobenius norm |\n");
        var s = data.studied().spectrum();
        assertThat(md).contains("| celltype | measured | " + Fmt.number(s.erEig()) + " | " + Fmt.number(s.erSV())
                + " | " + Fmt.number(s.participationRatio()) + " | " + Fmt.number(s.entropyRank()) + " | "
                + Fmt.number(s.stableRank()) + " | " + Fmt.number(s.spectralRadius()) + " | "
                + Fmt.number(s.maxSingularValue()) + " | " + Fmt.number(s.frobeniusNorm()) + " |\n");
        // the HTML summary table shows the same numbers, from summary.csv
        assertThat(Fixtures.HTML.render(data)).contains("<td>" + Fmt.number(s.participationRatio()) + "</td>");
    }

    @Test
    void verdictSentencesAndTheNumbersBehindThem() {
        ReportData data = Fixtures.smallExperiment();
        String md = render(data);
        for (String sentence : Verdicts.sentences(data, Fixtures.RULES)) {
            assertThat(md).contains("- " + Markdown.esc(sentence) + "\n");
        }
        Comparison c = Verdicts.comparisons(data, Fixtures.RULES).get(0);
        assertThat(md).contains("| 2af | gaussian | inconclusive | 3 vs 3 | " + Fmt.fixed(c.weightChangeRatio(), 2) + "x ("
                + Fmt.fixed(c.weightChangeRatioInterval().low(), 2) + " to "
                + Fmt.fixed(c.weightChangeRatioInterval().high(), 2) + ") |");
        assertThat(md).contains("Intervals: 95% Welch t (log scale for the ratio)");
    }

    @Test
    void finalValuesAreMeanAndSdOverSeedsWithDivergedRunsCounted() {
        String md = render(Fixtures.smallExperiment());
        // celltype on 2af: relative change 1.7, 1.8, 1.9; KA 0.40, 0.42, 0.44; RA 0.52, 0.55, 0.58
        assertThat(md).contains("| init | relative weight change | KA | RA | sign similarity | accuracy | runs |\n")
                .contains("| celltype | 1.8 \u00b1 0.1 (n = 3) | 0.42 \u00b1 0.02 (n = 3) | 0.55 \u00b1 0.03 (n = 3) | ");
        // gaussian on dms: three completed seeds and seed 4 diverged
        assertThat(md).containsPattern("\\| gaussian \\| 1 \u00b1 0\\.1 \\(n = 3\\) \\|[^\n]*\\| 4 \\(1 diverged\\) \\|");
    }

    @Test
    void undefinedValuesAreCountedNotDropped() {
        ReportData base = Fixtures.smallExperiment();
        List<RunResult> runs = new ArrayList<>();
        for (RunResult r : base.runs()) {
            boolean silent = r.init().equals("celltype") && r.task().equals("2af") && r.seed() == 2;
            Measures m = r.finalMeasures();
            runs.add(!silent ? r : r.toBuilder().finalMeasures(new Measures(m.weightChange(),
                    m.relativeWeightChange(), Double.NaN, Double.NaN, m.signSimilarity(),
                    m.kernelTargetAlignment())).build());
        }
        ReportData data = new ReportData(base.experimentConfig(), base.toolVersion(), base.date(), base.inits(),
                base.studiedMatrix(), base.neuronClasses(), runs);
        String md = render(data);
        // KA 0.40 and 0.44 remain: mean 0.42, sd 0.02 sqrt(2)
        assertThat(md).contains("| celltype | 1.8 \u00b1 0.1 (n = 3) | 0.42 \u00b1 " + Fmt.number(0.04 / Math.sqrt(2))
                + " (n = 2; 1 undefined) |");
        assertThat(md).containsPattern("\\| celltype \\| 2af \\| 2 \\| ok \\| 1\\.8 \\| undefined \\| undefined \\|");
    }

    @Test
    void everyRunIsListedWithItsStatus() {
        ReportData data = Fixtures.smallExperiment();
        String md = render(data);
        String table = md.substring(md.indexOf("## Every run"));
        long rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| init") && !l.startsWith("| ---"))
                .count();
        assertThat(rows).isEqualTo(data.runs().size());
        assertThat(table).contains("| gaussian | dms | 4 | diverged at iteration 420 | \u2014 | \u2014 | \u2014 |"
                + " \u2014 | \u2014 |\n");
        // seeds in numeric order within an init and task
        assertThat(table).containsSubsequence("| celltype | 2af | 1 |", "| celltype | 2af | 2 |",
                "| celltype | 2af | 3 |", "| gaussian | 2af | 1 |");
    }

    @Test
    void rankTrendTableWithRhoPAndTheMeanAtEachRank() {
        String md = render(Fixtures.rankSweep());
        assertThat(md).contains("The inits form a rank sweep (the paper's Figure 1): gaussian (rank 60 = N),"
                + " rank-1 (rank 1), rank-6 (rank 6), rank-20 (rank 20).")
                .contains("| final value | Spearman \u03c1 | p | runs | mean at rank 1 | mean at rank 6 |"
                        + " mean at rank 20 | mean at rank 60 | reading |\n")
                .contains("| relative weight change | -0.97 | 1.0e-04 | 12 runs; left out: 1 diverged | 2.1 | 1.7 |"
                        + " 1.4 | 1.1 | lower rank, higher relative weight change: agrees with the paper (richer at"
                        + " lower rank) |\n")
                .contains("| KA | 0.97 | 1.0e-04 |")
                .contains("| sign similarity | n/a | n/a | 12 runs; left out: 1 diverged | 0.8 | 0.8 | 0.8 | 0.8 |"
                        + " undefined: the same value in every run |\n")
                .contains("10000 random permutations of the values across runs (SplittableRandom seed 20240101)");
    }

    @Test
    void namesFromFilesAreEscapedAndEveryTableRowKeepsItsColumns() {
        ReportData base = Fixtures.smallExperiment();
        String evil = "a|b <script>*x*</script> [l](u) `c`";
        List<RunResult> runs = base.runs().stream().map(r -> !r.init().equals("gaussian") ? r
                : r.toBuilder().init(evil).build()).toList();
        ReportData data = new ReportData("name: \"" + evil + "\"\n", base.toolVersion(), base.date(),
                base.inits().subList(0, 1), base.studiedMatrix(), base.neuronClasses(), runs);
        String md = Fixtures.MARKDOWN.render(data, "richlazy report `odd` --markdown");
        assertThat(md).startsWith("# a\\|b \\<script\\>\\*x\\*\\</script\\> \\[l\\](u) \\`c\\`\n")
                .contains("; iterations not recorded; ", "Regenerate: ``richlazy report `odd` --markdown``")
                .doesNotContain("<script>");
        int columns = -1;
        for (String line : md.lines().toList()) {
            if (line.startsWith("| init |") || line.startsWith("| task |") || line.startsWith("| final value |")) {
                columns = PIPE.split(line, -1).length;
            } else if (line.startsWith("|")) {
                assertThat(PIPE.split(line, -1)).as(line).hasSize(columns);
            }
        }
    }

    @Test
    void sameDataGiveTheSameBytesWhateverTheDate() {
        ReportData data = Fixtures.smallExperiment();
        String first = render(data);
        assertThat(render(Fixtures.smallExperiment())).isEqualTo(first);
        ReportData otherDay = new ReportData(data.experimentConfig(), data.toolVersion(), "2030-01-01T00:00:00Z",
                data.inits(), data.studiedMatrix(), data.neuronClasses(), data.runs());
        assertThat(render(otherDay)).isEqualTo(first);
    }
}
