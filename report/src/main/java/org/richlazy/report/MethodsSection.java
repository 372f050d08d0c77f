package org.richlazy.report;

import java.util.Optional;
import org.richlazy.report.stats.PermutationTest;

/** The methods section (HTML only): the measures, the statistics over seeds, the verdict rules and the eigenvalue disk. */
final class MethodsSection implements Section {
    /** The section's anchor. */
    static final String ID = "methods";

    @Override
    public Optional<Link> link() {
        return Optional.of(new Link(ID, "Methods"));
    }

    @Override
    public Optional<String> html(SectionContext context) {
        return Optional.of("<section id=\"" + ID + "\"><h2>Methods</h2><ul>"
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
                + "<li>Verdicts: " + Html.esc(context.rules().describe()) + "</li>"
                + "<li>Test over seeds: two-sided permutation test of the difference of means, exact (all splits"
                + " enumerated) up to " + PermutationTest.EXACT_LIMIT + " splits, else "
                + PermutationTest.MONTE_CARLO_DRAWS
                + " random splits (seed " + PermutationTest.SEED + "). With n vs n seeds the smallest attainable p is"
                + " about 2/C(2n, n): 0.10 for 3 vs 3, 0.029 for 4 vs 4, 1.1e-5 for 10 vs 10.</li>"
                + "<li>Eigenvalue disk: circular law, radius ||G||<sub>F</sub>/&radic;N of the gaussian baseline.</li>"
                + "</ul></section>");
    }
}
