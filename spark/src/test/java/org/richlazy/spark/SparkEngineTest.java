package org.richlazy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.pipeline.cli.Main;

/**
 * A small sweep (the demo's cell-type table at N = 40, one gaussian baseline, 2AF, 2 seeds, 30
 * iterations: 4 runs) trained by the local engine and by Spark on {@code local[2]} gives the same
 * {@code results.csv} bytes, and Spark finishes a sweep the local engine left incomplete, training only
 * the missing run.
 */
@Tag("spark")
class SparkEngineTest {
    private static final int RUNS = 4;

    @TempDir
    Path dir;

    @Test
    void sparkGivesTheLocalEnginesResultsBytesAndFinishesItsSweep() throws IOException {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        run(local, "--workers", "2");
        run(spark, "--engine", "spark", "--master", "local[2]");

        byte[] results = Files.readAllBytes(local.resolve("results.csv"));
        assertThat(Files.readAllLines(local.resolve("results.csv"))).hasSize(RUNS + 1);
        assertThat(Files.readAllBytes(spark.resolve("results.csv"))).isEqualTo(results);
        assertThat(Files.readString(spark.resolve("richlazy.log")))
                .contains(RUNS + " runs: 0 already complete, training " + RUNS + " as Spark tasks on local[2] (engine spark)")
                .contains("run " + RUNS + " of " + RUNS + " done: ");


        // a sweep the local engine left incomplete is finished on Spark, with another worker count
        try (Stream<Path> files = Files.walk(local.resolve("runs/gaussian__2af__s2"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        run(local, "--engine", "spark", "--workers", "1");
        assertThat(Files.readString(local.resolve("richlazy.log")))
                .contains(RUNS + " runs: " + (RUNS - 1) + " already complete, training 1 as Spark tasks on local[1]");
        assertThat(Files.readAllBytes(local.resolve("results.csv"))).isEqualTo(results);
    }

    /**
     * A sweep with sparse weights (docs/science.md#connectome-scale; a ladder rung that keeps sparsity) gives the
     * same bytes on Spark as on the local engine, and every run says it trained sparse.
     */
    @Test
    void sparseWeightsGiveTheSameBytesOnSpark() throws IOException {
        Path local = dir.resolve("local-sparse");
        Path spark = dir.resolve("spark-sparse");
        String[] sparse = {"--set", "transform.baselines=[same-mask]", "--set", "training.weights=sparse"};
        run(local, concat(sparse, "--workers", "2"));
        run(spark, concat(sparse, "--engine", "spark", "--master", "local[2]"));
        assertThat(Files.readAllLines(local.resolve("results.csv"))).hasSize(RUNS + 1);
        assertThat(Files.readAllBytes(spark.resolve("results.csv")))
                .isEqualTo(Files.readAllBytes(local.resolve("results.csv")));
        try (Stream<Path> runs = Files.list(spark.resolve("runs"))) {
            assertThat(runs.map(r -> r.resolve("result.json")).toList()).hasSize(RUNS).allSatisfy(json ->
                    assertThat(Files.readString(json)).contains("\"weights\" : \"sparse\""));
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * {@code richlazy demo} shrunk to {@value #RUNS} runs into {@code out} with more options, in this JVM;
     * fails on a non-zero exit.
     */
    private static void run(Path out, String... options) {
        String[] demo = {"demo", "--out", out.toString(), "--set", "transform.neurons=40",
            "--set", "transform.baselines=[gaussian]", "--set", "training.iterations=30",
            "--set", "training.seeds=[1, 2]", "--set", "training.checkpoints=10"};
        String[] args = concat(demo, options);
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr:%n%s", err).isZero();
    }
}
