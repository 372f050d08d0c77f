package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;

/** One {@link Comparison} per task and baseline, tasks in run order, baselines in init order. */
public final class Verdicts {
    private Verdicts() {
    }

    /**
     * The studied init against every other init on every task where either has a run; a side with
     * no completed run gives a "no verdict" comparison rather than being left out.
     */
    public static List<Comparison> comparisons(ReportData data) {
        String studied = data.studied().name();
        List<Comparison> all = new ArrayList<>();
        for (String task : data.tasks()) {
            for (String baseline : data.initNames()) {
                if (baseline.equals(studied)) {
                    continue;
                }
                var studiedRuns = data.runs(studied, task);
                var baselineRuns = data.runs(baseline, task);
                if (!studiedRuns.isEmpty() || !baselineRuns.isEmpty()) {
                    all.add(new Comparison(task, studied, baseline, studiedRuns, baselineRuns));
                }
            }
        }
        return all;
    }

    /** The sentence of every comparison. */
    public static List<String> sentences(ReportData data) {
        return comparisons(data).stream().map(Comparison::sentence).toList();
    }
}
