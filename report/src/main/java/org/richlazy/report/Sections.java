package org.richlazy.report;

import java.util.List;

/** The report's sections in the order both {@link HtmlReport} and {@link MarkdownSummary} show them. */
final class Sections {
    /** Every section, first to last. */
    static final List<Section> ALL = List.of(
            new RegimeSection(),
            new SummarySection(),
            new ActivitySection(),
            new HeaderSection(),
            new InitsSection(),
            new VerdictSection(),
            new DynamicsSection(),
            new MatchedPerformanceSection(),
            new ConstraintSection(),
            new LadderSection(),
            new RankTrendSection(),
            new ConnectivitySection(),
            new LearningSection(),
            new FinalValuesSection(),
            new HeldOutTable(),
            new ChangeSection(),
            new DivergedSection(),
            new EveryRunSection(),
            new MethodsSection());

    private Sections() {
    }
}
