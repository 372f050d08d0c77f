package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeSectionTest {

    @Test
    void aStudiedInitInItsBaselinesRegimeGetsNoWarning() {
        ReportData data = Fixtures.smallExperiment();
        assertThat(RegimeSection.warnings(data)).isEmpty();
        assertThat(Fixtures.HTML.render(data)).doesNotContain("id=\"regime\"");
    }

    @Test
    void aStudiedInitFourTimesTheBaselinesRadiusIsWarnedAboutAtTheTop() {
        double[][] baseline = Fixtures.gaussian(60, 1.25, 3);
        double[][] studied = Fixtures.gaussian(60, 5, 4);
        ReportData data = new ReportData("name: x\n", "0.1.0", null,
                List.of(Fixtures.init("measured", studied, Fixtures.baselineRecipe("measured"), 1),
                        Fixtures.init("gaussian", baseline, Fixtures.baselineRecipe("gaussian"), 1)), studied,
                List.of(), List.of(Fixtures.run("measured", "2af", 1, 1.2, 0.5, 0.6),
                        Fixtures.run("gaussian", "2af", 1, 1.0, 0.6, 0.7)));
        assertThat(RegimeSection.warnings(data)).singleElement().asString()
                .startsWith("The studied matrix starts far outside the baselines' regime");
        String html = Fixtures.HTML.render(data);
        assertThat(html.indexOf("id=\"regime\"")).as("before the summary").isPositive()
                .isLessThan(html.indexOf("id=\"summary\""));
        assertThat(Fixtures.MARKDOWN.render(data, "x")).contains("## Warning: the studied init starts in another regime");
    }
}
