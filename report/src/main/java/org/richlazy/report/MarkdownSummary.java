package org.richlazy.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.richlazy.report.stats.Sample;
import org.richlazy.train.RunResult;
import org.richlazy.transform.Spectrum;

/**
 * A results folder's findings as GitHub Markdown, for documents that quote the tool's tables with the
 * command that regenerates them: a header (experiment, N, tasks, seeds, iterations, tool version,
 * command), the inits' effective ranks and norms, the verdicts with their statistics, the rank trend
 * when the inits form a rank sweep, the final values per task and init (mean &plusmn; sd over seeds),
 * and every run.
 *
 * <p>Numbers are formatted as in {@code report.html} ({@link Fmt}; the verdict and rank-trend tables
 * are the same {@link Table}s). Nothing depends on the clock, the locale or the machine: the same
 * folder and command give the same bytes, and so does a folder retrained from its
 * {@code experiment.yaml} (its results are byte-identical; the start date is not shown).
 */
final class MarkdownSummary {
    private MarkdownSummary() {
    }

    /** The document; {@code command} is the command line that regenerates it, shown in the header. */
    static String render(ReportData data, String command) {
        StringBuilder s = new StringBuilder();
        List<Comparison> comparisons = Verdicts.comparisons(data);
        header(s, data, command);
        s.append(RegimeSection.markdown(data));
        s.append(SummarySection.markdown(comparisons, SweepCoverage.of(data)));
        ActivitySection.markdown(data).ifPresent(s::append);
        inits(s, data);
        verdicts(s, data);
        DynamicsSection.markdown(data).ifPresent(s::append);
        MatchedPerformanceSection.markdown(data, comparisons).ifPresent(s::append);
        ConstraintSection.markdown(data, comparisons).ifPresent(s::append);
        LadderSection.markdown(data).ifPresent(s::append);
        Optional<RankSweep> sweep = RankSweep.of(data);
        sweep.ifPresent(ranks -> rankTrend(s, data, ranks));
        finalValues(s, data);
        HeldOutTable.markdown(data).ifPresent(s::append);
        ChangeSection.markdown(data).ifPresent(s::append);
        everyRun(s, data);
        return s.toString();
    }

    private static void header(StringBuilder s, ReportData data, String command) {
        JsonNode config = data.config();
        TreeSet<Long> seeds = new TreeSet<>();
        data.runs().forEach(r -> seeds.add(r.seed()));
        long diverged = data.runs().stream().filter(RunResult::diverged).count();
        JsonNode iterations = config.path("training").path("iterations");
        s.append("# ").append(Markdown.esc(data.experimentName().orElse("Results of " + data.studied().name())))
                .append("\n\n");
        s.append("N = ").append(data.studiedMatrix().length)
                .append("; tasks ").append(list(data.tasks()))
                .append("; seeds ").append(list(seeds.stream().map(String::valueOf).toList()))
                .append("; ").append(iterations.isNumber() ? iterations.asText() + " iterations" : "iterations not recorded")
                .append("; ").append(data.runs().size()).append(" runs, ").append(diverged)
                .append(" diverged; richlazy ").append(Markdown.esc(data.toolVersion())).append(". Regenerate: ")
                .append(Markdown.code(command)).append("\n\n");
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "none" : Markdown.esc(String.join(", ", values));
    }

    private static void inits(StringBuilder s, ReportData data) {
        Table table = new Table("init", "kind", "erEig", "erSV", "participation ratio", "entropy rank", "stable rank",
                "spectral radius", "max singular value", "Frobenius norm");
        for (ReportData.Init init : data.inits()) {
            Spectrum sp = init.spectrum();
            List<String> row = new ArrayList<>(List.of(init.name(), init.recipe().getOrDefault("kind", "")));
            row.add(sp.hasErEig() ? Fmt.number(sp.erEig()) : Spectrum.ER_EIG_UNDEFINED);
            for (double v : new double[] {sp.erSV(), sp.participationRatio(), sp.entropyRank(),
                sp.stableRank(), sp.spectralRadius(), sp.maxSingularValue(), sp.frobeniusNorm()}) {
                row.add(Fmt.number(v));
            }
            table.row(row);
        }
        s.append("## Inits\n\n").append(table.markdown())
                .append("\nEffective ranks (erEig and erSV as fractions of N; docs/science.md, \"Effective ranks\"), the first init studied,"
                        + " the others its baselines.\n\n");
        StructureSection.markdown(data).ifPresent(s::append);
    }

