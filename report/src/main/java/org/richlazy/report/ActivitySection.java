package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.train.RunResult;
import org.richlazy.train.UnitActivity;

/**
 * "Why a measure is undefined": present when a completed run's final RA or KA is undefined. RA is the cosine of the
 * decision-step state kernels {@code R R^T} (docs/science.md#laziness-measures), 0/0 when no unit is active at the
 * decision step of any probe
 * trial; the recurrent tangent kernel vanishes in the same way when no unit is active at the steps it
 * differentiates. The section says which runs, shows the share of active units per step of the probe trials for
 * every init at the start and at the end on each task where one is undefined ({@link UnitActivity}, a line at the
 * decision step), tabulates the
 * decision-step shares, and names the settings that keep units active there.
 */
final class ActivitySection implements Section {
    /** The section's anchor. */
    static final String ID = "undefined";

    private static final List<Measure> ALIGNMENTS = List.of(Measure.REPRESENTATION_ALIGNMENT,
            Measure.KERNEL_ALIGNMENT);

    private static final List<PerInitTable.Column<UnitActivity>> COLUMNS = List.of(
            new PerInitTable.Column<>("active units at the decision step, start",
                    a -> a.initial().activeUnitsAt(a.decisionStep())),
            new PerInitTable.Column<>("active units there, end", a -> a.trained().activeUnitsAt(a.decisionStep())),
            new PerInitTable.Column<>("trials with one, start", a -> a.initial().activeTrialsAt(a.decisionStep())),
            new PerInitTable.Column<>("trials with one, end", a -> a.trained().activeTrialsAt(a.decisionStep())));

    /** What keeps units active at the decision step, in words. */
    static final String REMEDY = "What brings activity back to the decision step: with the paper's leak"
            + " a = dt/\u03c4 = 1 (training.leak: euler, dt = \u03c4 = 100 ms) each state is replaced by the next, so"
            + " a network whose recurrent input is net inhibitory at the decision step switches every unit off"
            + " there. Keeping part of the previous state carries the earlier steps' activity forward: a longer"
            + " time constant (training.tau: 200 gives a = 0.5 at the tasks' dt of 100 ms; the demo does this) or"
            + " training.leak: exponential (a = 1 \u2212 e^(\u2212dt/\u03c4) = 0.63 at dt = \u03c4). Check the"
            + " accuracy afterwards: a network kept active this way need not learn the task. The runs that stay"
            + " silent are left out of that measure only; the weight change is defined for every run.";

    /** One task and init with an undefined RA or KA, in words. */
    private record Finding(String task, String text) {
    }

    /** One sentence per task and init with an undefined RA or KA: which runs, and the decision-step activity. */
    static List<String> findings(ReportData data) {
        return find(data).stream().map(Finding::text).toList();
    }

