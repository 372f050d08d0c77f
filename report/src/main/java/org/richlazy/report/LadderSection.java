package org.richlazy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.richlazy.report.stats.Interval;
import org.richlazy.transform.BaselineKind;

/**
 * "What makes the difference": the studied init against each rung of the null-model ladder it was run
 * with, ordered from least to most structure of the studied matrix kept, per task and measure, with the
 * verdicts' effect sizes and 95% Welch intervals ({@link Comparison}); and for each measure the first
 * rung at which the difference disappears, i.e. whose interval holds the null value (1 for the weight-change
 * ratio, 0 for the KA and RA differences), among the rungs at equal performance with the studied init (a rung that
 * is not, as the verdicts judge it, is left out of that claim and named). The section is there when at least two
 * rungs were run.
 */
final class LadderSection implements Section {
    /** The section's anchor. */
    static final String ID = "ladder";

    /** The rungs by baseline kind, least structure kept first, with what each keeps ({@link BaselineKind#keeps()}). */
    static final Map<String, String> RUNGS = rungs();

    private static Map<String, String> rungs() {
        Map<String, String> m = new LinkedHashMap<>();
        for (BaselineKind kind : BaselineKind.values()) {
            kind.keeps().ifPresent(keeps -> m.put(kind.word(), keeps));
        }
        return m;
    }

