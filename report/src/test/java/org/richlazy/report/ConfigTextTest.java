package org.richlazy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader takes from experiment.yaml, run-info.json and the build, without the upstream stores. */
class ConfigTextTest {
    @Test
    void runInfoIsWrittenOnceSoAResumedSweepKeepsTheFirstDate(@TempDir Path dir) throws Exception {
        RunInfo.writeIfAbsent(dir);
        RunInfo first = RunInfo.readOrNull(dir);
        assertThat(first.version()).isEqualTo(RunInfo.toolVersion());
        assertThat(java.time.Instant.parse(first.started())).isNotNull();
        java.nio.file.Files.writeString(dir.resolve(RunInfo.FILE), "{\"version\": \"0.0.1\", "
                + "\"started\": \"2020-01-01T00:00:00Z\", \"java\": \"17\", \"os\": \"x\", \"cores\": 1}");
        RunInfo.writeIfAbsent(dir);
        assertThat(RunInfo.readOrNull(dir).started()).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(RunInfo.readOrNull(dir.resolve("absent"))).isNull();
    }

    @Test
    void toolVersionComesFromTheBuild() {
        assertThat(RunInfo.toolVersion()).isNotBlank().doesNotContain("${");
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
        assertThat(Fixtures.HTML.render(undated)).contains("not recorded in the results");
    }
}
