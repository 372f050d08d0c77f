package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL part-way ({@link Process#destroyForcibly()} on a child JVM running
 * {@code richlazy run}) and started again with the same command finishes, trains only the runs that
 * were not complete, and ends with a {@code results.csv} byte-identical to an uninterrupted sweep.
 */
@Tag("child-jvm")
class ResumeAfterKillTest {
    private static final long WAIT_SECONDS = 300;

    @TempDir
    Path dir;

    @Test
    void killedSweepResumesTrainingOnlyWhatIsMissing() throws Exception {
        Path reference = dir.resolve("reference");
        Path config = SmallSweep.config(dir, dir.resolve("killed"));
        SmallSweep.run("run", config.toString(), "--out", reference.toString());
        byte[] expected = Files.readAllBytes(reference.resolve("results.csv"));

        Path out = dir.resolve("killed");
        Process first = start(config, "first.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (SmallSweep.completeRuns(out) < 1 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the first child still running when a run completed").isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long done = SmallSweep.completeRuns(out);
        assertThat(done).as("complete runs when killed").isBetween(1L, SmallSweep.RUNS - 1L);
        assertThat(out.resolve("results.csv")).doesNotExist();
        System.out.printf("resume: killed after %d of %d runs, %d half-written run folder(s) left%n", done,
                SmallSweep.RUNS, SmallSweep.temporaries(out.resolve("runs")));

        Process second = start(config, "second.txt");
        assertThat(second.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the resumed sweep finished").isTrue();
        assertThat(second.exitValue()).as("exit code; output:%n%s", Files.readString(dir.resolve("second.txt"))).isZero();

        List<String> log = Files.readAllLines(out.resolve("richlazy.log"));
        assertThat(log).anyMatch(l -> l.contains(SmallSweep.RUNS + " runs: " + done + " already complete, training "
                + (SmallSweep.RUNS - done)));
        assertThat(Files.readAllBytes(out.resolve("results.csv"))).isEqualTo(expected);
        assertThat(SmallSweep.completeRuns(out)).isEqualTo(SmallSweep.RUNS);
        assertThat(SmallSweep.temporaries(out.resolve("runs"))).isZero();
    }

    /**
     * {@code java --add-modules jdk.incubator.vector -cp <test class path> org.richlazy.pipeline.cli.Main
     * run <config>}, output to a file: the same JVM flags as the launcher and the test JVM, so both
     * sweeps train with the same float32 kernel.
     */
    private Process start(Path config, String output) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"),
                "org.richlazy.pipeline.cli.Main", "run", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(output).toFile()).start();
    }
}
