package org.richlazy.report;

/** The rank-trend section, present only when the inits form a rank sweep ({@link RankSweep}). */
final class RankTrendSection {
    static final String ID = "rank-trend";

    private RankTrendSection() {
    }

    static String html(ReportData data, RankSweep sweep) {
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Rank trend</h2><p>")
                .append(Html.esc(intro(data, sweep))).append("</p>");
        for (String task : data.tasks()) {
            s.append("<h3>Task ").append(Html.esc(task)).append("</h3>").append(sweep.table(data, task).html());
        }
        s.append("<p class=\"note\">").append(Html.esc(RankSweep.METHOD)).append("</p>");
        return s.append("</section>").toString();
    }

    /** The sentence that opens the section: which inits form the sweep, at which ranks. */
    static String intro(ReportData data, RankSweep sweep) {
        return "The inits form a rank sweep (the paper's Figure 1): " + sweep.members(data)
                + ". Does each final value change monotonically with rank?";
    }
}
