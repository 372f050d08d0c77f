package org.richlazy.pipeline.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import org.richlazy.train.Precision;
import org.richlazy.train.bench.SparseStepBench;
import org.richlazy.train.bench.SpeedBench;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.fast.VectorFloatKernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code richlazy bench}: how fast this machine trains (docs/performance.md#performance). Times a training step on 2AF
 * (8 steps) with a random Gaussian W_h (gain 1.25), one tangent kernel with its alignments, and one full
 * set of measures; each figure is the median of several repeats after a warm-up, in this thread's CPU time
 * (wall time beside it). The step is timed again with one run training on every core at once, as
 * {@code richlazy run} trains a sweep; runs per minute use that step time, each run of
 * {@code --run-iterations} steps with the measures at start and end. Each step time is also given as an
 * effective rate, {@link SpeedBench#flopsPerStep()} over the time, in GFLOP/s.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Time a training step, a tangent kernel and the measures on this machine, and estimate "
                + "sweep throughput (runs per minute on all cores).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--neurons", defaultValue = "300", description = "N (default ${DEFAULT-VALUE}).")
    int neurons;

    @Option(names = "--batch", defaultValue = "32", description = "Trials per step (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--iterations", defaultValue = "200",
            description = "Training steps per timing (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--repeats", defaultValue = "5", description = "Timings per figure; the median is shown "
            + "(default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--precision", defaultValue = "float32",
            description = "Training precision: float32 or float64 (default ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--run-iterations", defaultValue = "10000",
            description = "Steps of one run, for runs per minute (default ${DEFAULT-VALUE}, the paper's).")
    int runIterations;

    @Option(names = "--sparse", description = "Time a sparse training step instead (Adam, heavy-tailed synthetic "
            + "synapses): at N 20,000 with 600,000 synapses and at N 139,255 with 3,000,000, or at the one size "
            + "--neurons and --synapses give.")
    boolean sparse;

    @Option(names = "--synapses", description = "With --sparse: the synapses of the one size timed.")
    Long synapses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (neurons < 1 || batch < 1 || iterations < 1 || repeats < 1 || runIterations < 0) {
            throw new ParameterException(spec.commandLine(), "--neurons, --batch, --iterations and --repeats must "
                    + "be at least 1 and --run-iterations at least 0");
        }
        Precision arithmetic = OptionWords.parse(spec, "--precision", Precision.class, precision);
        PrintWriter out = spec.commandLine().getOut();
        if (sparse) {
            return sparseSteps(out);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        String vector = FloatKernels.vectorApiAvailable()
                ? "Vector API on, " + VectorFloatKernels.lanes() + " float lanes"
                : "Vector API off (run with --add-modules jdk.incubator.vector)";
        out.printf("richlazy bench: N %d, batch %d, 2AF (8 steps), %s, %s, %d cores, load average %.2f%n",
                neurons, batch, precision, vector, cores,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("medians of %d repeats after a warm-up; CPU time of the timing thread (wall time)%n", repeats);
        out.flush();
        SpeedBench bench = new SpeedBench(neurons, batch, iterations, repeats);
        double gigaflops = bench.flopsPerStep() / 1e9;
        SpeedBench.Timing step = bench.step(arithmetic);
        out.printf("training step:              %8.3f ms (%.3f ms wall), %.0f steps/s per core, %.1f GFLOP/s%n",
                step.cpuSeconds() * 1e3, step.wallSeconds() * 1e3, 1 / step.cpuSeconds(),
                gigaflops / step.cpuSeconds());
        out.flush();
        SpeedBench.Timing threaded = bench.stepThreaded(arithmetic, cores);
        out.printf("training step, one run on %d cores: %6.3f ms wall, %.0f steps/s, %.1f GFLOP/s (products split, "
                + "same bits)%n", cores, threaded.wallSeconds() * 1e3, 1 / threaded.wallSeconds(),
                gigaflops / threaded.wallSeconds());
        out.flush();
        SpeedBench.Timing loaded = bench.stepConcurrently(arithmetic, cores);
        out.printf("training step, %d at once:  %8.3f ms (%.3f ms wall), %.0f steps/s on %d cores, %.1f GFLOP/s "
                + "each%n", cores, loaded.cpuSeconds() * 1e3, loaded.wallSeconds() * 1e3, cores / loaded.wallSeconds(),
                cores, gigaflops / loaded.wallSeconds());
        out.flush();
        SpeedBench.Timing kernel = bench.kernel();
        out.printf("tangent kernel + alignment: %8.3f s  (%.3f s wall), %d x %d kernel, float32%n",
                kernel.cpuSeconds(), kernel.wallSeconds(), SpeedBench.kernelRows(), SpeedBench.kernelRows());
        out.flush();
        SpeedBench.Timing measures = bench.measures(arithmetic);
        out.printf("all measures (RA, KA, ...): %8.3f s  (%.3f s wall)%n", measures.cpuSeconds(),
                measures.wallSeconds());
        SpeedBench.Timing lyapunov = bench.lyapunov();
        out.printf("Lyapunov exponents:         %8.3f s  (%.3f s wall), driven and autonomous, float64%n",
                lyapunov.cpuSeconds(), lyapunov.wallSeconds());
        SpeedBench.Timing flatness = bench.flatness();
        out.printf("sharpness + Hessian trace:  %8.3f s  (%.3f s wall), at most, once at the end, float64%n",
                flatness.cpuSeconds(), flatness.wallSeconds());
        SpeedBench.Timing linear = bench.linearizedStep();
        out.printf("linearised model step:      %8.3f ms (%.3f ms wall), added to each step by training.linearized%n",
                linear.cpuSeconds() * 1e3, linear.wallSeconds() * 1e3);
        SpeedBench.Timing gap = bench.linearizedGap();
        out.printf("linearised gap (probe set): %8.3f s  (%.3f s wall), per checkpoint with training.linearized%n",
                gap.cpuSeconds(), gap.wallSeconds());
        out.flush();
        java.util.OptionalLong peak = org.richlazy.pipeline.PeakMemory.residentKilobytes();
        out.printf("peak resident memory of this process: %s%n", peak.isPresent()
                ? String.format(java.util.Locale.ROOT, "%.0f MiB", peak.getAsLong() / 1024.0) : "not reported here");
        double run = runIterations * loaded.wallSeconds() + 2 * measures.wallSeconds() + 2 * lyapunov.wallSeconds()
                + flatness.wallSeconds();
        out.printf("one run of %d steps with measures and Lyapunov exponents at start and end and the Hessian "
                + "measures at the end, %d at once: %.1f s; %.1f runs/min on %d cores%n", runIterations, cores, run,
                cores * 60 / run, cores);
        double longRun = 10_000 * step.wallSeconds() + 2 * measures.wallSeconds() + 2 * lyapunov.wallSeconds();
        out.printf("the Hessian measures add at most %.3f s to a run of 10,000 steps alone (%.1f s): %.1f %%%n",
                flatness.wallSeconds(), longRun, 100 * flatness.wallSeconds() / longRun);
        out.flush();
        return 0;
    }

    /**
     * {@code --sparse}: one line per size, {@code sparse step: N <n> nnz <nnz>: <ms> ms (<threads> threads)}, with
     * the time the step's arithmetic takes at the dense kernels' rate measured here on every core beside it.
     */
    private int sparseSteps(PrintWriter out) {
        boolean oneSize = spec.commandLine().getParseResult().hasMatchedOption("--neurons") || synapses != null;
        if (oneSize && (synapses == null || !spec.commandLine().getParseResult().hasMatchedOption("--neurons"))) {
            throw new ParameterException(spec.commandLine(), "--sparse times one size when both --neurons and "
                    + "--synapses are given; give both, or neither for the two standard sizes");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        SpeedBench dense = new SpeedBench(300, batch, iterations, repeats);
        double denseStep = dense.step(Precision.FLOAT32).wallSeconds();
        double denseRate = dense.flopsPerStep() / denseStep;
        out.printf("richlazy bench --sparse: batch %d, 2AF (8 steps), Adam, float32, %d threads; dense kernels here: "
                + "%.1f GFLOP/s on one core (N 300 step %.3f ms)%n", batch, cores, denseRate / 1e9, denseStep * 1e3);
        out.flush();
        int[] sizes = oneSize ? new int[] {neurons} : new int[] {20_000, 139_255};
        long[] counts = oneSize ? new long[] {synapses} : new long[] {600_000, 3_000_000};
        for (int s = 0; s < sizes.length; s++) {
            SparseStepBench bench = new SparseStepBench(sizes[s], counts[s], batch, Math.max(1, iterations / 40),
                    repeats, cores);
            org.richlazy.train.sparse.SynapsePattern pattern = bench.pattern();
            double seconds = bench.stepSeconds(pattern);
            double bound = SparseStepBench.flopsPerStep(sizes[s], pattern.synapses(), batch) / (denseRate * cores);
            out.printf("sparse step: N %d nnz %d: %.1f ms (%d threads); its arithmetic at the dense rate on %d cores: "
                    + "%.2f ms (%.1fx)%n", sizes[s], pattern.synapses(), seconds * 1e3, cores, cores, bound * 1e3,
                    seconds / bound);
            out.flush();
        }
        return 0;
    }
}
