package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.RunResult;
import org.richlazy.train.RunStore;

/**
 * "What training changed": per task and init, the structure of {@code dW = W_h(final) - W_h(0)}
 * ({@link ChangeStructure}) as mean ± sd over the completed runs that recorded it: its participation ratio,
 * the overlap of its top-1 and top-5 output subspaces with W_h(0)'s, its share on absent synapses, and
 * the sign flips. Absent when no run recorded it (results written before it was).
 */
final class ChangeSection implements Section {
    /** The section's anchor. */
    static final String ID = "change";

    private static final List<PerInitTable.Column<ChangeStructure>> COLUMNS = List.of(
            new PerInitTable.Column<>("dW participation ratio", ChangeStructure::participationRatio),
            new PerInitTable.Column<>("overlap with W0, top 1", c -> c.leftOverlap().get(0)),
            new PerInitTable.Column<>("overlap with W0, top 5", c -> c.leftOverlap().get(2)),
            new PerInitTable.Column<>("share on absent synapses", ChangeStructure::newSynapseShare),
            new PerInitTable.Column<>("sign flips", c -> c.signFlips()));

    /** The table, or empty when no run recorded its change. */
    static Optional<Table> table(ReportData data) {
        return PerInitTable.of(data, RunResult::change, COLUMNS);
    }

    /** How to read the table. */
    static final String NOTE = "dW = W_h(final) - W_h(0). Participation ratio of its singular values; overlap: mean"
            + " squared cosine of the principal angles between the top-k left singular subspaces of dW and W_h(0)"
            + " (1: the same subspace, about k/N for random ones); share of ||dW||^2 on entries where W_h(0) is 0;"
            + " sign flips: entries of W_h(0) whose sign training reversed. Mean \u00b1 sd over completed runs;"
            + " every run's values, also for the input (right) subspaces, are in results.csv (dw_* columns).";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Change"));
    }

    /** How to read the class tables. */
    static final String CLASS_NOTE = "Share of ||dW||^2 on the rows of each postsynaptic class (the weights onto its"
            + " neurons), mean over the completed runs, beside the class's share of the neurons: a class whose share"
            + " of the change is above its share of the neurons took more than its part. Read from each run's"
            + " weights.h5.";

    /** Per task, the change by postsynaptic class of every init with completed runs; empty without classes. */
    static List<Table> classTables(ReportData data) {
        ClassChange change = data.classChange();
        List<Table> tables = new ArrayList<>();
        if (change.byRun().isEmpty()) {
            return tables;
        }
        for (String task : data.tasks()) {
            List<String> inits = new ArrayList<>();
            List<double[]> means = new ArrayList<>();
            for (String init : data.initNames()) {
                List<double[]> shares = data.runs(init, task).stream()
                        .map(r -> change.byRun().get(RunStore.folderName(r.init(), r.task(), r.seed())))
                        .filter(java.util.Objects::nonNull).toList();
                if (!shares.isEmpty()) {
                    inits.add(init + " (" + shares.size() + ")");
                    double[] mean = new double[change.classes().size()];
                    shares.forEach(v -> {
                        for (int c = 0; c < mean.length; c++) {
                            mean[c] += v[c] / shares.size();
                        }
                    });
                    means.add(mean);
                }
            }
            if (inits.isEmpty()) {
                continue;
            }
            List<String> header = new ArrayList<>(List.of("task", "postsynaptic class", "neurons"));
            header.addAll(inits);
            Table table = new Table(header);
            for (int c = 0; c < change.classes().size(); c++) {
                List<String> row = new ArrayList<>(List.of(task, change.classes().get(c),
                        Fmt.percent(change.neurons()[c])));
                for (double[] mean : means) {
                    row.add(Fmt.percent(mean[c]));
                }
                table.row(row);
            }
            tables.add(table);
        }
        return tables;
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        List<Table> classes = classTables(data);
        return table(data).map(t -> "<section id=\"" + ID + "\"><h2>What training changed</h2>" + t.html()
                + "<p class=\"note\">" + Html.esc(NOTE) + "</p>" + (classes.isEmpty() ? "" : "<h3>By postsynaptic"
                + " class</h3>" + String.join("", classes.stream().map(Table::html).toList()) + "<p class=\"note\">"
                + Html.esc(CLASS_NOTE) + "</p>") + "</section>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<Table> classes = classTables(data);
        return table(data).map(t -> "## What training changed\n\n" + t.markdown() + "\n" + Markdown.esc(NOTE) + "\n\n"
                + (classes.isEmpty() ? "" : "### By postsynaptic class\n\n" + String.join("\n",
                classes.stream().map(Table::markdown).toList()) + "\n" + Markdown.esc(CLASS_NOTE) + "\n\n"));
    }
}
