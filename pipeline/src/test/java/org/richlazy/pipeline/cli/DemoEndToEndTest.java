package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end on a small size: every file of the results layout is written, and {@code report}
 * re-renders the same bytes. Resuming is {@code reliability.ResumeAfterKillTest}'s, worker counts
 * {@code reliability.DeterminismTest}'s.
 */
class DemoEndToEndTest {
    @TempDir
    Path dir;

    private String[] demo(Path out) {
        return new String[] {"demo", "--out", out.toString(), "--workers", "2",
            "--set", "transform.neurons=40", "--set", "training.iterations=30",
            "--set", "training.seeds=[1, 2]", "--set", "training.checkpoints=10"};
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr:%n%s", err).isZero();
        return out.toString();
    }

    @Test
    void demoWritesTheResultsLayoutAndReport() throws IOException {
        Path out = dir.resolve("demo");
        String printed = run(demo(out));

        assertThat(printed).contains("report: " + out.resolve("report.html"), DemoCommand.WHAT_IT_SHOWS);
        assertThat(printed.lines().filter(l -> l.contains("gaussian")).count()).isGreaterThanOrEqualTo(1);
        assertThat(printed.lines().filter(l -> l.contains("rank-matched")).count()).isGreaterThanOrEqualTo(1);
        assertThat(printed.lines().filter(l -> l.startsWith("celltype vs ")))
                .as("one verdict line per baseline, on the one task")
                .hasSize(2).anyMatch(l -> l.startsWith("celltype vs gaussian on 2af: "))
                .anyMatch(l -> l.startsWith("celltype vs rank-matched on 2af: "));

        assertThat(Files.readString(out.resolve("experiment.yaml")))
                .contains("learning-rate: 0.003", "iterations: 30", "neurons: 40", "preset: mouse-v1-l23", "selection: all");
        List<String> summary = Files.readAllLines(out.resolve("inits/summary.csv"));
        assertThat(summary).hasSize(4);
        try (Stream<Path> inits = Files.list(out.resolve("inits"))) {
            assertThat(inits.filter(p -> p.toString().endsWith(".h5")).count()).isEqualTo(3);
        }
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            List<Path> folders = runs.toList();
            assertThat(folders).hasSize(6);
            for (Path run : folders) {
                assertThat(run.getFileName().toString()).matches(".+__2af__s[12]");
                assertThat(run.resolve("result.json")).isRegularFile();
                assertThat(run.resolve("curve.csv")).isRegularFile();
                assertThat(run.resolve("weights.h5")).isRegularFile();
            }
        }
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(7);
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(Files.readString(out.resolve("richlazy.log")))
                .contains("trained 6 of 6 runs, 180 iterations in 0:0", "peak resident memory of this process: ",
                        "sampled 40 neurons from the cell-type table; selected all 40 of 40 neurons");

        byte[] report = Files.readAllBytes(out.resolve("report.html"));
        run("report", out.toString());
        assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(report);

        markdownOfTheSameFolder(out);
    }

    /** {@code report --markdown}: to standard output or a file, the same bytes each time, report.html untouched. */
    private void markdownOfTheSameFolder(Path out) throws IOException {
        Files.delete(out.resolve("report.html"));
        String printed = run("report", out.toString(), "--markdown");
        assertThat(printed).startsWith("# demo: mouse V1 L2/3 cell types vs random baselines\n\nN = 40; tasks 2af;"
                + " seeds 1, 2; 30 iterations; 6 runs, 0 diverged;")
                .contains("Regenerate: `richlazy run " + out.resolve("experiment.yaml") + " && richlazy report " + out
                        + " --markdown`\n")
                .contains("## Verdicts\n\n- celltype vs gaussian on 2af: ", "## Final values", "## Every run")
                .doesNotContain("## Rank trend");
        assertThat(out.resolve("report.html")).doesNotExist();
        assertThat(run("report", out.toString(), "--markdown", "-")).isEqualTo(printed);

        Path file = dir.resolve("summary.md");
        assertThat(run("report", out.toString(), "--markdown", file.toString())).isEqualTo("markdown: " + file + "\n");
        assertThat(Files.readString(file)).isEqualTo(printed.replace(" --markdown`", " --markdown " + file + "`"));
        byte[] first = Files.readAllBytes(file);
        run("report", "--markdown=" + file, out.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
    }

    @Test
    void aResultsFolderOfAnotherExperimentIsRefused() throws IOException {
        Path out = dir.resolve("other");
        Files.createDirectories(out);
        Files.writeString(out.resolve("experiment.yaml"), "name: something else\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(demo(out), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("holds the results of a different experiment");
    }
}
