package org.richlazy.train.sparse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.random.RandomGenerator;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.Measures;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.measure.LyapunovExponent;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * A sparse network of N neurons and S random synapses built on its synapses only, trained for a few plain gradient
 * steps on 2AF and measured by {@link SparseLazinessMeter}; prints {@code name value} lines: the measures, the
 * exponents, the change structure, the heap limit and the sum of the heap pools' peaks (an upper bound on the peak heap, the pools
 * peaking at different times) in bytes. Run in a child JVM under a small heap by
 * {@link SparseMeasuresAtScaleTest}. Arguments: N, S, iterations.
 */
public final class MeterUnderSmallHeap {
    private static final int BATCH = 16;

    private MeterUnderSmallHeap() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int synapses = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        RandomGenerator rng = SeededRandom.create(41);
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        SparseCtrnnWeights w = randomWeights(n, synapses, task.inputSize(), task.outputSize(), rng);
        SparseCtrnn net = new SparseCtrnn(1.0, w.pattern(), task.inputSize(), task.outputSize(),
                Runtime.getRuntime().availableProcessors());
        List<TrialBatch> probe = List.of(task.sample(BATCH, rng), task.sample(BATCH, rng));
        long start = System.nanoTime();
        SparseLazinessMeter meter = new SparseLazinessMeter(net, 1.0, w, task, probe);
        LyapunovExponent.Dynamics initial = meter.lyapunov(w);
        for (int i = 0; i < iterations; i++) {
            TrialBatch batch = task.sample(BATCH, rng);
            CrossEntropy.Evaluation eval = CrossEntropy.evaluate(net.forward(w, batch.inputs()), BATCH,
                    batch.labels(), task.outputSize(), true, batch.decisionStep());
            float[][] grads = net.gradients(w, eval.dLogits()).all();
            float[][] weights = w.all();
            for (int a = 0; a < weights.length; a++) {
                for (int k = 0; k < weights[a].length; k++) {
                    weights[a][k] -= 0.05f * grads[a][k];
                }
            }
        }
        long trained = System.nanoTime();
        Measures m = meter.measure(w);
        long measured = System.nanoTime();
        LyapunovExponent.Dynamics last = meter.lyapunov(w);
        long lyapunov = System.nanoTime();
        ChangeStructure change = meter.change(w);
        long changed = System.nanoTime();
        System.out.println("weight_change " + m.weightChange());
        System.out.println("representation_alignment " + m.representationAlignment());
        System.out.println("kernel_alignment " + m.kernelAlignment());
        System.out.println("centered_kernel_alignment " + m.centeredKernelAlignment());
        System.out.println("kernel_target_alignment " + m.kernelTargetAlignment());
        System.out.println("sign_similarity " + m.signSimilarity());
        System.out.println("lyapunov_exponent_init " + initial.driven().exponent());
        System.out.println("lyapunov_exponent_final " + last.driven().exponent());
        System.out.println("dw_participation_ratio " + change.participationRatio());
        System.out.println("dw_stable_rank " + change.stableRank());
        System.out.println("seconds " + (System.nanoTime() - start) / 1e9);
        System.out.println("seconds_measures " + (measured - trained) / 1e9);
        System.out.println("seconds_lyapunov " + (lyapunov - measured) / 1e9);
        System.out.println("seconds_change " + (changed - lyapunov) / 1e9);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            peak += pool.getType() == MemoryType.HEAP ? pool.getPeakUsage().getUsed() : 0;
        }
        System.out.println("max_heap_bytes " + Runtime.getRuntime().maxMemory());
        System.out.println("heap_pool_peaks_bytes " + peak);
    }

    /** S / N synapses per row from distinct random presynaptic neurons, Gaussian values, W_in and W_out Gaussian. */
    static SparseCtrnnWeights randomWeights(int n, int synapses, int inputs, int outputs, RandomGenerator rng) {
        int perRow = synapses / n;
        int[] rowStart = new int[n + 1];
        int[] pre = new int[perRow * n];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + perRow;
            int[] row = rng.ints(0, n).distinct().limit(perRow).sorted().toArray();
            System.arraycopy(row, 0, pre, rowStart[i], perRow);
        }
        SparseCtrnnWeights w = new SparseCtrnnWeights(SynapsePattern.ofRows(n, rowStart, pre), inputs, outputs);
        fill(w.wH(), 1.5 / Math.sqrt(perRow), rng);
        fill(w.wIn(), 1 / Math.sqrt(inputs), rng);
        fill(w.wOut(), 1 / Math.sqrt(n), rng);
        return w;
    }

    private static void fill(float[] values, double sd, RandomGenerator rng) {
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) (sd * rng.nextGaussian());
        }
    }
}
