package org.richlazy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.cli.Main;

/** What {@code run} and {@code report} may do to a folder: nothing the user owns is overwritten. */
class ResultsFolderTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int richlazy(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int run(Path folder, String... more) throws IOException {
        String[] args = new String[3 + more.length];
        args[0] = "run";
        args[1] = TinyExperiment.config(dir, folder).toString();
        args[2] = "--out=" + folder;
        System.arraycopy(more, 0, args, 3, more.length);
        return richlazy(args);
    }

    /** The first line of standard error, after checking that it is the only error line. */
    private String error() {
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("(run again with --debug for the stack trace)");
        return lines.get(0);
    }

    private Path foreignFolder() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("results.csv"), "subject,score\n1,0.5\n");
        Files.writeString(mine.resolve("report.html"), "<p>my report</p>");
        Files.writeString(Files.createDirectories(mine.resolve("notes")).resolve("todo.txt"), "read the paper\n");
        return mine;
    }

    @Test
    void aFolderOfOtherFilesIsRefusedAndLeftByteForByte() throws IOException {
        Path mine = foreignFolder();
        Map<String, byte[]> before = FailedRunTest.contents(mine);
        assertThat(run(mine)).isEqualTo(1);
        assertThat(error()).isEqualTo("richlazy run: error: " + mine + " is not empty and is not a richlazy results"
                + " folder (it has no .richlazy-experiment); choose a new or empty folder with --out, or add --force"
                + " to write into it (a results.csv or report.html there is replaced)");
        FailedRunTest.assertUnchanged(mine, before);
    }

    @Test
    void theRootAndTheHomeFolderAreRefusedEvenWithForce() throws IOException {
        assertThat(run(Path.of("/"), "--force")).isEqualTo(1);
        assertThat(error()).isEqualTo("richlazy run: error: refusing to write results into the filesystem root /;"
                + " choose a new folder with --out");
        Path home = Path.of(System.getProperty("user.home")).toRealPath();
        assertThat(run(home, "--force")).isEqualTo(1);
        assertThat(error()).isEqualTo("richlazy run: error: refusing to write results into " + home + ", your home"
                + " folder; choose a new folder with --out, e.g. --out " + home.resolve("richlazy-results"));
        if (home.getParent().getParent() != null) {
            assertThat(run(home.getParent())).isEqualTo(1);
            assertThat(error()).contains("refusing to write results into " + home.getParent()
                    + ", which holds your home folder " + home);
        }
    }

    @Test
    void forceWritesIntoAFolderOfOtherFilesAndLaterRunsNeedNoForce() throws IOException {
        Path mine = foreignFolder();
        assertThat(run(mine, "--force")).as("stderr: %s", err).isZero();
        assertThat(Files.readString(mine.resolve("results.csv"))).startsWith("init,task,seed,");
        assertThat(Files.readString(mine.resolve("notes").resolve("todo.txt"))).isEqualTo("read the paper\n");
        assertThat(mine.resolve(FolderClaim.MARKER)).isRegularFile();
        assertThat(run(mine)).as("stderr: %s", err).isZero();
        assertThat(out.toString()).startsWith("report: ");
    }

    @Test
    void anEarlierVersionsFolderOfThisExperimentIsAcceptedAndAnotherExperimentRefused() throws IOException {
        Path results = dir.resolve("results");
        assertThat(run(results)).as("stderr: %s", err).isZero();
        Files.delete(results.resolve(FolderClaim.MARKER));
        Files.delete(results.resolve(FolderLock.FILE_NAME));
        assertThat(run(results)).as("stderr: %s", err).isZero();
        assertThat(results.resolve(FolderClaim.MARKER)).isRegularFile();

        Map<String, byte[]> before = FailedRunTest.contents(results);
        assertThat(run(results, "--set", "training.iterations=40", "--force")).isEqualTo(1);
        assertThat(error()).isEqualTo("richlazy run: error: " + results + " holds the results of a different"
                + " experiment (" + results.resolve("experiment.yaml") + " differs from this config); choose another"
                + " output folder or remove it");
        FailedRunTest.assertUnchanged(results, before);
    }

    @Tag("child-jvm")
    @Test
    void aSecondProcessOnTheFolderIsRefusedWithThePidOfTheFirst() throws Exception {
        Path results = dir.resolve("results");
        assertThat(run(results)).as("stderr: %s", err).isZero();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                HoldLock.class.getName(), results.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            String busy = "another richlazy run (pid " + holder.pid() + ") is writing to " + results
                    + "; wait until it ends (or stop it), then try again";
            assertThat(run(results)).isEqualTo(1);
            assertThat(error()).isEqualTo("richlazy run: error: " + busy);
            assertThat(richlazy("report", results.toString())).isEqualTo(1);
            assertThat(error()).isEqualTo("richlazy report: error: " + busy);
            // the Markdown only reads
            assertThat(richlazy("report", results.toString(), "--markdown")).as("stderr: %s", err).isZero();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        // the system released the lock with the process
        assertThat(run(results)).as("stderr: %s", err).isZero();
    }

    @Test
    void reportOnAPartialSweepNamesTheMissingRunsAndMarksEveryVerdict() throws IOException {
        Path results = dir.resolve("results");
        assertThat(run(results)).as("stderr: %s", err).isZero();
        assertThat(out.toString()).doesNotContain("partial");
        FailedRunTest.deleteTree(results.resolve("runs").resolve("gaussian__2af__s2"));
        assertThat(richlazy("report", results.toString())).as("stderr: %s", err).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("Partial sweep: 3 of 4 planned runs are present, 1 missing"
                + " (gaussian__2af__s2). Every verdict is partial");
        assertThat(lines.get(2)).startsWith("celltype vs gaussian on 2af: ").contains(" (partial: 3 of 4 runs) \u2014 ");
        assertThat(Files.readString(results.resolve("report.html"))).contains("<p class=\"warning partial\">Partial"
                + " sweep: 3 of 4 planned runs are present");
    }
}
