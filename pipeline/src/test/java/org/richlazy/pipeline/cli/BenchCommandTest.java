package org.richlazy.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code richlazy bench} at a tiny size prints every figure with the sizes asked for, derives its rates
 * from its timings, and rejects bad options with one error line.
 */
class BenchCommandTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** The numbers of the one printed line that matches {@code regex} (group i as a double). */
    private double[] numbers(String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out.toString());
        assertThat(m.find()).as("a line matching %s in%n%s", regex, out).isTrue();
        double[] v = new double[m.groupCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(m.group(i + 1));
        }
        return v;
    }

    /** How far {@code rate = k / x} can move when {@code x} was printed rounded by up to {@code rounding}. */
    private static double printedError(double rate, double x, double rounding) {
        return rate * rounding / (x - rounding);
    }

    @Test
    void printsEveryFigureForTheSizeAskedAndRatesFromItsTimings() {
        assertThat(run("bench", "--neurons", "12", "--batch", "4", "--iterations", "3", "--repeats", "1",
                "--precision", "float64", "--run-iterations", "100000")).isZero();
        assertThat(out.toString()).startsWith("richlazy bench: N 12, batch 4, 2AF (8 steps), float64, Vector API ")
                .contains(", " + CORES + " cores, load average ", "\nmedians of 1 repeats after a warm-up",
                        "training step, one run on " + CORES + " cores: ", "training step, " + CORES + " at once: ",
                        "768 x 768 kernel, float32", "all measures (RA, KA, ...): ", "Lyapunov exponents: ",
                        "linearised model step: ", "linearised gap (probe set): ", "peak resident memory of this process: ",
                        "sharpness + Hessian trace: ");
        double[] hessian = numbers("^sharpness \\+ Hessian trace: +[0-9.]+ s +\\(([0-9.]+) s wall\\), at most, once at "
                + "the end, float64$");
        double[] share = numbers("^the Hessian measures add at most ([0-9.]+) s to a run of 10,000 steps alone "
                + "\\(([0-9.]+) s\\): ([0-9.]+) %$");
        assertThat(share[0]).as("the Hessian's seconds, as printed above").isCloseTo(hessian[0], within(0.0011));
        assertThat(share[2]).as("its share of the run").isCloseTo(100 * share[0] / share[1],
                within(0.06 + 100 * (0.0005 / share[1] + printedError(share[0] / share[1], share[1], 0.05))));

        double[] step = numbers("^training step: +([0-9.]+) ms \\([0-9.]+ ms wall\\), ([0-9]+) steps/s per core, "
                + "([0-9.]+) GFLOP/s$");
        double perCore = 1e3 / step[0];
        assertThat(step[1]).as("steps/s per core = 1 / CPU time of a step")
                .isCloseTo(perCore, within(0.5 + printedError(perCore, step[0], 0.0005)));
        // 3 x 2 N^2 B (T - 1) for the recurrent products, 2 x 2 N B T I for the input, 3 x 2 N B T O for the readout
        double gigaflops = (3 * 2 * 12.0 * 12 * 4 * 7 + 2 * 2.0 * 12 * 4 * 8 * 3 + 3 * 2.0 * 12 * 4 * 8 * 3) / 1e9;
        assertThat(step[2]).as("GFLOP/s = a step's operations over its CPU time")
                .isCloseTo(gigaflops * perCore, within(0.05 + printedError(gigaflops * perCore, step[0], 0.0005)));
        double[] perMinute = numbers("^one run of 100000 steps with measures and Lyapunov exponents at start and end "
                + "and the Hessian measures at the end, " + CORES + " at once: ([0-9.]+) s; ([0-9.]+) runs/min on "
                + CORES + " cores$");
        double runs = CORES * 60 / perMinute[0];
        assertThat(perMinute[1]).as("runs/min = cores x 60 / seconds per run")
                .isCloseTo(runs, within(0.05 + printedError(runs, perMinute[0], 0.05)));
    }

    @Test
    void sparseStepAtTheSizeAskedWithItsArithmeticBound() {
        assertThat(run("bench", "--sparse", "--neurons", "3000", "--synapses", "30000", "--batch", "8",
                "--iterations", "40", "--repeats", "1")).isZero();
        assertThat(out.toString()).startsWith("richlazy bench --sparse: batch 8, 2AF (8 steps), Adam, float32, "
                + CORES + " threads; dense kernels here: ");
        double[] dense = numbers("dense kernels here: ([0-9.]+) GFLOP/s on one core \\(N 300 step ([0-9.]+) ms\\)$");
        double[] line = numbers("^sparse step: N 3000 nnz ([0-9]+): ([0-9.]+) ms \\(" + CORES + " threads\\); its "
                + "arithmetic at the dense rate on " + CORES + " cores: ([0-9.]+) ms \\(([0-9.]+)x\\)$");
        assertThat(line[0]).as("synapses made").isBetween(29_000.0, 31_000.0);
        // the bound is the step's operations over the dense rate on every core: 3 x 2 nnz B (T - 1) + dense work
        double flops = 3 * 2 * line[0] * 8 * 7 + 2 * 2.0 * 3000 * 8 * 8 * 3 + 3 * 2.0 * 3000 * 8 * 8 * 3;
        double bound = flops / (dense[0] * 1e9 * CORES) * 1e3;
        assertThat(line[2]).isCloseTo(bound, within(0.05 + 0.01 * bound));
        double ratio = line[1] / line[2];
        assertThat(line[3]).as("the printed ratio, up to the rounding of the printed times")
                .isCloseTo(ratio, within(0.05 + printedError(ratio, line[2], 0.005) + ratio * 0.05 / line[1]));
        assertThat(dense[0]).as("GFLOP/s = a dense step's operations over its time")
                .isCloseTo((3 * 2 * 300.0 * 300 * 8 * 7 + 2 * 2.0 * 300 * 8 * 8 * 3 + 3 * 2.0 * 300 * 8 * 8 * 3)
                        / (dense[1] * 1e-3) / 1e9, within(0.01 * dense[0] + 0.2));
    }

    @Test
    void sparseRefusesOneSizeHalfGiven() {
        assertThat(run("bench", "--sparse", "--synapses", "1000")).isNotZero();
        assertThat(err.toString()).contains("give both, or neither").doesNotContain("\tat ");
    }

    @Test
    void rejectsAnUnknownPrecision() {
        assertThat(run("bench", "--precision", "float16")).isNotZero();
        assertThat(err.toString()).contains("float16").contains("float32, float64").doesNotContain("\tat ");
    }
}
