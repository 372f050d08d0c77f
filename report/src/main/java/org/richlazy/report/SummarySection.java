package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import org.richlazy.report.stats.Interval;

/**
 * The answer first: one line per task and baseline (the verdict, the weight-change ratio with its 95 % interval,
 * ΔKA and ΔRA, the permutation p of the weight change) and one figure of the ratios with their intervals against a
 * line at 1. The numbers are those of the verdict section ({@link VerdictSection}), which explains them.
 */
final class SummarySection {
    /** The section's anchor. */
    static final String ID = "summary";

    private SummarySection() {
    }

    /** The comparisons with a verdict (both sides have completed runs). */
    private static List<Comparison> decided(List<Comparison> comparisons) {
        return comparisons.stream().filter(c -> c.direction() != Comparison.Direction.NO_DATA).toList();
    }

    /** One row per comparison: task, baseline, verdict, ratio (CI), ΔKA, ΔRA, p. */
    static Table table(List<Comparison> comparisons) {
        Table table = new Table(List.of("task", "baseline", "verdict", "weight change ratio (95% CI)", "\u0394KA",
                "\u0394RA", "p", "seeds"));
        for (Comparison c : comparisons) {
            if (c.direction() == Comparison.Direction.NO_DATA) {
                table.row(List.of(c.task(), c.baseline(), "no verdict", "no completed runs on one side", "", "", "",
                        ""));
                continue;
            }
            Interval ci = c.weightChangeRatioInterval();
            table.row(List.of(c.task(), c.baseline(), c.direction().word(),
                    Fmt.fixed(c.weightChangeRatio(), 2) + "x" + (ci.defined()
                            ? " (" + Fmt.fixed(ci.low(), 2) + " to " + Fmt.fixed(ci.high(), 2) + ")" : " (n/a)"),
                    delta(c, Measure.KERNEL_ALIGNMENT), delta(c, Measure.REPRESENTATION_ALIGNMENT),
                    c.defined(Measure.RELATIVE_WEIGHT_CHANGE) ? Fmt.p(c.test(Measure.RELATIVE_WEIGHT_CHANGE).p()) : "",
                    Comparison.completed(c.studiedRuns()).size() + " vs "
                            + Comparison.completed(c.baselineRuns()).size()));
        }
        return table;
    }

    private static String delta(Comparison c, Measure m) {
        return c.defined(m) ? Fmt.difference(c.difference(m))
                : "undefined (" + undefinedRuns(c, m) + ")";
    }

    private static String undefinedRuns(Comparison c, Measure m) {
        int studied = Comparison.undefined(c.studiedRuns(), m).size();
        int baseline = Comparison.undefined(c.baselineRuns(), m).size();
        return (studied > 0 ? studied + " " + c.studied() + " run" + (studied == 1 ? "" : "s") : "")
                + (studied > 0 && baseline > 0 ? ", " : "")
                + (baseline > 0 ? baseline + " " + c.baseline() + " run" + (baseline == 1 ? "" : "s") : "")
                + " with no active unit at the decision step; see Why a measure is undefined";
    }

    /** How to read the line. */
    static final String NOTE = "Studied init vs each baseline. Ratio: the studied init's mean relative weight change"
            + " over the baseline's (above 1: its weights moved more); \u0394KA, \u0394RA: studied minus baseline"
            + " (below 0: its kernel and representations turned further); p: permutation test on the weight change."
            + " richer: all three point to richer learning; lazier: all three the other way; mixed: otherwise."
            + " Intervals, tests and the centred measures are in the Verdict section.";

    /** The weight-change ratio of every decided comparison with its interval, a reference line at 1. */
    static String figure(List<Comparison> comparisons) {
        List<Comparison> shown = decided(comparisons).stream()
                .filter(c -> Double.isFinite(c.weightChangeRatio()) && c.weightChangeRatio() > 0).toList();
        if (shown.isEmpty()) {
            return "";
        }
        double lo = 1;
        double hi = 1;
        for (Comparison c : shown) {
            Interval ci = c.weightChangeRatioInterval();
            lo = Math.min(lo, ci.defined() && ci.low() > 0 ? ci.low() : c.weightChangeRatio());
            hi = Math.max(hi, ci.defined() ? ci.high() : c.weightChangeRatio());
        }
        boolean log = hi / lo > 4;
        Axis y = log ? new Axis(lo / 1.2, hi * 1.2, true, "weight change ratio")
                : Axis.around(lo, hi, "weight change ratio");
        List<String> names = new ArrayList<>();
        shown.forEach(c -> names.add(c.task() + " vs " + c.baseline()));
        Plot plot = new Plot(Math.max(300, 70 * shown.size() + 80), 260,
                new Axis(-0.5, shown.size() - 0.5, false, "task and baseline"), y,
                "weight change, studied / baseline (95% CI)").categories(names);
        plot.series("no difference").segment(-0.5, 1, shown.size() - 0.5, 1, "#888888", 1);
        for (int k = 0; k < shown.size(); k++) {
            Comparison c = shown.get(k);
            String color = switch (c.direction()) {
                case RICHER -> "#b2182b";
                case LAZIER -> "#2166ac";
                default -> "#666666";
            };
            plot.series(names.get(k) + " (" + c.direction().word() + ")");
            Interval ci = c.weightChangeRatioInterval();
            if (ci.defined() && ci.low() > 0) {
                plot.segment(k, ci.low(), k, ci.high(), color, 2);
            }
            plot.dot(k, c.weightChangeRatio(), 4, color, names.get(k) + ": " + c.direction().word() + ", "
                    + Fmt.fixed(c.weightChangeRatio(), 2) + "x");
        }
        return "<figure class=\"summary-figure\">" + plot.svg() + "<figcaption>Dot: ratio of mean relative weight"
                + " changes; bar: its 95% bootstrap interval; red richer, blue lazier, grey mixed; grey line: no"
                + " difference.</figcaption></figure>";
    }

    static String html(List<Comparison> comparisons) {
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Summary</h2>");
        if (comparisons.isEmpty()) {
            return s.append("<p>").append(VerdictSection.NONE).append("</p></section>").toString();
        }
        s.append("<div class=\"row\"><div class=\"summary-table\">").append(table(comparisons).html(comparisons.stream()
                .map(c -> c.direction().name().toLowerCase(java.util.Locale.ROOT)).toList()))
                .append("<p class=\"note\">").append(Html.esc(NOTE)).append("</p></div>").append(figure(comparisons))
                .append("</div>");
        return s.append("</section>").toString();
    }

    static String markdown(List<Comparison> comparisons) {
        if (comparisons.isEmpty()) {
            return "## Summary\n\n" + Markdown.esc(VerdictSection.NONE) + "\n\n";
        }
        return "## Summary\n\n" + table(comparisons).markdown() + "\n" + Markdown.esc(NOTE) + "\n\n";
    }
}