    private static List<Finding> find(ReportData data) {
        List<Finding> found = new ArrayList<>();
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                List<RunResult> completed = Comparison.completed(data.runs(init, task));
                List<String> parts = new ArrayList<>();
                for (Measure m : ALIGNMENTS) {
                    int n = Comparison.undefined(completed, m).size();
                    if (n > 0) {
                        parts.add(m.label() + " undefined in " + n + " of " + completed.size() + " runs");
                    }
                }
                if (!parts.isEmpty()) {
                    found.add(new Finding(task, init + " on " + task + ": " + String.join(", ", parts) + "; "
                            + activity(completed) + "."));
                }
            }
        }
        return found;
    }

    private static String activity(List<RunResult> runs) {
        List<UnitActivity> recorded = runs.stream().map(RunResult::activity).filter(a -> a != null).toList();
        if (recorded.isEmpty()) {
            return "these runs were recorded before unit activity was (run them again to see it)";
        }
        UnitActivity first = recorded.get(0);
        int step = first.decisionStep();
        long silentStart = recorded.stream().filter(a -> a.initial().activeTrialsAt(a.decisionStep()) == 0).count();
        long silentEnd = recorded.stream().filter(a -> a.trained().activeTrialsAt(a.decisionStep()) == 0).count();
        double start = recorded.stream().mapToDouble(a -> a.initial().activeUnitsAt(a.decisionStep())).average()
                .orElseThrow();
        double end = recorded.stream().mapToDouble(a -> a.trained().activeUnitsAt(a.decisionStep())).average()
                .orElseThrow();
        return "at the decision step (step " + (step + 1) + " of " + first.initial().activeUnits().size()
                + ") no unit is active in any probe trial in " + silentStart + " of " + recorded.size()
                + " runs at the start and in " + silentEnd + " at the end; mean share of active units there "
                + Fmt.number(start) + " at the start, " + Fmt.number(end) + " at the end"
                + (silentStart > 0 && silentEnd == 0 ? " (RA and KA compare the end with the start, so a silent"
                        + " start leaves them undefined however active the trained network is)" : "");
    }

    /** The decision-step activity of every init per task. */
    static Optional<Table> table(ReportData data) {
        return PerInitTable.of(data, RunResult::activity, COLUMNS);
    }

    /** The share of active units per step, mean over the completed runs of each init, with the decision step. */
    private static String figure(ReportData data, Palette palette, String task, boolean start) {
        String when = start ? "start" : "end";
        Plot plot = null;
        double decision = Double.NaN;
        for (String init : data.initNames()) {
            List<UnitActivity> recorded = Comparison.completed(data.runs(init, task)).stream()
                    .map(RunResult::activity).filter(a -> a != null).toList();
            if (recorded.isEmpty()) {
                continue;
            }
            int steps = recorded.get(0).initial().activeUnits().size();
            if (plot == null) {
                plot = new Plot(300, 250, new Axis(0.5, steps + 0.5, false, "time step"),
                        new Axis(0, 1, false, "share of active units"), "active units, " + when + " \u2014 " + task);
            }
            double[] x = new double[steps];
            double[] mean = new double[steps];
            for (int t = 0; t < steps; t++) {
                final int step = t;
                x[t] = t + 1;
                mean[t] = recorded.stream().mapToDouble(a -> (start ? a.initial() : a.trained()).activeUnitsAt(step))
                        .average().orElseThrow();
            }
            plot.series(init + " (mean)").line(x, mean, palette.color(init), 1.5);
            decision = recorded.get(0).decisionStep() + 1;
        }
        if (plot == null) {
            return "";
        }
        plot.series("decision step").segment(decision, 0, decision, 1, "#888888", 1);
        return "<figure>" + plot.svg() + "</figure>";
    }

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Undefined measures"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        Palette palette = context.palette();
        List<Finding> found = find(data);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Why a measure is undefined</h2><ul>");
        found.forEach(f -> s.append("<li>").append(Html.esc(f.text())).append("</li>"));
        s.append("</ul>").append(palette.legend()).append("<div class=\"panels\">");
        for (String task : found.stream().map(Finding::task).distinct().toList()) {
            s.append(figure(data, palette, task, true)).append(figure(data, palette, task, false));
        }
        s.append("</div>");
        table(data).ifPresent(t -> s.append(t.html()));
        return Optional.of(s.append("<p class=\"note\">").append(Html.esc(FIGURES + " " + NOTE + " " + REMEDY))
                .append("</p></section>").toString());
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<String> findings = findings(data);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("## Why a measure is undefined\n\n");
        findings.forEach(f -> s.append("- ").append(Markdown.esc(f)).append('\n'));
        s.append('\n');
        table(data).ifPresent(t -> s.append(t.markdown()).append('\n'));
        return Optional.of(s.append(Markdown.esc(NOTE + " " + REMEDY)).append("\n\n").toString());
    }

    /** How to read the figures (HTML only). */
    static final String FIGURES = "A unit is active when its state is above 0 (the open side of the ReLU). Figures:"
            + " the share of (probe trial, unit) pairs active at each step, mean over completed runs, at the start"
            + " and at the end of training; grey line: the decision step, whose states RA compares.";

    /** How to read the table. */
    static final String NOTE = "Table: mean \u00b1 sd over runs of the share of active units (state above 0) at"
            + " the decision step and of the probe trials with at least one; a 0 there makes the representation"
            + " kernel all zero and RA 0/0. Every run's values are in results.csv (active_*_decision_* columns),"
            + " every step in its result.json (activity).";
}
