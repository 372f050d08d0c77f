package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;

/** One {@link Comparison} per task and baseline, tasks in run order, baselines in init order. */
public final class Verdicts {
    private Verdicts() {
    }

    /**
     * The studied init against every other init on every task where either has a run; a side with
     * no completed run gives a "no verdict" comparison rather than being left out, each held to {@code rules}. When
     * the folder lacks planned runs ({@link SweepCoverage}) every comparison is marked partial.
     */
    public static List<Comparison> comparisons(ReportData data, VerdictRules rules) {
        String studied = data.studied().name();
        SweepCoverage coverage = SweepCoverage.of(data);
        List<Comparison> all = new ArrayList<>();
        for (String task : data.tasks()) {
            for (String baseline : data.initNames()) {
                if (baseline.equals(studied)) {
                    continue;
                }
                var studiedRuns = data.runs(studied, task);
                var baselineRuns = data.runs(baseline, task);
                if (!studiedRuns.isEmpty() || !baselineRuns.isEmpty()) {
                    all.add(new Comparison(task, studied, baseline, studiedRuns, baselineRuns, rules, coverage));
                }
            }
        }
        return all;
    }

    /** The sentence of every comparison. */
    public static List<String> sentences(ReportData data, VerdictRules rules) {
        return comparisons(data, rules).stream().map(Comparison::sentence).toList();
    }

    /**
     * What a command prints of the findings: the notice of a partial sweep ({@link SweepCoverage#notice}, naming at
     * most {@link #NAMED_MISSING} missing runs) when runs are missing, then {@link #sentences}.
     */
    public static List<String> lines(ReportData data, VerdictRules rules) {
        List<String> lines = new ArrayList<>();
        String notice = SweepCoverage.of(data).notice(NAMED_MISSING);
        if (!notice.isEmpty()) {
            lines.add(notice);
        }
        lines.addAll(sentences(data, rules));
        return lines;
    }

    /** How many missing runs a command's output names; the report names them all. */
    static final int NAMED_MISSING = 12;
}
