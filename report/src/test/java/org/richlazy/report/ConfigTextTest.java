package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader takes from experiment.yaml and the build, without the upstream stores. */
class ConfigTextTest {
    @Test
    void dateIsTheFirstTopLevelDateCreatedOrStartedValue() {
        assertThat(ResultsLoader.recordedDate("input: a.csv\ndate: 2026-11-20T14:03:00Z\n"))
                .isEqualTo("2026-11-20T14:03:00Z");
        assertThat(ResultsLoader.recordedDate("created: '2026-01-02' # when\n")).isEqualTo("2026-01-02");
        assertThat(ResultsLoader.recordedDate("training:\n  date: 2020-01-01\n")).isNull();
        assertThat(ResultsLoader.recordedDate("input: a.csv\n")).isNull();
    }

    @Test
    void toolVersionComesFromTheBuild() {
        assertThat(ResultsLoader.toolVersion()).isNotBlank().doesNotContain("${");
    }

    @Test
    void missingConfigIsATypedError(@TempDir Path dir) {
        assertThatThrownBy(() -> ResultsLoader.load(dir)).isInstanceOf(ReportException.class)
                .hasMessageContaining("experiment.yaml").hasMessageContaining(dir.toString());
    }

    @Test
    void noDateRecordedIsSaidNotInvented() {
        ReportData base = Fixtures.smallExperiment();
        ReportData undated = new ReportData(base.experimentConfig(), base.toolVersion(), null, base.inits(),
                base.studiedMatrix(), base.neuronClasses(), base.runs());
        assertThat(HtmlReport.render(undated)).contains("not recorded in the results");
    }
}
