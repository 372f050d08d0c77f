package org.richlazy.report;

import java.util.List;
import java.util.Optional;
import org.richlazy.report.stats.PermutationTest;

/**
 * {@link ReportData} to one self-contained HTML page: inline CSS, inline hand-written SVG, no script,
 * no external reference of any kind. The same data always gives the same string (no clock, no
 * locale, ordered maps only).
 */
public final class HtmlReport {
    /** The page's style sheet, inlined into every report. */
    private static final String CSS = readStyleSheet();

    private HtmlReport() {
    }

    private static String readStyleSheet() {
        try (var in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new ReportException("report.css missing from the report module's resources");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole page. */
    public static String render(ReportData data) {
        Palette palette = new Palette(data.initNames());
        StringBuilder s = new StringBuilder(1 << 20);
        s.append(head(HeaderSection.name(data)));
        List<Comparison> comparisons = Verdicts.comparisons(data);
        s.append(HeaderSection.title(data));
        Optional<RankSweep> sweep = RankSweep.of(data);
        Optional<String> ladder = LadderSection.html(data);
        Optional<String> dynamics = DynamicsSection.html(data);
        Optional<String> matched = MatchedPerformanceSection.html(data, comparisons);
        Optional<String> constraints = ConstraintSection.html(data, comparisons);
        Optional<String> undefined = ActivitySection.html(data, palette);
        s.append("<nav><a href=\"#summary\">Summary</a>")
                .append(undefined.isPresent() ? "<a href=\"#" + ActivitySection.ID + "\">Undefined measures</a>" : "")
                .append("<a href=\"#details\">Experiment</a><a href=\"#verdict\">Verdict</a>")
                .append(dynamics.isPresent() ? "<a href=\"#" + DynamicsSection.ID + "\">Dynamics</a>" : "")
                .append(matched.isPresent() ? "<a href=\"#" + MatchedPerformanceSection.ID + "\">Matched performance</a>" : "")
                .append(constraints.isPresent() ? "<a href=\"#" + ConstraintSection.ID + "\">Constraints</a>" : "")
                .append(ladder.isPresent() ? "<a href=\"#" + LadderSection.ID + "\">What makes the difference</a>" : "")
                .append(sweep.isPresent() ? "<a href=\"#" + RankTrendSection.ID + "\">Rank trend</a>" : "")
                .append("<a href=\"#connectivity\">Connectivity</a>")
                .append("<a href=\"#learning\">Learning</a>")
                .append(ChangeSection.table(data).isPresent() ? "<a href=\"#" + ChangeSection.ID + "\">Change</a>" : "")
                .append("<a href=\"#" + DivergedSection.ID + "\">Runs left out</a>")
                .append("<a href=\"#methods\">Methods</a></nav>");
        RegimeSection.html(data).ifPresent(s::append);
        s.append(SummarySection.html(comparisons, SweepCoverage.of(data)));
        undefined.ifPresent(s::append);
        s.append(HeaderSection.details(data));
        s.append(VerdictSection.html(comparisons));
        dynamics.ifPresent(s::append);
        matched.ifPresent(s::append);
        constraints.ifPresent(s::append);
        ladder.ifPresent(s::append);
        sweep.ifPresent(ranks -> s.append(RankTrendSection.html(data, ranks)));
        s.append(ConnectivitySection.html(data, palette));
        s.append(LearningSection.html(data, palette));
        ChangeSection.html(data).ifPresent(s::append);
        s.append(DivergedSection.html(data, VerdictRules.DEFAULT));
        s.append(methods());
        s.append("<footer>richlazy ").append(Html.esc(data.toolVersion()))
                .append(" \u2014 results dated ").append(Html.esc(data.date() == null ? "(not recorded)" : data.date()))
                .append("</footer></main></body></html>\n");
        return s.toString();
    }

    /** The page's start up to and including {@code <main>}: the title and the inlined style sheet. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>richlazy report: " + Html.esc(title) + "</title>"
                + "<style>" + CSS + "</style></head><body><main>";
    }

    private static String methods() {
        return "<section id=\"methods\"><h2>Methods</h2><ul>"
                + "<li>Measures (docs/science.md, \"Laziness measures\"): relative weight change"
                + " ||W<sub>h</sub> &minus; W<sub>h</sub>(0)||<sub>F</sub> / ||W<sub>h</sub>(0)||<sub>F</sub>;"
                + " RA and KA are uncentred alignments of the final with the initial"
                + " representation and tangent kernels. Richer learning: larger weight change, lower RA and KA.</li>"
                + "<li>Mean and sample standard deviation (n &minus; 1) over completed seeds; 95% interval of a mean:"
                + " Student-t, mean &plusmn; t<sub>0.975, n&minus;1</sub> sd/&radic;n.</li>"
                + "<li>Difference of means: 95% Welch t interval, d &plusmn; t<sub>0.975, &nu;</sub> se with the"
                + " Welch&ndash;Satterthwaite &nu;; ratio of means: the same on the log scale (delta method),"
                + " exponentiated. One interval method for every comparison: a percentile bootstrap over 3 seeds"
                + " covers far less than 95%.</li>"
                + "<li>Verdicts: " + Html.esc(VerdictRules.DEFAULT.describe()) + "</li>"
                + "<li>Test over seeds: two-sided permutation test of the difference of means, exact (all splits"
                + " enumerated) up to " + PermutationTest.EXACT_LIMIT + " splits, else "
                + PermutationTest.MONTE_CARLO_DRAWS
                + " random splits (seed " + PermutationTest.SEED + "). With n vs n seeds the smallest attainable p is"
                + " about 2/C(2n, n): 0.10 for 3 vs 3, 0.029 for 4 vs 4, 1.1e-5 for 10 vs 10.</li>"
                + "<li>Eigenvalue disk: circular law, radius ||G||<sub>F</sub>/&radic;N of the gaussian baseline.</li>"
                + "</ul></section>";
    }
}
