package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.ingest.Readers;
import org.richlazy.pipeline.config.ConfigLoader;
import org.richlazy.pipeline.config.ExperimentConfig;

/**
 * A run that fails in a stage after its results folder was created leaves the folder as it found it when no run
 * completed, and keeps everything once one has.
 */
class FailedRunTest {
    @TempDir
    Path dir;

    private final ExperimentRunner runner = TestRoot.get(ExperimentRunner.class);

    private ExperimentConfig config(Path out) throws IOException {
        return TestRoot.get(ConfigLoader.class).read(TinyExperiment.config(dir, out)).withAbsolutePaths(TestRoot.get(Readers.class));
    }

    /** An engine that fails, after training every run when {@code trainFirst}. */
    private static SweepEngine failing(boolean trainFirst) {
        return new SweepEngine() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public String describe(SweepJob job) {
                return "to fail";
            }

            @Override
            public void train(SweepJob job) {
                if (trainFirst) {
                    new LocalEngine().train(job);
                }
                throw new IllegalStateException("engine lost");
            }
        };
    }

    @Test
    void aFailureBeforeAnyRunCompletedRemovesTheFolderItCreated() throws IOException {
        Path out = dir.resolve("fresh");
        assertThatThrownBy(() -> runner.run(config(out), failing(false), false)).hasMessage("engine lost");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFailureBeforeAnyRunCompletedKeepsWhatAnEarlierInvocationLeft() throws IOException {
        Path out = dir.resolve("earlier");
        runner.run(config(out), new LocalEngine(), false);
        // as an earlier version leaves it: no marker, no lock file, and one run not yet trained
        Files.delete(out.resolve(FolderClaim.MARKER));
        Files.delete(out.resolve(FolderLock.FILE_NAME));
        deleteTree(out.resolve("runs").resolve("gaussian__2af__s1"));
        Map<String, byte[]> before = contents(out);

        assertThatThrownBy(() -> runner.run(config(out), failing(false), false)).hasMessage("engine lost");
        assertUnchanged(out, before);
    }

    @Test
    void aFailureAfterRunsCompletedKeepsThemForTheNextInvocation() throws IOException {
        Path out = dir.resolve("trained");
        assertThatThrownBy(() -> runner.run(config(out), failing(true), false)).hasMessage("engine lost");
        assertThat(out.resolve("runs").resolve("celltype__2af__s1").resolve("result.json")).isRegularFile();
        assertThat(out.resolve("experiment.yaml")).isRegularFile();
        PipelineOutcome again = runner.run(config(out), new LocalEngine(), false);
        assertThat(again.sweep().trained()).isZero();
    }

    @Test
    void aStrayFolderInRunsIsRefusedBeforeTraining() throws IOException {
        Path out = dir.resolve("stray");
        runner.run(config(out), new LocalEngine(), false);
        Path stray = Files.createDirectories(out.resolve("runs").resolve("notes"));
        deleteTree(out.resolve("runs").resolve("gaussian__2af__s1"));
        // the failing engine is never reached: the stray is found first
        assertThatThrownBy(() -> runner.run(config(out), failing(false), false))
                .isInstanceOf(ResultsFolderException.class)
                .hasMessage(stray + " is not a run of this experiment; move it out of runs/ (or remove it), then run"
                        + " again");
        Path empty = Files.createDirectories(out.resolve("runs").resolve("gaussian__2af__s1"));
        Files.delete(stray);
        assertThatThrownBy(() -> runner.run(config(out), failing(false), false))
                .hasMessage(empty + " is not a complete run (it has no result.json); move it out of runs/ (or remove"
                        + " it), then run again");
    }

    /** Every file below {@code folder} by relative path, with its bytes. */
    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * Asserts that {@code folder} holds the files of {@code before} and no other, each with the same bytes but
     * {@code richlazy.log}, where every invocation adds its lines.
     */
    static void assertUnchanged(Path folder, Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = contents(folder);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> {
            if (!path.equals("richlazy.log")) {
                assertThat(after.get(path)).as(path).isEqualTo(bytes);
            }
        });
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