    /** The inits that are rungs, in ladder order; empty unless there are at least two. */
    static List<ReportData.Init> ladder(ReportData data) {
        List<ReportData.Init> rungs = new ArrayList<>();
        for (String kind : RUNGS.keySet()) {
            for (ReportData.Init init : data.inits()) {
                if (init != data.studied() && kind.equals(init.recipe().kind())) {
                    rungs.add(init);
                }
            }
        }
        return rungs.size() >= 2 ? rungs : List.of();
    }

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "What makes the difference"));
    }

    /** The section, or empty when fewer than two rungs were run. */
    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        List<ReportData.Init> rungs = ladder(data);
        if (rungs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>What makes the difference</h2>")
                .append("<p>").append(Html.esc(data.studied().name())).append(" against null models that each keep more of its")
                .append(" structure, from least to most: ");
        for (int i = 0; i < rungs.size(); i++) {
            String kind = rungs.get(i).recipe().kind();
            s.append(i == 0 ? "" : "; ").append("<b>").append(Html.esc(rungs.get(i).name())).append("</b> keeps ")
                    .append(Html.esc(RUNGS.get(kind)));
        }
        s.append(". Where a difference disappears, the property that rung keeps is enough to explain it.</p>");
        for (String task : data.tasks()) {
            List<Comparison> row = row(context, rungs, task);
            s.append("<h3>Task ").append(Html.esc(task)).append("</h3><ul>");
            for (Measure m : List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
                    Measure.REPRESENTATION_ALIGNMENT)) {
                s.append("<li>").append(Html.esc(sentence(row, m))).append("</li>");
            }
            s.append("</ul>").append(table(row).html()).append(chart(row, task));
        }
        return Optional.of(s.append("</section>").toString());
    }

    /** The same for the Markdown summary: per task the sentences and the table; empty without a ladder. */
    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<ReportData.Init> rungs = ladder(data);
        if (rungs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder("## What makes the difference\n\n");
        s.append(Markdown.esc(data.studied().name())).append(" against null models that keep more of its structure, from"
                + " least to most:\n\n");
        for (ReportData.Init rung : rungs) {
            s.append("- **").append(Markdown.esc(rung.name())).append("** keeps ")
                    .append(Markdown.esc(RUNGS.get(rung.recipe().kind()))).append('\n');
        }
        for (String task : data.tasks()) {
            List<Comparison> row = row(context, rungs, task);
            s.append("\n### Task ").append(Markdown.esc(task)).append("\n\n");
            for (Measure m : List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
                    Measure.REPRESENTATION_ALIGNMENT)) {
                s.append("- ").append(Markdown.esc(sentence(row, m))).append('\n');
            }
            s.append('\n').append(table(row).markdown());
        }
        return Optional.of(s.append('\n').toString());
    }

    private static List<Comparison> row(SectionContext context, List<ReportData.Init> rungs, String task) {
        ReportData data = context.data();
        List<Comparison> row = new ArrayList<>();
        for (ReportData.Init rung : rungs) {
            row.add(new Comparison(task, data.studied().name(), rung.name(), data.runs(data.studied().name(), task),
                    data.runs(rung.name(), task), context.rules()));
        }
        return row;
    }

    /** The measure's null value: 1 for the weight-change ratio, 0 for a difference. */
    private static double nullValue(Measure m) {
        return m == Measure.RELATIVE_WEIGHT_CHANGE ? 1 : 0;
    }

    private static Interval interval(Comparison c, Measure m) {
        if (c.direction() == Comparison.Direction.NO_DATA || !c.defined(m)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        return m == Measure.RELATIVE_WEIGHT_CHANGE ? c.weightChangeRatioInterval() : c.differenceInterval(m);
    }

    private static double estimate(Comparison c, Measure m) {
        if (c.direction() == Comparison.Direction.NO_DATA || !c.defined(m)) {
            return Double.NaN;
        }
        return m == Measure.RELATIVE_WEIGHT_CHANGE ? c.weightChangeRatio() : c.difference(m);
    }

    /**
     * The decimals of every estimate and interval of {@code m} in the section, its sentences, table and chart alike: 2
     * for the weight-change ratio, as the verdicts print it, 3 for a difference of KA or RA, as the verdict table does.
     */
    private static int decimals(Measure m) {
        return m == Measure.RELATIVE_WEIGHT_CHANGE ? 2 : 3;
    }

    /** An estimate of {@code m}: "1.48x" for the ratio, "-0.372" for a difference. */
    private static String number(double v, Measure m) {
        return Fmt.fixed(v, decimals(m)) + (m == Measure.RELATIVE_WEIGHT_CHANGE ? "x" : "");
    }

    /** A 95% interval of {@code m}: "1.24 to 1.67". */
    private static String range(Interval ci, Measure m) {
        return Fmt.fixed(ci.low(), decimals(m)) + " to " + Fmt.fixed(ci.high(), decimals(m));
    }

    /**
     * The first rung whose interval holds the null value, "none", or why it cannot be told. A rung whose runs are not
     * at comparable performance (or did not learn) is left out, as in the verdicts (docs/science.md#verdicts): where
     * a difference disappears is a claim.
     */
    static String sentence(List<Comparison> row, Measure m) {
        String what = m == Measure.RELATIVE_WEIGHT_CHANGE ? "The weight-change ratio"
                : "The " + (m == Measure.KERNEL_ALIGNMENT ? "KA" : "RA") + " difference";
        List<Comparison> comparable = row.stream()
                .filter(c -> c.direction() != Comparison.Direction.NOT_COMPARABLE).toList();
        List<String> notComparable = row.stream().filter(c -> !comparable.contains(c)).map(Comparison::baseline)
                .toList();
        String leftOut = notComparable.isEmpty() ? "" : "; " + String.join(", ", notComparable)
                + " left out: not at equal performance (see the verdicts)";
        if (comparable.isEmpty()) {
            return what + ": no rung at equal performance, so where it disappears cannot be told (train both sides to "
                    + "the same performance with training.stop-at).";
        }
        List<String> undefined = new ArrayList<>();
        for (Comparison c : comparable) {
            Interval ci = interval(c, m);
            if (!ci.defined()) {
                undefined.add(c.baseline());
                continue;
            }
            double v = nullValue(m);
            if (ci.low() <= v && v <= ci.high()) {
                return what + (c == comparable.get(0) ? " shows no difference even against " + c.baseline()
                        : " disappears first at " + c.baseline()) + " (its 95% interval " + range(ci, m)
                        + " holds " + Fmt.number(v) + ")"
                        + again(comparable.subList(comparable.indexOf(c) + 1, comparable.size()), m)
                        + (undefined.isEmpty() ? "" : "; no interval against " + String.join(", ", undefined)
                        + " (one seed, or undefined)") + leftOut + ".";
            }
        }
        if (undefined.size() == comparable.size()) {
            return what + ": no interval on any rung (one seed per init, or undefined): cannot tell where it disappears"
                    + leftOut + ".";
        }
        return what + " disappears at no rung: none of the null models explains it"
                + (undefined.isEmpty() ? "" : " (no interval against " + String.join(", ", undefined) + ")")
                + leftOut + ".";
    }

    /** The later rungs whose interval excludes the null value again: the ladder need not be monotone. */
    private static String again(List<Comparison> later, Measure m) {
        List<String> back = new ArrayList<>();
        for (Comparison c : later) {
            Interval ci = interval(c, m);
            if (ci.defined() && (ci.low() > nullValue(m) || ci.high() < nullValue(m))) {
                back.add(c.baseline() + " (" + range(ci, m) + ")");
            }
        }
        return back.isEmpty() ? "" : "; it is there again against " + String.join(", ", back);
    }

    private static Table table(List<Comparison> row) {
        Table table = new Table("rung", "seeds", "weight change ratio (95% CI)", "\u0394KA (95% CI)", "\u0394RA (95% CI)");
        for (Comparison c : row) {
            List<String> cells = new ArrayList<>(List.of(c.baseline(), Comparison.completed(c.studiedRuns()).size()
                    + " vs " + Comparison.completed(c.baselineRuns()).size()));
            for (Measure m : List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
                    Measure.REPRESENTATION_ALIGNMENT)) {
                double v = estimate(c, m);
                Interval ci = interval(c, m);
                cells.add(Double.isNaN(v) ? "undefined" : number(v, m) + " " + (ci.defined()
                        ? "(" + range(ci, m) + ")" : "(n/a)"));
            }
            table.row(cells);
        }
        return table;
    }

    /** The weight-change ratio per rung, dot and 95% interval, with a line at 1. */
    private static String chart(List<Comparison> row, String task) {
        double lo = 1;
        double hi = 1;
        for (Comparison c : row) {
            double v = estimate(c, Measure.RELATIVE_WEIGHT_CHANGE);
            Interval ci = interval(c, Measure.RELATIVE_WEIGHT_CHANGE);
            for (double x : new double[] {v, ci.low(), ci.high()}) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        List<String> names = row.stream().map(Comparison::baseline).toList();
        Plot plot = new Plot(480, 300, new Axis(-0.5, names.size() - 0.5, false, "null model (more structure kept \u2192)"),
                Axis.around(lo, hi, "weight change ratio, studied / null"), "The ladder on " + task)
                .categories(names);
        plot.segment(-0.5, 1, names.size() - 0.5, 1, "#777777", 1);
        for (int i = 0; i < row.size(); i++) {
            Comparison c = row.get(i);
            Interval ci = interval(c, Measure.RELATIVE_WEIGHT_CHANGE);
            if (ci.defined()) {
                plot.segment(i, ci.low(), i, ci.high(), "#1f4e79", 2);
            }
            double v = estimate(c, Measure.RELATIVE_WEIGHT_CHANGE);
            plot.dot(i, v, 4, "#1f4e79", c.baseline() + ": " + (Double.isNaN(v) ? "undefined"
                    : number(v, Measure.RELATIVE_WEIGHT_CHANGE)));
        }
        return plot.svg();
    }
}
