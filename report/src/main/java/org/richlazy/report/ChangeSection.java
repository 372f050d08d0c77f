package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.RunResult;

/**
 * "What training changed": per task and init, the structure of {@code dW = W_h(final) - W_h(0)}
 * ({@link ChangeStructure}) as mean ± sd over the completed runs that recorded it: its participation ratio,
 * the overlap of its top-1 and top-5 output subspaces with W_h(0)'s, its share on absent synapses, and
 * the sign flips. Absent when no run recorded it (results written before it was).
 */
final class ChangeSection {
    /** The section's anchor. */
    static final String ID = "change";

    private record Column(String name, ToDoubleFunction<ChangeStructure> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("dW participation ratio", ChangeStructure::participationRatio),
            new Column("overlap with W0, top 1", c -> c.leftOverlap().get(0)),
            new Column("overlap with W0, top 5", c -> c.leftOverlap().get(2)),
            new Column("share on absent synapses", ChangeStructure::newSynapseShare),
            new Column("sign flips", c -> c.signFlips()));

    private ChangeSection() {
    }

    /** The table, or empty when no run recorded its change. */
    static Optional<Table> table(ReportData data) {
        List<String> header = new ArrayList<>(List.of("task", "init", "runs"));
        COLUMNS.forEach(c -> header.add(c.name()));
        Table table = new Table(header);
        boolean any = false;
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                List<ChangeStructure> changes = data.runs(init, task).stream().filter(r -> !r.diverged())
                        .map(RunResult::change).filter(c -> c != null).toList();
                if (changes.isEmpty()) {
                    continue;
                }
                any = true;
                List<String> row = new ArrayList<>(List.of(task, init, Integer.toString(changes.size())));
                for (Column c : COLUMNS) {
                    row.add(meanSd(changes.stream().mapToDouble(c.value()).filter(Double::isFinite).toArray()));
                }
                table.row(row);
            }
        }
        return any ? Optional.of(table) : Optional.empty();
    }

    private static String meanSd(double[] v) {
        if (v.length == 0) {
            return "undefined";
        }
        Sample sample = new Sample(v);
        return Fmt.number(sample.mean()) + (v.length == 1 ? "" : " \u00b1 " + Fmt.number(sample.sd()));
    }

    /** How to read the table. */
    static final String NOTE = "dW = W_h(final) - W_h(0). Participation ratio of its singular values; overlap: mean"
            + " squared cosine of the principal angles between the top-k left singular subspaces of dW and W_h(0)"
            + " (1: the same subspace, about k/N for random ones); share of ||dW||^2 on entries where W_h(0) is 0;"
            + " sign flips: entries of W_h(0) whose sign training reversed. Mean \u00b1 sd over completed runs;"
            + " every run's values, also for the input (right) subspaces, are in results.csv (dw_* columns).";

    static Optional<String> html(ReportData data) {
        return table(data).map(t -> "<section id=\"" + ID + "\"><h2>What training changed</h2>" + t.html()
                + "<p class=\"note\">" + Html.esc(NOTE) + "</p></section>");
    }

    static Optional<String> markdown(ReportData data) {
        return table(data).map(t -> "## What training changed\n\n" + t.markdown() + "\n" + Markdown.esc(NOTE) + "\n\n");
    }
}
