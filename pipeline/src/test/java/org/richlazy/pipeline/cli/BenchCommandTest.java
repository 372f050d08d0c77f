package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code richlazy bench} at a tiny size prints every figure, and rejects bad options with one error line. */
class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsEveryFigure() {
        assertThat(run("bench", "--neurons", "12", "--batch", "4", "--iterations", "3", "--repeats", "1")).isZero();
        assertThat(out.toString()).contains("richlazy bench: N 12, batch 4", "training step:", "steps/s per core",
                "at once:",
                "tangent kernel + alignment:", "all measures", "Lyapunov exponents:", "linearised model step:", "linearised gap (probe set):",
                "runs/min on");
    }

    @Test
    void rejectsAnUnknownPrecision() {
        assertThat(run("bench", "--precision", "float16")).isNotZero();
        assertThat(err.toString()).contains("float16").contains("float32, float64").doesNotContain("\tat ");
    }
}
