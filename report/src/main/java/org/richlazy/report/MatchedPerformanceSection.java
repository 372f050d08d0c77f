package org.richlazy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.richlazy.train.RunResult;

/**
 * "Laziness at matched performance": present when runs were trained with a target ({@code training.stop-at}).
 * First, per task and init, how many completed runs reached the target and at which step (median, range); a run
 * that never reached it trained all {@code iterations}, is counted here and stays in every comparison at its
 * last step. Then each verdict twice: at the target (each run's measures at the step it stopped, the same
 * numbers as the Verdict section) and at a matched step count s*, the largest checkpoint iteration above 0 that
 * every completed run of both sides recorded, so both sides trained equally long.
 */
final class MatchedPerformanceSection implements Section {
    /** The section's anchor. */
    static final String ID = "matched";

    /** Per task and init: runs, how many reached the target, the step reached, the seeds that did not. */
    static Table reaching(ReportData data) {
        Table table = new Table("task", "init", "target", "reached", "step reached: median (min to max)",
                "seeds not reaching it (trained all iterations)");
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                List<RunResult> runs = Comparison.completed(data.runs(init, task)).stream()
                        .filter(r -> r.stop() != null).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                double[] steps = runs.stream().filter(r -> r.stop().reached())
                        .mapToDouble(r -> r.stop().reachedAt()).sorted().toArray();
                List<String> missed = runs.stream().filter(r -> !r.stop().reached())
                        .map(r -> Long.toString(r.seed())).toList();
                table.row(task, init, runs.get(0).stop().target(), steps.length + " of " + runs.size(),
                        steps.length == 0 ? "never" : step(median(steps)) + " (" + step(steps[0]) + " to "
                                + step(steps[steps.length - 1]) + ")",
                        missed.isEmpty() ? "none" : String.join(", ", missed));
            }
        }
        return table;
    }

    private static String step(double step) {
        return step == Math.rint(step) ? Long.toString((long) step) : Fmt.fixed(step, 1);
    }

    private static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /**
     * The largest checkpoint iteration above 0 recorded by every completed run of both sides of {@code c}, or
     * empty when there is none (or a side has no completed run).
     */
    static Optional<Integer> matchedStep(Comparison c) {
        List<RunResult> runs = new ArrayList<>(Comparison.completed(c.studiedRuns()));
        List<RunResult> baseline = Comparison.completed(c.baselineRuns());
        if (runs.isEmpty() || baseline.isEmpty()) {
            return Optional.empty();
        }
        runs.addAll(baseline);
        TreeSet<Integer> common = null;
        for (RunResult r : runs) {
            TreeSet<Integer> steps = new TreeSet<>();
            r.checkpoints().forEach(p -> steps.add(p.iteration()));
            steps.remove(0);
            if (common == null) {
                common = steps;
            } else {
                common.retainAll(steps);
            }
        }
        return common.isEmpty() ? Optional.empty() : Optional.of(common.last());
    }

    private static int earliestStop(Comparison c) {
        return java.util.stream.Stream.concat(Comparison.completed(c.studiedRuns()).stream(),
                Comparison.completed(c.baselineRuns()).stream()).mapToInt(RunResult::iterations).min().orElse(0);
    }

    /** {@code c} with every run's measures taken at {@code step} (one of its checkpoints), task labelled so. */
    static Comparison atStep(Comparison c, int step) {
        return new Comparison(c.task() + " at step " + step, c.studied(), c.baseline(),
                atStep(Comparison.completed(c.studiedRuns()), step), atStep(Comparison.completed(c.baselineRuns()), step),
                c.rules(), c.coverage());
    }

    /**
     * The runs as they stood at {@code step}: its measures as the final ones, and no linearised model, held-out score
     * or unit activity (measured at the end only).
     */
    private static List<RunResult> atStep(List<RunResult> runs, int step) {
        return runs.stream().map(r -> r.toBuilder().iterations(step).finalMeasures(r.checkpoints().stream()
                .filter(p -> p.iteration() == step).findFirst().orElseThrow().measures())
                .linearized(null).heldOut(null).activity(null).build()).toList();
    }

    private record Parts(Table reaching, List<Comparison> paired, List<String> unmatched) {
    }

    private static Optional<Parts> parts(ReportData data, List<Comparison> comparisons) {
        if (data.runs().stream().noneMatch(r -> r.stop() != null)) {
            return Optional.empty();
        }
        List<Comparison> paired = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Comparison c : comparisons) {
            paired.add(c);
            Optional<Integer> step = matchedStep(c);
            if (step.isPresent()) {
                paired.add(atStep(c, step.get()));
            } else if (!Comparison.completed(c.studiedRuns()).isEmpty()
                    && !Comparison.completed(c.baselineRuns()).isEmpty()) {
                unmatched.add(c.task() + " against " + c.baseline() + " (a run stopped at step "
                        + earliestStop(c) + ")");
            }
        }
        return Optional.of(new Parts(reaching(data), paired, unmatched));
    }

    /** How to read the section. */
    static final String NOTE = "Rows named by the task alone compare the runs where each stopped: at the target,"
            + " or after all iterations for a run that never reached it (the same numbers as the Verdict"
            + " section). Rows 'at step s' compare every completed run's measures at checkpoint s, the largest"
            + " checkpoint that all runs of both sides recorded: equal training time rather than equal"
            + " performance. The target is met when the mean of the last points of the training curve (each the"
            + " mean over training.curve-every iterations) reaches it; docs/science.md.";

    private static String unmatchedText(List<String> unmatched) {
        return "No checkpoint common to every run of " + String.join("; ", unmatched) + ", before the first"
                + " checkpoint: set training.checkpoints below the earliest step to compare at a matched step count.";
    }

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Matched performance"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        List<Comparison> comparisons = context.comparisons();
        return parts(data, comparisons).map(p -> "<section id=\"" + ID + "\"><h2>Laziness at matched"
                + " performance</h2><h3>Reaching the target</h3>" + p.reaching().html()
                + "<h3>At the target and at a matched step count</h3>" + VerdictSection.numbers(p.paired()).html()
                + (p.unmatched().isEmpty() ? "" : "<p>" + Html.esc(unmatchedText(p.unmatched())) + "</p>")
                + "<p class=\"note\">" + Html.esc(NOTE) + "</p></section>");
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        ReportData data = context.data();
        List<Comparison> comparisons = context.comparisons();
        return parts(data, comparisons).map(p -> "## Laziness at matched performance\n\nReaching the target:\n\n"
                + p.reaching().markdown() + "\nAt the target and at a matched step count:\n\n"
                + VerdictSection.numbers(p.paired()).markdown() + "\n"
                + (p.unmatched().isEmpty() ? "" : Markdown.esc(unmatchedText(p.unmatched())) + "\n\n")
                + Markdown.esc(NOTE) + "\n\n");
    }
}
