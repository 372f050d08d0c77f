package org.richlazy.train.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.sparse.HeavyTailedPattern;
import org.richlazy.train.sparse.SparseCtrnn;
import org.richlazy.train.sparse.SparseCtrnnWeights;
import org.richlazy.train.sparse.SynapsePattern;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * Times a training step of a sparse network (docs/performance.md#sparse-training): forward pass, loss, backward
 * pass and an Adam update of W_in, W_h's synapses and W_out, on 2AF (8 steps), with a synthetic
 * {@link HeavyTailedPattern} of the given size (seed 1) whose synapses are Gaussian of gain 1.25 over the square
 * root of the mean in-degree. The figure is the median wall time of {@code repeats} timings of {@code iterations}
 * steps each, after one untimed round.
 *
 * @param neurons    N
 * @param synapses   the synapses wanted (the pattern has this many within rounding, {@link #pattern()})
 * @param batch      trials per step
 * @param iterations steps per timing
 * @param repeats    timings per figure
 * @param threads    threads each pass is split across
 */
public record SparseStepBench(int neurons, long synapses, int batch, int iterations, int repeats, int threads) {
    private static final double GAIN = 1.25;

    /** The synthetic pattern the bench trains on. */
    public SynapsePattern pattern() {
        return HeavyTailedPattern.draw(neurons, synapses, SeededRandom.create(1));
    }

    /** Median wall seconds per training step on {@code pattern}. */
    public double stepSeconds(SynapsePattern pattern) {
        RandomGenerator rng = SeededRandom.create(2);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        SparseCtrnnWeights w = new SparseCtrnnWeights(pattern, task.inputSize(), task.outputSize());
        fill(w.wIn(), 1 / Math.sqrt(task.inputSize()), rng);
        fill(w.wOut(), 1 / Math.sqrt(neurons), rng);
        float[] wH = w.wH();
        double sd = GAIN / Math.sqrt((double) pattern.synapses() / neurons);
        for (int k = 0; k < wH.length; k++) {
            wH[k] = (float) (sd * rng.nextGaussian());
        }
        SparseCtrnn net = new SparseCtrnn(1.0, pattern, task.inputSize(), task.outputSize(), threads);
        Optimizer adam = OptimizerKind.ADAM.create(1e-3, 0);
        List<TrialBatch> batches = new ArrayList<>();
        for (int i = 0; i < Math.min(iterations, 4); i++) {
            batches.add(task.sample(batch, rng));
        }
        Runnable steps = () -> {
            for (int i = 0; i < iterations; i++) {
                TrialBatch b = batches.get(i % batches.size());
                double[][] logits = net.forward(w, b.inputs());
                CrossEntropy.Evaluation eval = CrossEntropy.evaluate(logits, b.batchSize(), b.labels(),
                        task.outputSize(), true, b.decisionStep());
                adam.step(w.all(), net.gradients(w, eval.dLogits()).all());
            }
        };
        steps.run();
        double[] wall = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            steps.run();
            wall[r] = (System.nanoTime() - start) / 1e9 / iterations;
        }
        java.util.Arrays.sort(wall);
        return wall[repeats / 2];
    }

    /**
     * Floating-point operations of one training step (a multiply-add counts two) with {@code synapses} recurrent
     * weights on 2AF: the recurrent product, the carry through W_h^T and W_h's gradient, each {@code 2 nnz B (T - 1)};
     * the input drive and W_in's gradient, each {@code 2 N B T I}; the readout, the output deltas and W_out's
     * gradient, each {@code 2 N B T O}. With {@code synapses = N^2} this is a dense step's count.
     */
    public static double flopsPerStep(int neurons, double synapses, int batch) {
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        int steps = task.steps();
        return 3 * 2 * synapses * batch * (steps - 1)
                + 2 * 2.0 * neurons * batch * steps * task.inputSize()
                + 3 * 2.0 * neurons * batch * steps * task.outputSize();
    }

    private static void fill(float[] a, double bound, RandomGenerator rng) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rng.nextDouble(-bound, bound);
        }
    }
}
