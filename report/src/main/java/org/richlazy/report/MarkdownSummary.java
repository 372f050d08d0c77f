package org.richlazy.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.richlazy.train.RunResult;

/**
 * A results folder's findings as GitHub Markdown, for documents that quote the tool's tables with the
 * command that regenerates them: a header (experiment, N, tasks, seeds, iterations, tool version,
 * command), then the Markdown form of every section that has one, in the order the {@link ReportModule} binds
 * them: among
 * them the summary, the inits' effective ranks and norms, the verdicts with their statistics, the rank trend
 * when the inits form a rank sweep, the final values per task and init (mean &plusmn; sd over seeds),
 * and every run.
 *
 * <p>Numbers are formatted as in {@code report.html} ({@link Fmt}; the verdict and rank-trend tables
 * are the same {@link Table}s). Nothing depends on the clock, the locale or the machine: the same
 * folder and command give the same bytes, and so does a folder retrained from its
 * {@code experiment.yaml} (its results are byte-identical; the start date is not shown).
 */
final class MarkdownSummary {
    private final List<Section> sections;
    private final VerdictRules rules;

    @Inject
    MarkdownSummary(Set<Section> sections, VerdictRules rules) {
        this.sections = List.copyOf(sections);
        this.rules = rules;
    }

    /**
     * The document: the header, then every section's Markdown form, in the sections' order; {@code command} is the
     * command line that regenerates it, shown in the header.
     */
    String render(ReportData data, String command) {
        SectionContext context = SectionContext.of(data, rules);
        StringBuilder s = new StringBuilder();
        header(s, data, command);
        sections.forEach(section -> section.markdown(context).ifPresent(s::append));
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
        s.append("N = ").append(data.studiedMatrix().size())
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
}
