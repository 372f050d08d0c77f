package org.richlazy.report;

import java.util.List;
import org.richlazy.report.stats.Bootstrap;
import org.richlazy.report.stats.Interval;

/** The verdict section: one sentence per task and baseline, then the numbers behind each sentence. */
final class VerdictSection {
    private VerdictSection() {
    }

    static String html(List<Comparison> comparisons) {
        StringBuilder s = new StringBuilder("<section id=\"verdict\"><h2>Verdict</h2>");
        if (comparisons.isEmpty()) {
            return s.append("<p>No comparison: the results hold no run of the studied init and a baseline on the")
                    .append(" same task.</p></section>").toString();
        }
        String task = null;
        for (Comparison c : comparisons) {
            if (!c.task().equals(task)) {
                s.append(task == null ? "" : "</ul>").append("<h3>Task ").append(Html.esc(c.task()))
                        .append("</h3><ul class=\"verdicts\">");
                task = c.task();
            }
            s.append("<li class=\"").append(c.direction().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(Html.esc(c.sentence())).append("</li>");
        }
        s.append("</ul><h3>The numbers behind the sentences</h3><table class=\"num\"><thead><tr>")
                .append("<th>task</th><th>baseline</th><th>verdict</th>")
                .append("<th>seeds</th><th>weight change ratio (95% CI)</th><th>&Delta;KA (95% CI)</th>")
                .append("<th>&Delta;RA (95% CI)</th><th>p weight change</th><th>p KA</th><th>p RA</th>")
                .append("</tr></thead><tbody>");
        for (Comparison c : comparisons) {
            s.append("<tr><td>").append(Html.esc(c.task())).append("</td><td>").append(Html.esc(c.baseline()))
                    .append("</td><td>").append(c.direction().word()).append("</td>");
            int n1 = Comparison.completed(c.studiedRuns()).size();
            int n2 = Comparison.completed(c.baselineRuns()).size();
            s.append("<td>").append(n1).append(" vs ").append(n2).append("</td>");
            if (c.direction() == Comparison.Direction.NO_DATA) {
                s.append("<td colspan=\"6\">no completed runs on one side</td></tr>");
                continue;
            }
            s.append("<td>").append(Fmt.fixed(c.weightChangeRatio(), 2)).append("x ")
                    .append(interval(c.weightChangeRatioInterval(), 2)).append("</td>");
            for (Measure m : List.of(Measure.KERNEL_ALIGNMENT, Measure.REPRESENTATION_ALIGNMENT)) {
                s.append("<td>").append(c.defined(m) ? Fmt.fixed(c.difference(m), 3) + " "
                        + interval(c.differenceInterval(m), 3) : UNDEFINED).append("</td>");
            }
            for (Measure m : List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
                    Measure.REPRESENTATION_ALIGNMENT)) {
                s.append("<td>").append(c.defined(m) ? Fmt.p(c.test(m).p()) : UNDEFINED).append("</td>");
            }
            s.append("</tr>");
        }
        s.append("</tbody></table>");
        s.append("<p class=\"note\">Studied minus baseline. <b>richer</b>: larger relative weight change and lower")
                .append(" KA and RA (SPEC &sect;5); <b>lazier</b>: all three the other way; <b>mixed</b>: otherwise.")
                .append(" Direction from the means over completed seeds; intervals: percentile bootstrap (")
                .append(Bootstrap.RESAMPLES).append(" resamples, seed ").append(Bootstrap.SEED)
                .append("); p: exact two-sided permutation test on the difference of means.</p>");
        return s.append("</section>").toString();
    }

    private static final String UNDEFINED = "<span title=\"" + Comparison.ZERO_KERNEL + "\">undefined</span>";

    private static String interval(Interval ci, int decimals) {
        return ci.defined() ? "(" + Fmt.fixed(ci.low(), decimals) + " to " + Fmt.fixed(ci.high(), decimals) + ")"
                : "(n/a)";
    }
}
