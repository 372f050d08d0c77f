package org.richlazy.report;

import java.util.List;
import org.richlazy.train.RunResult;

/** Every diverged run, listed: none is hidden. */
final class DivergedSection {
    private DivergedSection() {
    }

    static String html(ReportData data) {
        List<RunResult> diverged = data.runs().stream().filter(RunResult::diverged).toList();
        StringBuilder s = new StringBuilder("<section id=\"diverged\"><h2>Diverged runs</h2>");
        if (diverged.isEmpty()) {
            return s.append("<p>None of the ").append(data.runs().size()).append(" runs diverged.</p></section>")
                    .toString();
        }
        s.append("<p>").append(diverged.size()).append(" of ").append(data.runs().size())
                .append(" runs diverged; they are excluded from the statistics and figures.</p>")
                .append("<table class=\"num\"><thead><tr><th>init</th><th>task</th><th>seed</th>")
                .append("<th>diverged at iteration</th><th>iterations completed</th></tr></thead><tbody>");
        for (RunResult r : diverged) {
            s.append("<tr><td>").append(Html.esc(r.init())).append("</td><td>").append(Html.esc(r.task()))
                    .append("</td><td>").append(r.seed()).append("</td><td>")
                    .append(r.divergedAt() == null ? "not recorded" : r.divergedAt().toString()).append("</td><td>")
                    .append(r.iterations()).append("</td></tr>");
        }
        return s.append("</tbody></table></section>").toString();
    }
}
