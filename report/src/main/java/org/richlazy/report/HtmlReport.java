package org.richlazy.report;

import org.richlazy.report.stats.Bootstrap;
import org.richlazy.report.stats.PermutationTest;

/**
 * {@link ReportData} to one self-contained HTML page: inline CSS, inline hand-written SVG, no script,
 * no external reference of any kind. The same data always gives the same string (no clock, no
 * locale, ordered maps only).
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;margin:0;background:#fafafa}
            main{max-width:1220px;margin:0 auto;padding:24px 32px 48px;background:#fff}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;border-bottom:2px solid #222;padding-bottom:3px;margin-top:36px}
            h3{font-size:16px;margin:22px 0 8px}h4{font-size:14px;margin:14px 0 6px}
            .lead{font-size:16px;color:#444;margin:4px 0 14px}
            nav a{margin-right:14px;color:#0b4f8a;text-decoration:none}
            table{border-collapse:collapse;margin:6px 0 12px}th,td{padding:3px 9px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
            table.num td{font-variant-numeric:tabular-nums}table.kv th{font-weight:600;color:#555;white-space:nowrap}
            pre{background:#f4f4f4;padding:10px;overflow:auto;font-size:12px}
            details{margin:8px 0}summary{cursor:pointer;color:#0b4f8a}
            .row{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
            .panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px 14px}
            figure{margin:0}figure.wide{flex:1 1 480px;max-width:590px}
            figcaption{font-size:12px;color:#555}
            svg{width:100%;height:auto;display:block;font-family:inherit}
            .frame{fill:none;stroke:#888}.gridline{stroke:#ececec}
            .tick{font-size:10px;fill:#555}.alabel{font-size:11px;fill:#333}.ptitle{font-size:12px;font-weight:600;fill:#222}
            .classline{stroke:#333;stroke-width:0.8;stroke-dasharray:3 2}.classlabel{font-size:10px;fill:#333}
            .legend{font-size:12px;margin:4px 0 8px}.legend span{margin-right:14px;white-space:nowrap}
            .legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-2px;border-radius:2px}
            .note{font-size:12px;color:#555}
            .verdicts li{margin:4px 0;padding-left:4px}.verdicts li.richer{border-left:4px solid #b2182b}
            .verdicts li.lazier{border-left:4px solid #2166ac}.verdicts li.mixed,.verdicts li.no_data{border-left:4px solid #999}
            .task{border-top:1px solid #ddd;margin-top:14px}
            footer{margin-top:36px;font-size:12px;color:#555}
            """;

    private HtmlReport() {
    }

    /** The whole page. */
    public static String render(ReportData data) {
        Palette palette = new Palette(data.initNames());
        StringBuilder s = new StringBuilder(1 << 20);
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>richlazy report: ").append(Html.esc(data.studied().name())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body><main>");
        s.append(HeaderSection.html(data));
        s.append("<nav><a href=\"#verdict\">Verdict</a><a href=\"#connectivity\">Connectivity</a>")
                .append("<a href=\"#learning\">Learning</a><a href=\"#diverged\">Diverged runs</a>")
                .append("<a href=\"#methods\">Methods</a></nav>");
        s.append(VerdictSection.html(Verdicts.comparisons(data)));
        s.append(ConnectivitySection.html(data, palette));
        s.append(LearningSection.html(data, palette));
        s.append(DivergedSection.html(data));
        s.append(methods());
        s.append("<footer>richlazy ").append(Html.esc(data.toolVersion()))
                .append(" \u2014 results dated ").append(Html.esc(data.date() == null ? "(not recorded)" : data.date()))
                .append("</footer></main></body></html>\n");
        return s.toString();
    }

    private static String methods() {
        return "<section id=\"methods\"><h2>Methods</h2><ul>"
                + "<li>Measures (SPEC &sect;5): relative weight change ||W<sub>h</sub> &minus; W<sub>h</sub>(0)||<sub>F</sub>"
                + " / ||W<sub>h</sub>(0)||<sub>F</sub>; RA and KA are uncentred alignments of the final with the initial"
                + " representation and tangent kernels. Richer learning: larger weight change, lower RA and KA.</li>"
                + "<li>Mean and sample standard deviation (n &minus; 1) over completed seeds; 95% interval of a mean:"
                + " Student-t, mean &plusmn; t<sub>0.975, n&minus;1</sub> sd/&radic;n.</li>"
                + "<li>Ratio and difference of means: 95% percentile bootstrap, each group resampled with replacement,"
                + " " + Bootstrap.RESAMPLES + " resamples, SplittableRandom seed " + Bootstrap.SEED + ".</li>"
                + "<li>Test over seeds: two-sided permutation test of the difference of means, exact (all splits"
                + " enumerated) up to " + PermutationTest.EXACT_LIMIT + " splits, else " + PermutationTest.MONTE_CARLO_DRAWS
                + " random splits (seed " + PermutationTest.SEED + "). With n vs n seeds the smallest attainable p is"
                + " about 2/C(2n, n): 0.10 for 3 vs 3, 0.029 for 4 vs 4, 1.1e-5 for 10 vs 10.</li>"
                + "<li>Eigenvalue disk: circular law, radius ||G||<sub>F</sub>/&radic;N of the gaussian baseline.</li>"
                + "</ul></section>";
    }
}
