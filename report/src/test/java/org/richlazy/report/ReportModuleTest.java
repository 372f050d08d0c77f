package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportModuleTest {
    @Test
    void bindsEverySectionOnceInTheOrderOfThePage() {
        assertThat(Fixtures.SECTIONS).extracting(s -> s.getClass().getSimpleName()).containsExactly(
                "RegimeSection", "SummarySection", "ActivitySection", "HeaderSection", "InitsSection",
                "VerdictSection", "DynamicsSection", "MatchedPerformanceSection", "ConstraintSection", "LadderSection",
                "RankTrendSection", "ConnectivitySection", "LearningSection", "FinalValuesSection", "HeldOutTable",
                "ChangeSection", "CostSection", "DivergedSection", "EveryRunSection", "MethodsSection");
    }

    @Test
    void thePageAndTheSummaryFollowTheBoundOrder() {
        ReportData data = Fixtures.largeExperiment();
        String html = Fixtures.HTML.render(data);
        String nav = html.substring(html.indexOf("<nav>"), html.indexOf("</nav>"));
        assertThat(nav.indexOf("href=\"#" + SummarySection.ID + "\"")).isPositive()
                .isLessThan(nav.indexOf("href=\"#" + VerdictSection.ID + "\""));
        String markdown = Fixtures.MARKDOWN.render(data, "x");
        assertThat(markdown.indexOf("## Summary")).isPositive().isLessThan(markdown.indexOf("## Verdicts"));
        assertThat(markdown.indexOf("## Verdicts")).isLessThan(markdown.indexOf("## Every run"));
    }
}
