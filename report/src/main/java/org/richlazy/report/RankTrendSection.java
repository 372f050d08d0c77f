package org.richlazy.report;

import java.util.Optional;

/** The rank-trend section, present only when the inits form a rank sweep ({@link RankSweep}). */
final class RankTrendSection implements Section {
    /** The section's anchor. */
    static final String ID = "rank-trend";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Rank trend"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        return context.sweep().map(sweep -> html(context.data(), sweep));
    }

    private static String html(ReportData data, RankSweep sweep) {
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Rank trend</h2><p>")
                .append(Html.esc(intro(data, sweep))).append("</p>");
        for (String task : data.tasks()) {
            s.append("<h3>Task ").append(Html.esc(task)).append("</h3>").append(sweep.table(data, task).html());
        }
        s.append("<p class=\"note\">").append(Html.esc(RankSweep.METHOD)).append("</p>");
        return s.append("</section>").toString();
    }

    @Override
    public Optional<String> markdown(SectionContext context) {
        return context.sweep().map(sweep -> markdown(context.data(), sweep));
    }

    private static String markdown(ReportData data, RankSweep sweep) {
        StringBuilder s = new StringBuilder("## Rank trend\n\n").append(Markdown.esc(intro(data, sweep)))
                .append("\n\n");
        for (String task : data.tasks()) {
            s.append("### Task ").append(Markdown.esc(task)).append("\n\n").append(sweep.table(data, task).markdown())
                    .append('\n');
        }
        return s.append(Markdown.esc(RankSweep.METHOD)).append("\n\n").toString();
    }

    /** The sentence that opens the section: which inits form the sweep, at which ranks. */
    private static String intro(ReportData data, RankSweep sweep) {
        return "The inits form a rank sweep (the paper's Figure 1): " + sweep.members(data)
                + ". Does each final value change monotonically with rank?";
    }
}
