package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.report.stats.Interval;

/**
 * The answer first: one line per task and baseline (the verdict, the weight-change ratio with its 95 % interval,
 * ΔKA and ΔRA, the permutation p of the weight change) and one figure of the ratios with their intervals against a
 * line at 1. The numbers are those of the verdict section ({@link VerdictSection}), which explains them.
 */
final class SummarySection implements Section {
    /** The section's anchor. */
    static final String ID = "summary";

    /** The comparisons with numbers to draw (both sides have runs that count, at comparable performance). */
    private static List<Comparison> decided(List<Comparison> comparisons) {
        return comparisons.stream().filter(c -> c.direction() != Comparison.Direction.NO_DATA
                && c.direction() != Comparison.Direction.NOT_COMPARABLE).toList();
    }

    /** One row per comparison: task, baseline, verdict, ratio (CI), ΔKA, ΔRA, accuracies, p, seeds, next step. */
    static Table table(List<Comparison> comparisons) {
        Table table = new Table(List.of("task", "baseline", "verdict", "weight change ratio (95% CI)", "\u0394KA",
                "\u0394RA", "accuracy (studied vs baseline)", "p", "seeds", "next step"));
        for (Comparison c : comparisons) {
            Comparison.Direction direction = c.direction();
            String seeds = c.studiedCounted().size() + " vs " + c.baselineCounted().size() + leftOut(c);
            if (direction == Comparison.Direction.NO_DATA) {
                table.row(List.of(c.task(), c.baseline(), c.verdict(), "no run that counts on one side", "", "",
                        "", "", seeds, c.nextStep()));
                continue;
            }
            double[] accuracy = c.accuracies();
            String accuracies = Fmt.fixed(accuracy[0], 2) + " vs " + Fmt.fixed(accuracy[1], 2);
            if (direction == Comparison.Direction.NOT_COMPARABLE) {
                table.row(List.of(c.task(), c.baseline(), c.verdict(), "", "", "", accuracies, "", seeds,
                        c.nextStep()));
                continue;
            }
            Interval ci = c.weightChangeRatioInterval();
            table.row(List.of(c.task(), c.baseline(), verdict(c),
                    Fmt.fixed(c.weightChangeRatio(), 2) + "x" + (ci.defined()
                            ? " (" + Fmt.fixed(ci.low(), 2) + " to " + Fmt.fixed(ci.high(), 2) + ")" : " (n/a)"),
                    delta(c, Measure.KERNEL_ALIGNMENT), delta(c, Measure.REPRESENTATION_ALIGNMENT), accuracies,
                    Double.isNaN(c.p()) ? "" : Fmt.p(c.p()), seeds, c.nextStep()));
        }
        return table;
    }

    /**
     * The verdict word, marked when the sweep is partial; an inconclusive one says which way the means lean and why it
     * is not a finding.
     */
    private static String verdict(Comparison c) {
        if (c.direction() != Comparison.Direction.INCONCLUSIVE) {
            return c.verdict();
        }
        return "inconclusive (means lean " + c.leaning() + "; "
                + (c.smallestP() >= c.rules().alpha()
                ? c.studiedCounted().size() + " vs " + c.baselineCounted().size() + " seeds cannot reach p < "
                        + Fmt.number(c.rules().alpha()) + ", smallest attainable " + Fmt.p(c.smallestP())
                : "p not below " + Fmt.number(c.rules().alpha())) + ")" + c.coverage().mark();
    }

    /** ", n left out" when runs of either side are left out of the verdict. */
    private static String leftOut(Comparison c) {
        int n = LearningCheck.flagged(c.studiedRuns(), c.rules()).size()
                + LearningCheck.flagged(c.baselineRuns(), c.rules()).size();
        return n == 0 ? "" : " (" + n + " left out, see Runs left out)";
    }

    private static String delta(Comparison c, Measure m) {
        if (!c.defined(m)) {
            return "undefined (" + undefinedRuns(c, m) + ")";
        }
        return Fmt.difference(c.difference(m)) + (c.points(m) == 0 ? " (no difference)" : "");
    }

    private static String undefinedRuns(Comparison c, Measure m) {
        int studied = Comparison.undefined(c.studiedCounted(), m).size();
        int baseline = Comparison.undefined(c.baselineCounted(), m).size();
        return (studied > 0 ? studied + " " + c.studied() + " run" + (studied == 1 ? "" : "s") : "")
                + (studied > 0 && baseline > 0 ? ", " : "")
                + (baseline > 0 ? baseline + " " + c.baseline() + " run" + (baseline == 1 ? "" : "s") : "")
                + " with no active unit at the decision step; see Why a measure is undefined";
    }

    /** How to read the line, with the rules the verdicts are held to. */
    static String note(VerdictRules rules) {
        return "Studied init vs each baseline, over the runs that count (diverged, not learned and"
                + " silent runs are left out). Ratio: the studied init's mean relative weight change over the baseline's"
                + " (above 1: its weights moved more); \u0394KA, \u0394RA: studied minus baseline (below 0: its kernel"
                + " and representations turned further); p: the largest permutation p of the measures beyond their"
                + " margins. richer or lazier: every measure beyond its margin points that way and is significant;"
                + " inconclusive: they agree but are not significant; mixed: they disagree; not comparable: final"
                + " accuracies differ too much for a regime to be read. " + rules.describe()
                + " Intervals (95% Welch t), tests and the centred measures are in the Verdict section.";
    }

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
                default -> "#999999";
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
                + " changes; bar: its 95% Welch interval (log scale); red richer, blue lazier, grey: no verdict"
                + " (mixed, inconclusive, no difference); grey line: no difference.</figcaption></figure>";
    }

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Summary"));
    }

    /** The section; a partial sweep's notice ({@link SweepCoverage#notice}) comes first. */
    @Override
    public Optional<String> html(SectionContext context) {
        List<Comparison> comparisons = context.comparisons();
        SweepCoverage coverage = context.coverage();
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Summary</h2>");
        if (coverage.partial()) {
            s.append("<p class=\"warning partial\">").append(Html.esc(coverage.notice(Integer.MAX_VALUE)))
                    .append("</p>");
        }
        if (comparisons.isEmpty()) {
            return Optional.of(s.append("<p>").append(VerdictSection.NONE).append("</p></section>").toString());
        }
        s.append("<div class=\"row\"><div class=\"summary-table\">").append(table(comparisons).html(comparisons.stream()
                .map(c -> c.direction().name().toLowerCase(java.util.Locale.ROOT)).toList()))
                .append("<p class=\"note\">").append(Html.esc(note(context.rules()))).append("</p></div>").append(figure(comparisons))
                .append("</div>");
        return Optional.of(s.append("</section>").toString());
    }

    /** The section as Markdown; a partial sweep's notice comes first, quoted. */
    @Override
    public Optional<String> markdown(SectionContext context) {
        List<Comparison> comparisons = context.comparisons();
        SweepCoverage coverage = context.coverage();
        String head = "## Summary\n\n" + (coverage.partial()
                ? "> " + Markdown.esc(coverage.notice(Integer.MAX_VALUE)) + "\n\n" : "");
        if (comparisons.isEmpty()) {
            return Optional.of(head + Markdown.esc(VerdictSection.NONE) + "\n\n");
        }
        return Optional.of(head + table(comparisons).markdown() + "\n" + Markdown.esc(note(context.rules())) + "\n\n");
    }
}
