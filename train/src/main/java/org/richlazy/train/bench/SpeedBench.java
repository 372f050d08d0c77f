package org.richlazy.train.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.random.RandomGenerator;
import org.richlazy.train.LinearizedModel;
import org.richlazy.train.Precision;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.TrainingPath;
import org.richlazy.train.measure.Alignment;
import org.richlazy.train.measure.FloatTangentKernel;
import org.richlazy.train.measure.LazinessMeter;
import org.richlazy.train.measure.LossHessian;
import org.richlazy.train.measure.TangentKernel;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * Times a training step and a set of laziness measures at a given size on the 2AF task (8 steps), with a
 * random Gaussian W_h of gain 1.25 (the paper's setup). Each figure is the median of {@code repeats}
 * timings after one untimed warm-up round; times are this thread's CPU time, the fairer figure on a
 * shared machine, next to wall time.
 *
 * @param neurons    N
 * @param batch      trials per step
 * @param iterations training steps per timing
 * @param repeats    timings per figure
 */
public record SpeedBench(int neurons, int batch, int iterations, int repeats) {

    /** A timing: the medians over the repeats, in seconds per unit. */
    public record Timing(double cpuSeconds, double wallSeconds) {
    }

    /**
     * Floating-point operations of one training step at this size, a multiply-add counting two: the dense case
     * of {@link SparseStepBench#flopsPerStep} ({@code 3 x 2 N^2 B (T - 1)} for the recurrent products plus the
     * input and readout work), so {@code flopsPerStep() / seconds} is a step's effective rate.
     */
    public double flopsPerStep() {
        return SparseStepBench.flopsPerStep(neurons, (double) neurons * neurons, batch);
    }

    /** Seconds per training step (forward, loss, backward, SGD-with-momentum update) in {@code precision}. */
    public Timing step(Precision precision) {
        return time(training(precision, 1, 1), iterations);
    }

    /**
     * Seconds per training step of one run whose products are split across {@code threads} threads
     * ({@link org.richlazy.train.fast.ThreadedFloatKernels}); wall time is the figure (the CPU time is the calling
     * thread's only).
     */
    public Timing stepThreaded(Precision precision, int threads) {
        return time(training(precision, 1, threads), iterations);
    }

    /**
     * Seconds per training step when {@code threads} runs train at once, one per thread, as a sweep trains
     * one run per core: each thread times its own steps (repeats started together), and the figure is the
     * median over threads of their medians. On a machine whose cores share caches, memory bandwidth and
     * clock, this is the step time a sweep sees, not {@link #step}'s.
     */
    public Timing stepConcurrently(Precision precision, int threads) {
        List<Runnable> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(training(precision, 1 + t, 1));
        }
        CyclicBarrier together = new CyclicBarrier(threads);
        Timing[] timings = new Timing[threads];
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Runnable steps = work.get(t);
            Thread thread = new Thread(() -> timings[index] = time(() -> {
                await(together);
                steps.run();
            }, iterations), "bench-" + t);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while timing", e);
            }
        }
        double[] cpu = new double[threads];
        double[] wall = new double[threads];
        for (int t = 0; t < threads; t++) {
            cpu[t] = timings[t].cpuSeconds();
            wall[t] = timings[t].wallSeconds();
        }
        return new Timing(median(cpu), median(wall));
    }

    /** {@code iterations} training steps of one run from a Gaussian draw seeded {@code seed}, batches drawn once. */
    private Runnable training(Precision precision, long seed, int threads) {
        RandomGenerator rng = SeededRandom.create(seed);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(randomRecurrent(rng), task.inputSize(), task.outputSize(), rng);
        TrainingPath path = TrainingPath.of(precision, 1.0, w, OptimizerKind.SGD.create(0.003, 0.9), null, threads);
        List<TrialBatch> batches = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            batches.add(task.sample(batch, rng));
        }
        return () -> {
            for (TrialBatch b : batches) {
                path.evaluate(b, task.outputSize(), true);
                path.update();
            }
        };
    }

    /**
     * Seconds per training step of a run's linear model ({@link LinearizedModel}, float32): the initial network's
     * forward pass, the tangent pass, backpropagation with the linear model's errors and the update. A run with
     * {@code training.linearized} adds this to every {@link #step}.
     */
    public Timing linearizedStep() {
        RandomGenerator rng = SeededRandom.create(1);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(randomRecurrent(rng), task.inputSize(), task.outputSize(), rng);
        LinearizedModel linear = linearized(w, task);
        List<TrialBatch> batches = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            batches.add(task.sample(batch, rng));
        }
        return time(() -> {
            for (int i = 0; i < batches.size(); i++) {
                linear.train(i + 1, batches.get(i));
            }
        }, iterations);
    }

    /** Seconds per linearised gap of a checkpoint: the network and its linear model on 10 probe batches. */
    public Timing linearizedGap() {
        RandomGenerator rng = SeededRandom.create(2);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(randomRecurrent(rng), task.inputSize(), task.outputSize(), rng);
        LinearizedModel linear = linearized(w, task);
        TrainingPath path = TrainingPath.of(Precision.FLOAT32, 1.0, w, OptimizerKind.SGD.create(0.003, 0.9));
        List<TrialBatch> probe = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            probe.add(task.sample(batch, rng));
        }
        return time(() -> linear.gap(probe, path), 1);
    }

    private static LinearizedModel linearized(CtrnnWeights w, PerceptualDecisionMaking task) {
        return new LinearizedModel(Precision.FLOAT32, 1.0, w, OptimizerKind.SGD.create(0.003, 0.9), null, task,
                Double.POSITIVE_INFINITY);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a timing thread failed", e);
        }
    }

    /**
     * Seconds per set of laziness measures (every measure of a checkpoint) on 10 probe batches, with the tangent
     * kernel in {@code precision}.
     */
    public Timing measures(Precision precision) {
        Probe p = probe(precision);
        return time(() -> p.meter().measure(p.weights()), 1);
    }

    /**
     * Seconds for the Hessian measures of a run's end ({@link LossHessian}) on 2 batches, at their most: a Lanczos
     * iteration that runs all its 30 products without converging, then 10 Hutchinson probes (40 Hessian-vector
     * products, 41 float64 gradients); a run's usually converges sooner.
     */
    public Timing flatness() {
        RandomGenerator rng = SeededRandom.create(3);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(randomRecurrent(rng), task.inputSize(), task.outputSize(), rng);
        LossHessian hessian = new LossHessian(new Ctrnn(1.0, new AxpyProduct()), w,
                List.of(task.sample(batch, rng), task.sample(batch, rng)), task.outputSize(), true, null);
        return time(() -> {
            hessian.sharpness(SeededRandom.create(4), 30, 0, Long.MAX_VALUE);
            hessian.trace(SeededRandom.create(5), 10);
        }, 1);
    }

    /** Seconds per pair of Lyapunov exponents (task-driven and autonomous) of one network, taken at start and end. */
    public Timing lyapunov() {
        Probe p = probe(Precision.FLOAT64);
        return time(() -> p.meter().lyapunov(p.weights()), 1);
    }

    /** A meter on 10 probe batches of 2AF and the random network it measures. */
    private record Probe(LazinessMeter meter, CtrnnWeights weights) {
    }

    private Probe probe(Precision precision) {
        RandomGenerator rng = SeededRandom.create(2);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(randomRecurrent(rng), task.inputSize(), task.outputSize(), rng);
        List<TrialBatch> probe = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            probe.add(task.sample(batch, rng));
        }
        return new Probe(new LazinessMeter(new Ctrnn(1.0, new AxpyProduct()), w, task, probe, precision), w);
    }

    /**
     * Seconds per tangent kernel plus alignment (docs/science.md#laziness-measures): the float32 {@link
     * FloatTangentKernel} of 32
     * trials x 8 steps x 3 outputs (768 rows), its KA against a kernel computed before and its kernel-target
     * alignment.
     */
    public Timing kernel() {
        RandomGenerator rng = SeededRandom.create(3);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights w = CtrnnWeights.initialise(randomRecurrent(rng), task.inputSize(), task.outputSize(), rng);
        TrialBatch trials = task.sample(LazinessMeter.KERNEL_TRIALS_ALL_STEPS, rng);
        int[] steps = java.util.stream.IntStream.rangeClosed(1, trials.steps()).toArray();
        FloatTangentKernel kernel = new FloatTangentKernel(1.0, neurons, task.inputSize(), task.outputSize());
        double[][] initial = kernel.compute(w, trials.inputs(), trials.labels(), steps).matrix();
        double[] sink = new double[1];
        Timing t = time(() -> {
            TangentKernel.Result k = kernel.compute(w, trials.inputs(), trials.labels(), steps);
            sink[0] += Alignment.cosine(initial, k.matrix()) + Alignment.kernelTarget(k.matrix(), k.targets());
        }, 1);
        if (!(sink[0] > 0)) {
            throw new IllegalStateException("kernel alignments are not positive: " + sink[0]);
        }
        return t;
    }

    /** Rows of the timed kernel: 32 trials x 8 steps x 3 outputs of 2AF. */
    public static int kernelRows() {
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        return LazinessMeter.KERNEL_TRIALS_ALL_STEPS * task.steps() * task.outputSize();
    }

    private double[][] randomRecurrent(RandomGenerator rng) {
        double[][] m = new double[neurons][neurons];
        for (double[] row : m) {
            for (int j = 0; j < neurons; j++) {
                row[j] = 1.25 * rng.nextGaussian() / Math.sqrt(neurons);
            }
        }
        return m;
    }

    private Timing time(Runnable work, int units) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        work.run();
        double[] cpu = new double[repeats];
        double[] wall = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            long cpuStart = bean.getCurrentThreadCpuTime();
            work.run();
            cpu[r] = (bean.getCurrentThreadCpuTime() - cpuStart) / 1e9 / units;
            wall[r] = (System.nanoTime() - start) / 1e9 / units;
        }
        return new Timing(median(cpu), median(wall));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
