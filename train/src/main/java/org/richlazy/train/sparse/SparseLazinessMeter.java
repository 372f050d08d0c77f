package org.richlazy.train.sparse;

import java.util.BitSet;
import java.util.List;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.Measures;
import org.richlazy.train.Task;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.UnitActivity;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.measure.Alignment;
import org.richlazy.train.measure.AlignmentToStart;
import org.richlazy.train.measure.LazinessMeter;
import org.richlazy.train.measure.LyapunovExponent;
import org.richlazy.train.measure.ProbeSet;
import org.richlazy.train.measure.TangentKernel;

/**
 * The measures of {@link LazinessMeter} for a sparse network (docs/science.md#connectome-scale), on the same probe
 * set, kernel trials and Lyapunov streams and turned into {@link Measures} by the same {@link AlignmentToStart},
 * without an N x N array:
 * <ul>
 *   <li>weight change {@code ||W_h - W_h(0)||_F} and its ratio to {@code ||W_h(0)||_F}, summed over the synapses
 *       (the other entries are 0 in both);</li>
 *   <li>RA, its centred form and sign similarity from the decision-step states of the probe trials, one probe
 *       batch's forward pass at a time, kept as float32 columns ({@code P N} floats), {@code K = R R^T} by
 *       {@link ColumnGram}; the initial states are kept as their active bits and {@code K0};</li>
 *   <li>KA and the other tangent-kernel measures from {@link SparseTangentKernel}: the kernel with respect to every
 *       entry of W_h, the dense meter's;</li>
 *   <li>unit activity counted during the same forward passes, the Lyapunov exponents with {@link SparseDrive}, and
 *       the change structure by {@link SparseChangeStructure}.</li>
 * </ul>
 * Agrees with {@link LazinessMeter} on the weights made dense within float32 rounding (a test). It runs its passes
 * on the network it is given (a training path's own, between updates), so it allocates no second workspace.
 */
public final class SparseLazinessMeter {
    private final SparseCtrnn net;
    private final double alpha;
    private final SparseTangentKernel kernel;
    private final FloatKernels kernels = FloatKernels.fastest();
    private final List<TrialBatch> batches;
    private final ProbeSet probe;
    private final float[] initialRecurrent;
    private final BitSet initialActive;
    private final UnitActivity.Steps initialActivity;
    private final boolean initialFinite;
    private final AlignmentToStart alignment;
    private UnitActivity.Steps lastActivity;
    private final double initialDimension;
    private double lastDimension;

    /**
     * @param net     the network whose passes the meter runs
     * @param alpha   its leak a
     * @param initial the weights at iteration 0 (W_h's values copied)
     * @param task    the task (for the loss mode)
     * @param probe   the probe batches, drawn before training
     */
    public SparseLazinessMeter(SparseCtrnn net, double alpha, SparseCtrnnWeights initial, Task task,
                               List<TrialBatch> probe) {
        this.net = net;
        this.alpha = alpha;
        this.kernel = new SparseTangentKernel(net, alpha);
        this.batches = List.copyOf(probe);
        this.probe = ProbeSet.of(task, probe);
        this.initialRecurrent = initial.wH().clone();
        this.initialFinite = initial.isFinite();
        Probe atStart = probe(initial);
        this.initialActive = atStart.active();
        this.initialActivity = initialFinite ? atStart.activity() : null;
        this.alignment = new AlignmentToStart(norm(initialRecurrent), atStart.kernel(), tangentKernel(initial));
        this.initialDimension = Alignment.participationRatio(atStart.kernel());
    }

    /** The measures of the initial weights against themselves, as {@link LazinessMeter#measureInitial}. */
    public Measures measureInitial() {
        lastActivity = initialActivity;
        lastDimension = initialFinite ? initialDimension : Double.NaN;
        return initialFinite ? alignment.initial() : Measures.undefined();
    }

    /** The measures of {@code w} against the initial state, as {@link LazinessMeter#measure}. */
    public Measures measure(SparseCtrnnWeights w) {
        if (!w.isFinite()) {
            lastActivity = null;
            lastDimension = Double.NaN;
            return alignment.notFinite();
        }
        Probe now = probe(w);
        lastActivity = now.activity();
        lastDimension = Alignment.participationRatio(now.kernel());
        BitSet flipped = (BitSet) now.active().clone();
        flipped.xor(initialActive);
        double entries = (double) probe.trials() * w.neurons();
        return alignment.next(distance(w.wH(), initialRecurrent), 1 - flipped.cardinality() / entries,
                now.kernel(), tangentKernel(w));
    }

