package org.richlazy.report;

import java.util.List;
import java.util.Optional;

/**
 * What the report's sections share, computed once per document: the data, the rules verdicts are held to, the
 * comparisons of the studied init with each baseline, the inits' colours, the rank sweep the inits form (if they do)
 * and the sweep's coverage.
 */
record SectionContext(ReportData data, VerdictRules rules, List<Comparison> comparisons, Palette palette,
        Optional<RankSweep> sweep, SweepCoverage coverage) {
    /** The context of {@code data}, its verdicts held to {@code rules}. */
    static SectionContext of(ReportData data, VerdictRules rules) {
        return new SectionContext(data, rules, Verdicts.comparisons(data, rules), new Palette(data.initNames()),
                RankSweep.of(data), SweepCoverage.of(data));
    }
}
