package org.richlazy.report;

import java.util.List;
import java.util.Optional;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.RunResult;

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

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        return table(data).map(t -> "<section id=\"" + ID + "\"><h2>What training changed</h2>" + t.html()
                + "<p class=\"note\">" + Html.esc(NOTE) + "</p></section>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        return table(data).map(t -> "## What training changed\n\n" + t.markdown() + "\n" + Markdown.esc(NOTE) + "\n\n");
    }
}
