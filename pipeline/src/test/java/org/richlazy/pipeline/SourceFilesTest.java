package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;
import org.richlazy.train.task.TaskCatalog;

/** {@code run} reads its source file once: the config check hands what it read to the ingest stage. */
class SourceFilesTest {
    @TempDir
    Path dir;

    private Path matrix() throws IOException {
        return Files.writeString(dir.resolve("w.csv"), "0,1,0\n0,0,2\n3,0,4\n");
    }

    @Test
    void aTakeOfTheFileJustReadIsThatReadAndTheNextTakeReadsAfresh() throws IOException {
        SourceFiles files = new SourceFiles(TestRoot.get(Readers.class));
        Path file = matrix();
        Ingested read = files.read(file, IngestOptions.defaults());
        assertThat(files.take(dir.resolve(".").resolve("w.csv"), IngestOptions.defaults())).isSameAs(read);
        Ingested again = files.take(file, IngestOptions.defaults());
        assertThat(again).isNotSameAs(read);
        assertThat(((Ingested.Matrix) again).connectome().size()).isEqualTo(3);
    }

    @Test
    void aTakeWithOtherOptionsReadsAfresh() throws IOException {
        SourceFiles files = new SourceFiles(TestRoot.get(Readers.class));
        Path file = matrix();
        Ingested read = files.read(file, IngestOptions.defaults());
        IngestOptions transposed = new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(java.util.Map.of("orientation", "rows-post"), IngestOptions.class);
        Ingested fresh = files.take(file, transposed);
        assertThat(fresh).isNotSameAs(read);
        // row 0 is "0,1,0": presynaptic by default (W[1][0] = 1), postsynaptic with rows-post (W[0][1] = 1)
        assertThat(((Ingested.Matrix) read).connectome().weight(1, 0)).isEqualTo(1.0);
        assertThat(((Ingested.Matrix) fresh).connectome().weight(0, 1)).isEqualTo(1.0);
        assertThat(((Ingested.Matrix) fresh).connectome().weight(1, 0)).isZero();
    }

    @Test
    void theConfigCheckOfRunHandsTheFileToTheIngestStage() throws IOException {
        Path file = matrix();
        Path yaml = Files.writeString(dir.resolve("exp.yaml"), "source:\n  path: " + file + "\n  options: {format: dense-text}\n");
        SourceFiles files = new SourceFiles(TestRoot.get(Readers.class));
        ExperimentConfig config = new ConfigLoader(files, TestRoot.get(TaskCatalog.class), TestRoot.get(Readers.class)).readForRun(yaml, Map.of());
        Files.delete(file); // a second read would now fail
        Ingested staged = new SourceStage(config.source(), files).load();
        assertThat(((Ingested.Matrix) staged).connectome().size()).isEqualTo(3);
        assertThatThrownBy(() -> new SourceStage(config.source(), files).load()).isInstanceOf(IngestException.class);
    }
}