    private static void verdicts(StringBuilder s, ReportData data) {
        List<Comparison> comparisons = Verdicts.comparisons(data);
        s.append("## Verdicts\n\n");
        if (comparisons.isEmpty()) {
            s.append(Markdown.esc(VerdictSection.NONE)).append("\n\n");
            return;
        }
        comparisons.forEach(c -> s.append("- ").append(Markdown.esc(c.sentence())).append('\n'));
        s.append('\n').append(VerdictSection.numbers(comparisons).markdown()).append('\n')
                .append(Markdown.esc(VerdictSection.NOTE)).append("\n\n");
    }

    private static void rankTrend(StringBuilder s, ReportData data, RankSweep sweep) {
        s.append("## Rank trend\n\n").append(Markdown.esc(RankTrendSection.intro(data, sweep))).append("\n\n");
        for (String task : data.tasks()) {
            s.append("### Task ").append(Markdown.esc(task)).append("\n\n").append(sweep.table(data, task).markdown())
                    .append('\n');
        }
        s.append(Markdown.esc(RankSweep.METHOD)).append("\n\n");
    }

    private static void finalValues(StringBuilder s, ReportData data) {
        s.append("## Final values\n\n");
        for (String task : data.tasks()) {
            List<FinalValue> values = FinalValue.summary(data.runsOf(task));
            List<String> header = new ArrayList<>(List.of("init"));
            values.forEach(v -> header.add(v.label()));
            header.add("runs");
            Table table = new Table(header);
            for (String init : data.initNames()) {
                List<RunResult> runs = data.runs(init, task);
                if (runs.isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(init));
                values.forEach(v -> row.add(meanCell(v, runs)));
                int diverged = Comparison.diverged(runs).size();
                row.add(runs.size() + (diverged == 0 ? "" : " (" + diverged + " diverged)"));
                table.row(row);
            }
            s.append("### Task ").append(Markdown.esc(task)).append("\n\n").append(table.markdown()).append('\n');
        }
        s.append("Mean \u00b1 sample sd over the completed seeds with a defined value, n of them; diverged runs are"
                + " left out and counted, undefined values left out and counted (KA, RA: ")
                .append(Markdown.esc(Comparison.ZERO_KERNEL)).append("). ")
                .append(Markdown.esc(String.join(". ", FinalValue.summary(data.runs()).stream()
                        .map(v -> v.label() + ": " + v.description()).toList()))).append(".\n\n");
    }

    /** "1.8 ± 0.1 (n = 3)", "0.5 (n = 1)", "... ; 1 undefined", "undefined (3 runs)" or an em dash. */
    private static String meanCell(FinalValue value, List<RunResult> runs) {
        int undefined = value.undefined(runs).size();
        if (value.measured(runs).isEmpty()) {
            return undefined == 0 ? "\u2014" : "undefined (" + undefined + " run" + (undefined == 1 ? "" : "s") + ")";
        }
        Sample sample = value.sample(runs);
        String cell = Fmt.number(sample.mean()) + (sample.size() > 1 ? " \u00b1 " + Fmt.number(sample.sd()) : "")
                + " (n = " + sample.size();
        return cell + (undefined == 0 ? "" : "; " + undefined + " undefined") + ")";
    }

    private static void everyRun(StringBuilder s, ReportData data) {
        List<String> header = new ArrayList<>(List.of("init", "task", "seed", "status"));
        List<FinalValue> values = FinalValue.summary(data.runs());
        values.forEach(v -> header.add(v.label()));
        Table table = new Table(header);
        for (String task : data.tasks()) {
            for (String init : data.initNames()) {
                for (RunResult r : data.runs(init, task).stream()
                        .sorted(Comparator.comparingLong(RunResult::seed)).toList()) {
                    List<String> row = new ArrayList<>(List.of(r.init(), r.task(), Long.toString(r.seed()),
                            !r.diverged() ? r.status().word() : r.divergedAt() == null ? "diverged"
                                    : "diverged at iteration " + r.divergedAt()));
                    values.forEach(v -> row.add(r.diverged() ? "\u2014" : Double.isFinite(v.of(r)) ? Fmt.number(v.of(r))
                            : v == FinalValue.HELD_OUT_ACCURACY && r.heldOut() == null ? "no held-out set" : "undefined"));
                    table.row(row);
                }
            }
        }
        s.append("## Every run\n\n").append(table.markdown())
                .append("\nOne row per run, none left out; a diverged run has no final values.\n");
    }
}