    /** The representation dimension of the last measured weights, as {@link LazinessMeter#representationDimension}. */
    public double representationDimension() {
        return lastDimension;
    }

    /** The largest Lyapunov exponents of {@code w}, as {@link LazinessMeter#lyapunov}. */
    public LyapunovExponent.Dynamics lyapunov(SparseCtrnnWeights w) {
        return new LyapunovExponent.Dynamics(lyapunov(w, probe.drivenStreams(), LyapunovExponent.BURN_IN),
                lyapunov(w, probe.autonomousStreams(),
                        LyapunovExponent.AUTONOMOUS_DRIVE + LyapunovExponent.BURN_IN));
    }

    private LyapunovExponent.Estimate lyapunov(SparseCtrnnWeights w, double[][][] streams, int burnIn) {
        return w.isFinite() ? LyapunovExponent.largest(alpha, w.neurons(), new SparseDrive(w, net.rowBlocks()),
                streams, burnIn) : LyapunovExponent.Estimate.undefined();
    }

    /** The unit activity of the initial weights and of the last measured ones, as {@link LazinessMeter#activity}. */
    public UnitActivity activity() {
        return initialActivity == null ? null : new UnitActivity(probe.decisionStep(), initialActivity, lastActivity);
    }

    /**
     * The structure of the change to {@code w} from the initial weights as this meter took them, rounded to float32
     * ({@link SparseChangeStructure}).
     */
    public ChangeStructure change(SparseCtrnnWeights w) {
        double[] start = new double[initialRecurrent.length];
        for (int k = 0; k < start.length; k++) {
            start[k] = initialRecurrent[k];
        }
        return change(w, start);
    }

    /**
     * The same from W_h(0)'s values as the init gave them ({@code start}, one per synapse in row order), as the dense
     * record compares with the init as given.
     */
    public ChangeStructure change(SparseCtrnnWeights w, double[] start) {
        return SparseChangeStructure.of(w.pattern(), start, w.wH());
    }

    private TangentKernel.Result tangentKernel(SparseCtrnnWeights w) {
        return kernel.compute(w, probe.kernelInputs(), probe.kernelLabels(), probe.kernelSteps());
    }

    /**
     * One pass over the probe trials: the kernel {@code R R^T} of the decision-step states, their active bits
     * (bit {@code n P + p} for neuron n of trial p) and the activity at every step.
     */
    private record Probe(double[][] kernel, BitSet active, UnitActivity.Steps activity) {
    }

    private Probe probe(SparseCtrnnWeights w) {
        int neurons = w.neurons();
        int trials = probe.trials();
        int steps = probe.inputs().length;
        int decision = probe.decisionStep() + 1;
        int ld = FloatCtrnnWeights.paddedStride(trials);
        float[] states = new float[neurons * ld];
        BitSet active = new BitSet();
        UnitActivity.Steps.Tally tally = new UnitActivity.Steps.Tally(steps, neurons);
        int first = 0;
        for (TrialBatch batch : batches) {
            net.forward(w, batch.inputs());
            float[] h = net.states();
            int size = batch.batchSize();
            for (int t = 1; t <= steps; t++) {
                int[] count = new int[size];
                for (int n = 0; n < neurons; n++) {
                    for (int b = 0; b < size; b++) {
                        float v = h[(t * neurons + n) * size + b];
                        count[b] += v > 0 ? 1 : 0;
                        if (t == decision) {
                            states[n * ld + first + b] = v;
                            active.set(n * trials + first + b, v > 0);
                        }
                    }
                }
                for (int b = 0; b < size; b++) {
                    tally.add(t - 1, count[b]);
                }
            }
            first += size;
        }
        double[] gram = ColumnGram.of(kernels, neurons, states, ld, states, ld);
        double[][] k = new double[trials][];
        for (int p = 0; p < trials; p++) {
            k[p] = java.util.Arrays.copyOfRange(gram, p * ld, p * ld + trials);
        }
        return new Probe(k, active, tally.steps());
    }

    private static double norm(float[] w) {
        return distance(w, new float[w.length]);
    }

    /** {@code ||a - b||_F} in float64, in synapse order. */
    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = (double) a[k] - b[k];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
