package org.richlazy.report;

import java.util.List;
import java.util.Optional;

/**
 * What the report's sections share, computed once per document: the data, the comparisons of the studied init with
 * each baseline, the inits' colours, the rank sweep the inits form (if they do) and the sweep's coverage.
 */
record SectionContext(ReportData data, List<Comparison> comparisons, Palette palette, Optional<RankSweep> sweep,
        SweepCoverage coverage) {
    /** The context of {@code data}. */
    static SectionContext of(ReportData data) {
        return new SectionContext(data, Verdicts.comparisons(data), new Palette(data.initNames()), RankSweep.of(data),
                SweepCoverage.of(data));
    }
}
