package org.richlazy.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.richlazy.train.RunResult;

/**
 * The header: the title and the question (first), then, collapsed below the summary, what was run (tasks, seeds,
 * runs, N, version, date), where the studied matrix came from, every init's recipe and the config.
 */
final class HeaderSection implements Section {
    /** The section's anchor. */
    static final String ID = "details";

    /** The report's title: the experiment's name (experiment.yaml's {@code name:}), else the studied init's. */
    static String name(ReportData data) {
        return data.experimentName().orElse(data.studied().name());
    }

    /** The title and the question the report answers. */
    static String title(ReportData data) {
        String studied = data.studied().name();
        List<String> baselines = data.initNames().stream().filter(n -> !n.equals(studied)).toList();
        StringBuilder s = new StringBuilder("<header id=\"header\"><h1>Rich or lazy: ")
                .append(Html.esc(name(data))).append("</h1><p class=\"lead\">Did learning from <b>")
                .append(Html.esc(studied)).append("</b> move weights, representations and the tangent kernel more")
                .append(" (richer) or less (lazier) than from ")
                .append(baselines.isEmpty() ? "its baselines (none recorded)" : Html.esc(String.join(", ", baselines)))
                .append("?</p>");
        return s.append("</header>").toString();
    }

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Experiment"));
    }

    /** The experiment, the studied matrix's provenance, every recipe and the config, collapsed. */
    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        String studied = data.studied().name();
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><details><summary>Experiment, provenance of ")
                .append(Html.esc(studied)).append(", recipes and configuration</summary>");
        TreeSet<Long> seeds = new TreeSet<>();
        data.runs().forEach(r -> seeds.add(r.seed()));
        long diverged = data.runs().stream().filter(RunResult::diverged).count();
        s.append("<div class=\"row\"><div><h3>Experiment</h3><table class=\"kv\"><tbody>");
        row(s, "tasks", data.tasks().isEmpty() ? "none" : String.join(", ", data.tasks()));
        row(s, "seeds", seeds.isEmpty() ? "none" : seeds.toString().replaceAll("[\\[\\]]", ""));
        row(s, "runs", data.runs().size() + " (" + diverged + " diverged)");
        row(s, "neurons N", Integer.toString(data.studiedMatrix().size()));
        row(s, "tool version", data.toolVersion());
        row(s, "date of the results", data.date() == null ? "not recorded in the results" : data.date());
        s.append("</tbody></table></div><div><h3>Provenance of ").append(Html.esc(studied)).append("</h3>");
        s.append(recipeTable(data.studied().recipe().entries())).append("</div></div>");
        s.append("<details><summary>Recipe of every init</summary>");
        for (ReportData.Init init : data.inits()) {
            s.append("<h4>").append(Html.esc(init.name())).append(" (seed ").append(init.seed()).append(")</h4>")
                    .append(recipeTable(init.recipe().entries()));
        }
        s.append("</details><details><summary>Experiment configuration (experiment.yaml)</summary><pre>")
                .append(Html.esc(data.experimentConfig())).append("</pre></details>");
        return Optional.of(s.append("</details></section>").toString());
    }

    /** Values longer than this are folded: their start is shown, the whole value one click away. */
    static final int FOLD_AT = 300;

    private static void row(StringBuilder s, String key, String value) {
        s.append("<tr><th>").append(Html.esc(key)).append("</th><td>");
        if (value.length() > FOLD_AT) {
            s.append("<details><summary>").append(Html.esc(value.substring(0, FOLD_AT / 3)))
                    .append("&hellip; (").append(value.length()).append(" characters)</summary>")
                    .append(Html.esc(value)).append("</details>");
        } else {
            s.append(Html.esc(value));
        }
        s.append("</td></tr>");
    }

    /** The recipe as a key/value table, the {@code source.*} provenance keys first, in recorded order. */
    static String recipeTable(Map<String, String> recipe) {
        if (recipe.isEmpty()) {
            return "<p class=\"note\">No recipe recorded.</p>";
        }
        StringBuilder s = new StringBuilder("<table class=\"kv\"><tbody>");
        recipe.forEach((k, v) -> {
            if (k.startsWith("source.")) {
                row(s, k, v);
            }
        });
        recipe.forEach((k, v) -> {
            if (!k.startsWith("source.")) {
                row(s, k, v);
            }
        });
        return s.append("</tbody></table>").toString();
    }
}
