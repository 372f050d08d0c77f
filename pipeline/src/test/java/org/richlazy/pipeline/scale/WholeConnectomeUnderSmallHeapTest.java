package org.richlazy.pipeline.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.sparse.HeavyTailedPattern;
import org.richlazy.train.sparse.SynapsePattern;

/**
 * A 50,000-neuron experiment on its synapses (docs/science.md#connectome-scale), from an edge-list file to the report,
 * in a child JVM whose heap of 1 GB is a tenth of one dense 50,000 x 50,000 float32 array (10 GB): {@code richlazy
 * run} ends normally with the inits, the runs and the report written, so nothing in ingest, transform, training, the
 * measures or the report makes the matrix dense.
 */
class WholeConnectomeUnderSmallHeapTest {
    /** Drawn; the neurons with a synapse, which the edge list names, are about 97.7 % of them, over 50,000. */
    private static final int NEURONS = 51_500;
    private static final long SYNAPSES = 150_000;

    @TempDir
    Path dir;

    @Tag("child-jvm")
    @Test
    void fiftyThousandNeuronsGoFromFileToReportUnderAHeapTooSmallForOneDenseMatrix() throws IOException,
            InterruptedException {
        Path edges = dir.resolve("edges.csv");
        SynapsePattern pattern = HeavyTailedPattern.draw(NEURONS, SYNAPSES, new SplittableRandom(7));
        SplittableRandom weights = new SplittableRandom(8);
        try (BufferedWriter w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
            w.write("pre,post,weight\n");
            for (int post = 0; post < NEURONS; post++) {
                for (int k = pattern.rowStart(post); k < pattern.rowStart(post + 1); k++) {
                    int pre = pattern.pre(k);
                    w.write("n" + pre + ",n" + post + "," + (pre % 5 == 0 ? -1 : 1) * (1 + weights.nextInt(9)) + "\n");
                }
            }
        }
        Path config = dir.resolve("exp.yaml");
        Files.writeString(config, String.join("\n", "name: whole connectome under a small heap",
                "out: " + dir.resolve("results"), "source:", "  path: " + edges, "  options:", "    format: edge-list",
                "transform:", "  baselines: [density-matched]", "  seed: 1", "training:", "  weights: auto",
                "  tasks: [2af]", "  seeds: [1]", "  iterations: 3", "  probe-batches: 1",
                "  batch-size: 4", "workers: 1", ""));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        if (FloatKernels.vectorApiAvailable()) {
            command.add("--add-modules=jdk.incubator.vector");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.richlazy.pipeline.cli.Main", "run",
                config.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        Path results = dir.resolve("results");
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("init measured: N = (\\d+)").matcher(output);
        assertThat(n.find()).as(output).isTrue();
        int neurons = Integer.parseInt(n.group(1));
        assertThat(neurons).isGreaterThanOrEqualTo(50_000);
        assertThat(output).contains("2 runs: 0 already complete");
        assertThat(results.resolve("report.html")).isRegularFile();
        assertThat(Files.readString(results.resolve("inits/summary.csv")))
                .contains("not computed at this size (N = " + neurons);
        for (String run : List.of("measured__2af__s1", "density-matched__2af__s1")) {
            assertThat(Files.readString(results.resolve("runs").resolve(run).resolve("result.json")))
                    .contains("\"weights\" : \"sparse\"");
        }
    }
}
