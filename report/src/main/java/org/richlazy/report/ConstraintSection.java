package org.richlazy.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.richlazy.train.RunResult;
import org.richlazy.train.task.TaskLabel;

/**
 * "Constrained and unconstrained training": when a task was trained both as itself and with constraints
 * ({@code 2af} and {@code 2af+dale}, config {@code training.tasks}), the verdicts of every variant side by
 * side, baseline by baseline, and what each constraint kept for each init (the constraint's own words in
 * results.csv, e.g. how many presynaptic neurons were single-signed). Absent when no task has more than one
 * variant and no run was constrained.
 */
final class ConstraintSection implements Section {
    /** The section's anchor. */
    static final String ID = "constraints";

    /** The task a label trains, without its {@code +constraint} suffixes. */
    static String baseTask(String task) {
        return TaskLabel.parse(task).task();
    }

    /** The comparisons of every task that has more than one variant, ordered by task, baseline, variant. */
    static List<Comparison> sideBySide(List<Comparison> comparisons) {
        List<Comparison> shown = comparisons.stream().filter(c -> comparisons.stream()
                .anyMatch(o -> baseTask(o.task()).equals(baseTask(c.task())) && !o.task().equals(c.task())))
                .toList();
        List<String> order = comparisons.stream().map(Comparison::baseline).distinct().toList();
        return shown.stream().sorted(Comparator.comparing((Comparison c) -> baseTask(c.task()))
                .thenComparing(c -> order.indexOf(c.baseline()))
                .thenComparing(c -> c.task().length()).thenComparing(Comparison::task)).toList();
    }

    /** Per constrained task and init, what the constraints kept (distinct descriptions over its runs). */
    static Table kept(ReportData data) {
        Table table = new Table("task", "init", "runs", "constraints kept during training");
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                List<RunResult> runs = data.runs(init, task);
                List<String> words = runs.stream().map(RunResult::constraints).filter(Objects::nonNull)
                        .filter(w -> !w.equals("none")).distinct().toList();
                if (!words.isEmpty()) {
                    table.row(task, init, Integer.toString(runs.size()), String.join("; ", words));
                }
            }
        }
        return table;
    }

    private static boolean anyConstrained(ReportData data) {
        return data.runs().stream().anyMatch(r -> r.constraints() != null && !r.constraints().equals("none"));
    }

    /** How to read the section. */
    static final String NOTE = "Each row is the verdict of one task variant against one baseline, read as in the"
            + " Verdict section; variants of a task sit together so a change of direction under a constraint"
            + " shows. dale: after every optimiser step each recurrent weight whose sign differs from its"
            + " presynaptic neuron's (the sign of that column of W_h(0); for a column with both signs, the sign"
            + " of the weight at the start) is set to 0 (the Euclidean projection onto the sign-constrained"
            + " set), so no sign ever flips. mask: the gradient and the update of every entry that is 0 in that"
            + " init's own W_h(0) are 0, so each init keeps its own set of synapses; a dense baseline is"
            + " unconstrained by it.";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Constraints"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        List<Comparison> comparisons = context.comparisons();
        return parts(data, comparisons).map(p -> "<section id=\"" + ID + "\"><h2>Constrained and unconstrained"
                + " training</h2>" + (p.verdicts() == null ? "" : VerdictSection.numbers(p.verdicts()).html())
                + (p.kept() == null ? "" : "<h3>What the constraints kept</h3>" + p.kept().html())
                + "<p class=\"note\">" + Html.esc(NOTE) + "</p></section>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<Comparison> comparisons = context.comparisons();
        return parts(data, comparisons).map(p -> "## Constrained and unconstrained training\n\n"
                + (p.verdicts() == null ? "" : VerdictSection.numbers(p.verdicts()).markdown() + "\n")
                + (p.kept() == null ? "" : "What the constraints kept:\n\n" + p.kept().markdown() + "\n")
                + Markdown.esc(NOTE) + "\n\n");
    }

    private record Parts(List<Comparison> verdicts, Table kept) {
    }

    private static Optional<Parts> parts(ReportData data, List<Comparison> comparisons) {
        List<Comparison> verdicts = sideBySide(comparisons);
        boolean constrained = anyConstrained(data);
        if (verdicts.isEmpty() && !constrained) {
            return Optional.empty();
        }
        return Optional.of(new Parts(verdicts.isEmpty() ? null : new ArrayList<>(verdicts),
                constrained ? kept(data) : null));
    }
}
