package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.richlazy.report.stats.Interval;

/** The verdict section: one sentence per task and baseline, then the numbers behind each sentence. */
final class VerdictSection implements Section {
    /** The section's anchor. */
    static final String ID = "verdict";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Verdict"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        List<Comparison> comparisons = context.comparisons();
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Verdict</h2>");
        if (comparisons.isEmpty()) {
            return Optional.of(s.append("<p>").append(NONE).append("</p></section>").toString());
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
        s.append("</ul><h3>The numbers behind the sentences</h3>").append(numbers(comparisons).html())
                .append("<p class=\"note\">").append(Html.esc(note(context.rules()))).append("</p>");
        return Optional.of(s.append("</section>").toString());
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        List<Comparison> comparisons = context.comparisons();
        StringBuilder s = new StringBuilder("## Verdicts\n\n");
        if (comparisons.isEmpty()) {
            return Optional.of(s.append(Markdown.esc(NONE)).append("\n\n").toString());
        }
        comparisons.forEach(c -> s.append("- ").append(Markdown.esc(c.sentence())).append('\n'));
        s.append('\n').append(numbers(comparisons).markdown()).append('\n').append(Markdown.esc(note(context.rules()))).append("\n\n");
        return Optional.of(s.toString());
    }

    /** What the section says when there is nothing to compare. */
    static final String NONE = "No comparison: the results hold no run of the studied init and a baseline on the"
            + " same task.";

    /** How to read {@link #numbers}, with the rules the verdicts are held to. */
    static String note(VerdictRules rules) {
        return "Studied minus baseline, over the runs that count. richer: larger relative weight"
                + " change, lower KA and lower RA (docs/science.md, \"Laziness measures\"), each beyond its margin or abstaining within it, and"
                + " significant; lazier: the other way; mixed: measures point both ways; inconclusive: they agree but"
                + " are not significant; not comparable: final accuracies too far apart; no difference: every measure"
                + " within its margin. " + rules.describe() + " Intervals: 95% Welch t (log scale for"
                + " the ratio); p: two-sided permutation test on the difference of means; undefined: "
                + Comparison.ZERO_KERNEL + ". KA and RA are uncentred, as the paper's code computes them, and the"
                + " verdict uses them; the centred columns remove each kernel's row and column means first (Cortes,"
                + " Mohri and Rostamizadeh 2012). ReLU states are non-negative, so the uncentred RA is raised by their"
                + " mean and moves less than the centred one. The linearised gap (when training.linearized ran) is"
                + " the distance between each network and its first-order Taylor model around the initial weights,"
                + " trained alongside on the same batches, relative to how far the network's function moved: small"
                + " means lazy, measured directly; a larger gap reads richer.";
    }

    /** One row per comparison: direction, seeds, weight-change ratio, KA and RA differences, p-values. */
    static Table numbers(List<Comparison> comparisons) {
        boolean gap = comparisons.stream().anyMatch(c -> c.direction() != Comparison.Direction.NO_DATA
                && c.defined(Measure.LINEARIZED_GAP));
        List<String> header = new ArrayList<>(List.of("task", "baseline", "verdict", "seeds",
                "weight change ratio (95% CI)", "\u0394KA (95% CI)", "\u0394RA (95% CI)", "\u0394centred KA (95% CI)",
                "\u0394centred RA = linear CKA (95% CI)", "p weight change", "p KA", "p RA"));
        if (gap) {
            header.add("\u0394linearised gap (95% CI)");
        }
        Table table = new Table(header);
        for (Comparison c : comparisons) {
            List<String> row = new ArrayList<>(List.of(c.task(), c.baseline(), c.verdict(),
                    c.studiedCounted().size() + " vs " + c.baselineCounted().size()));
            if (c.direction() == Comparison.Direction.NO_DATA) {
                row.add("no run that counts on one side");
                row.addAll(java.util.Collections.nCopies(header.size() - row.size(), ""));
                table.row(row);
                continue;
            }
            row.add(Fmt.fixed(c.weightChangeRatio(), 2) + "x " + interval(c.weightChangeRatioInterval(), 2));
            for (Measure m : List.of(Measure.KERNEL_ALIGNMENT, Measure.REPRESENTATION_ALIGNMENT,
                    Measure.CENTERED_KERNEL_ALIGNMENT, Measure.CENTERED_REPRESENTATION_ALIGNMENT)) {
                row.add(c.defined(m) ? Fmt.fixed(c.difference(m), 3) + " " + interval(c.differenceInterval(m), 3)
                        : UNDEFINED);
            }
            for (Measure m : List.of(Measure.RELATIVE_WEIGHT_CHANGE, Measure.KERNEL_ALIGNMENT,
                    Measure.REPRESENTATION_ALIGNMENT)) {
                row.add(c.defined(m) ? Fmt.p(c.test(m).p()) : UNDEFINED);
            }
            if (gap) {
                Measure m = Measure.LINEARIZED_GAP;
                row.add(c.defined(m) ? Fmt.fixed(c.difference(m), 3) + " " + interval(c.differenceInterval(m), 3)
                        : UNDEFINED);
            }
            table.row(row);
        }
        return table;
    }

    private static final String UNDEFINED = "undefined";

    private static String interval(Interval ci, int decimals) {
        return ci.defined() ? "(" + Fmt.fixed(ci.low(), decimals) + " to " + Fmt.fixed(ci.high(), decimals) + ")"
                : "(n/a)";
    }
}
