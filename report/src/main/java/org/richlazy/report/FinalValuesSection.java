package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;

/**
 * The final values (Markdown only): per task, one row per init with each final measure as mean &plusmn; sd over its
 * completed seeds, diverged runs and undefined values counted. In {@code report.html} the learning section draws them.
 */
final class FinalValuesSection implements Section {
    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        StringBuilder s = new StringBuilder("## Final values\n\n");
        for (String task : data.tasks()) {
            List<FinalValue> values = FinalValue.summary(data.runsOf(task));
            List<String> header = new ArrayList<>(List.of("init"));
            values.forEach(v -> header.add(v.label()));
            header.add("runs");
            Table table = new Table(header);
            for (String init : data.initNames()) {
                List<RunResult> runs = data.runs(init, task);
                if (runs.isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(init));
                values.forEach(v -> row.add(meanCell(v, runs)));
                int diverged = Comparison.diverged(runs).size();
                row.add(runs.size() + (diverged == 0 ? "" : " (" + diverged + " diverged)"));
                table.row(row);
            }
            s.append("### Task ").append(Markdown.esc(task)).append("\n\n").append(table.markdown()).append('\n');
        }
        s.append("Mean \u00b1 sample sd over the completed seeds with a defined value, n of them; diverged runs are"
                + " left out and counted, undefined values left out and counted (KA, RA: ")
                .append(Markdown.esc(Comparison.ZERO_KERNEL)).append("). ")
                .append(Markdown.esc(String.join(". ", FinalValue.summary(data.runs()).stream()
                        .map(v -> v.label() + ": " + v.description()).toList()))).append(".\n\n");
        return Optional.of(s.toString());
    }

    /** "1.8 ± 0.1 (n = 3)", "0.5 (n = 1)", "... ; 1 undefined", "undefined (3 runs)" or an em dash. */
    private static String meanCell(FinalValue value, List<RunResult> runs) {
        int undefined = value.undefined(runs).size();
        if (value.measured(runs).isEmpty()) {
            return undefined == 0 ? "\u2014" : "undefined (" + undefined + " run" + (undefined == 1 ? "" : "s") + ")";
        }
        Sample sample = value.sample(runs);
        String cell = Fmt.number(sample.mean()) + (sample.size() > 1 ? " \u00b1 " + Fmt.number(sample.sd()) : "")
                + " (n = " + sample.size();
        return cell + (undefined == 0 ? "" : "; " + undefined + " undefined") + ")";
    }
}
