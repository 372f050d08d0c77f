package org.richlazy.pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.richlazy.pipeline.cli.Main;

/**
 * A small real sweep for the reliability tests: the built-in cell-type table at N = 40, a
 * gaussian and a rank-matched baseline (3 inits), 2AF, 200 iterations, 4 seeds: 12 runs.
 */
final class SmallSweep {
    static final int RUNS = 12;

    private SmallSweep() {
    }

    /** Writes the config to {@code dir/sweep.yaml} with results going to {@code out}. */
    static Path config(Path dir, Path out) throws IOException {
        return Files.writeString(dir.resolve("sweep.yaml"), """
                name: reliability sweep
                out: %s
                workers: 2
                source:
                  preset: mouse-v1-l23
                transform:
                  neurons: 40
                  baselines: [gaussian, rank-matched]
                training:
                  tasks: [2af]
                  seeds: [1, 2, 3, 4]
                  iterations: 200
                  checkpoints: 100
                """.formatted(out));
    }

    /** Runs {@code richlazy <args>} in this JVM and fails on a non-zero exit code. */
    static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr:%n%s", err).isZero();
    }

    /** How many complete run folders {@code out/runs} holds (a name without the temporary dot and a result.json). */
    static long completeRuns(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve("result.json"))).count();
        }
    }

    /** The names in a folder that start with a dot and hold {@code .tmp-}: writes a crash left behind. */
    static long temporaries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.contains(".tmp-")).count();
        }
    }
}
