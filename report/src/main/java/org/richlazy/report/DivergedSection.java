package org.richlazy.report;

import java.util.List;
import java.util.Optional;
import org.richlazy.train.RunResult;

/**
 * Every run left out of the verdicts ({@link LearningCheck}: diverged, did not learn, went silent), listed with
 * its reason: none is hidden. Diverged runs are also left out of every other statistic and figure; the others
 * still appear in the per-init tables and curves, where their failure is visible.
 */
final class DivergedSection implements Section {
    /** The section's anchor. */
    static final String ID = "left-out";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Runs left out"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        ReportData data = context.data();
        VerdictRules rules = context.rules();
        List<RunResult> flagged = LearningCheck.flagged(data.runs(), rules);
        StringBuilder s = new StringBuilder("<section id=\"" + ID + "\"><h2>Runs left out of the verdicts</h2>");
        if (flagged.isEmpty()) {
            return Optional.of(s.append("<p>").append(data.runs().size() == 1 ? "The one run counts"
                    : "All " + data.runs().size() + " runs count").append(": none diverged, every one")
                    .append(" learned and kept units active. ").append(Html.esc(rules.describe())).append("</p></section>")
                    .toString());
        }
        s.append("<p>").append(flagged.size()).append(" of ").append(data.runs().size())
                .append(" runs are left out of every verdict. Diverged runs are also left out of the other statistics")
                .append(" and figures. ").append(Html.esc(rules.describe())).append("</p>")
                .append("<table class=\"num\"><thead><tr><th>init</th><th>task</th><th>seed</th>")
                .append("<th>why</th><th>iterations completed</th></tr></thead><tbody>");
        for (RunResult r : flagged) {
            s.append("<tr><td>").append(Html.esc(r.init())).append("</td><td>").append(Html.esc(r.task()))
                    .append("</td><td>").append(r.seed()).append("</td><td>")
                    .append(Html.esc(LearningCheck.problem(r, rules).orElseThrow())).append("</td><td>")
                    .append(r.iterations()).append("</td></tr>");
        }
        return Optional.of(s.append("</tbody></table></section>").toString());
    }
}
