package org.richlazy.report;

import java.util.List;
import java.util.Optional;
import org.richlazy.train.LyapunovExponents;
import org.richlazy.train.RunResult;

/**
 * "Dynamics beside the verdict": per task and init, the largest Lyapunov exponents of the network at the start
 * and at the end of training, task-driven and autonomous ({@link LyapunovExponents}), with the share of
 * streams that fell silent; the transition to chaos (exponent above 0) is a known confound of rich and lazy
 * regimes. Absent when no run recorded them.
 */
final class DynamicsSection implements Section {
    /** The section's anchor. */
    static final String ID = "dynamics";

    private static final List<PerInitTable.Column<LyapunovExponents>> COLUMNS = List.of(
            new PerInitTable.Column<>("\u03bb driven, start", l -> l.initial().driven().exponent()),
            new PerInitTable.Column<>("\u03bb driven, end", l -> l.trained().driven().exponent()),
            new PerInitTable.Column<>("\u03bb autonomous, start", l -> l.initial().autonomous().exponent()),
            new PerInitTable.Column<>("\u03bb autonomous, end", l -> l.trained().autonomous().exponent()),
            new PerInitTable.Column<>("silent share, start", l -> l.initial().autonomous().silentShare()),
            new PerInitTable.Column<>("silent share, end", l -> l.trained().autonomous().silentShare()));

    static Optional<Table> table(ReportData data) {
        return PerInitTable.of(data, RunResult::lyapunov, COLUMNS);
    }

    /** How to read the table. */
    static final String NOTE = "Largest Lyapunov exponent \u03bb in natural log per time step (QR method on the"
            + " Jacobians along 8 streams of 300 steps, the first 100 left out; docs/science.md): above 0 the"
            + " dynamics expand perturbations (chaotic, or for ReLU growing without bound), below 0 they contract."
            + " Driven: the probe trials played back to back; autonomous: the input switched off after 50 steps."
            + " A stream in which every unit falls silent has \u03bb = \u2212\u221e and is counted in the"
            + " (autonomous) silent share instead of the mean; \u2018undefined\u2019: every stream fell silent."
            + " Mean \u00b1 sd over completed runs; every run's values, the driven silent shares too, are in"
            + " results.csv (lyapunov_* columns).";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Dynamics"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        return table(data).map(t -> "<section id=\"" + ID + "\"><h2>Dynamics beside the verdict</h2>" + t.html()
                + "<p class=\"note\">" + Html.esc(NOTE) + "</p></section>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        return table(data).map(t -> "## Dynamics beside the verdict\n\n" + t.markdown() + "\n" + Markdown.esc(NOTE)
                + "\n\n");
    }
}
