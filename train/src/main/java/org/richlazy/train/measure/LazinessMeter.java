package org.richlazy.train.measure;

import java.util.List;
import org.richlazy.train.Measures;
import org.richlazy.train.Task;
import org.richlazy.train.Precision;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.UnitActivity;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Matrices;
import org.richlazy.train.model.Trajectory;

/**
 * The measures (docs/science.md#laziness-measures) of a network against its initial state, on a fixed probe set drawn
 * before training (the same inputs for every call).
 *
 * <ul>
 *   <li>Weight change {@code ||W_h - W_h(0)||_F}, and relative to {@code ||W_h(0)||_F}.</li>
 *   <li>RA: R = decision-step hidden states of every probe trial ({@code P x N}), K = R R^T,
 *       {@link Alignment#cosine} of K(0) and K.</li>
 *   <li>KA: {@link Alignment#cosine} of the recurrent-weight {@link TangentKernel tangent kernels}
 *       of the first probe trials (32 trials, every step, every output for tasks with the loss on
 *       all steps; 200 trials, last step, every output otherwise, docs/science.md#laziness-measures).</li>
 *   <li>Sign similarity: {@link Alignment#signSimilarity} of R(0) and R.</li>
 *   <li>Kernel-target alignment of the current tangent kernel, {@link Alignment#kernelTarget} (trace-normalised)
 *       and {@link Alignment#kernelTargetStandard} (Cristianini et al. 2001), y the uncentred one-hot targets
 *       of the kernel rows (label of trial b at step t, for every output k).</li>
 *   <li>Centred KA and RA, {@link Alignment#centeredCosine} of the same kernels; linear CKA of the decision-step
 *       states is the centred RA (the identity is stated there and tested against the feature form).</li>
 *   <li>Kernel distance 1 - KA between the tangent kernels of consecutive calls and the kernel velocity, their
 *       running sum (Fort et al. 2020): the meter keeps the kernel of its last call, so {@link #measure} is to
 *       be called in the order of the checkpoints.</li>
 * </ul>
 */
public final class LazinessMeter {
    /** Kernel trials for tasks with the loss on every step (docs/science.md#laziness-measures: the first 32 probe trials). */
    public static final int KERNEL_TRIALS_ALL_STEPS = 32;
    /** Kernel trials for tasks with the loss on the last step (docs/science.md#laziness-measures, sMNIST: 200 trials). */
    public static final int KERNEL_TRIALS_LAST_STEP = 200;

    private final Ctrnn net;
    private final java.util.function.Function<CtrnnWeights, TangentKernel.Result> kernel;
    private final ProbeSet probe;
    private final double[] initialRecurrent;
    private final double[] initialRepresentation;
    private final UnitActivity.Steps initialActivity;
    private final boolean initialFinite;
    private final AlignmentToStart alignment;
    private final double[][][] drivenStreams;
    private final double[][][] autonomousStreams;
    private UnitActivity.Steps lastActivity;
    private final double initialDimension;
    private double lastDimension;

    /** The float64 reference measures: {@link #LazinessMeter(Ctrnn, CtrnnWeights, Task, List, Precision)} in float64. */
    public LazinessMeter(Ctrnn net, CtrnnWeights initial, Task task, List<TrialBatch> probe) {
        this(net, initial, task, probe, Precision.FLOAT64);
    }

    /**
     * @param net       the network
     * @param initial   the weights at iteration 0 (copied)
     * @param task      the task (for the loss mode)
     * @param probe     the probe batches, drawn before training
     * @param precision {@code float64}: the tangent kernel by {@link TangentKernel} (the reference);
     *                  {@code float32}: by {@link FloatTangentKernel}, about ten times faster
     */
    public LazinessMeter(Ctrnn net, CtrnnWeights initial, Task task, List<TrialBatch> probe, Precision precision) {
        this.net = net;
        this.probe = ProbeSet.of(task, probe);
        ProbeSet set = this.probe;
        if (precision == Precision.FLOAT32) {
            FloatTangentKernel fast = new FloatTangentKernel(net.alpha(), initial.neurons(), initial.inputs(),
                    initial.outputs());
            this.kernel = w -> fast.compute(w, set.kernelInputs(), set.kernelLabels(), set.kernelSteps());
        } else {
            this.kernel = w -> TangentKernel.compute(net, w, set.kernelInputs(), set.kernelLabels(),
                    set.kernelSteps());
        }
        this.initialRecurrent = initial.wH().clone();
        this.initialFinite = initial.isFinite();
        Probe atStart = probe(initial);
        this.initialRepresentation = atStart.representation();
        this.initialActivity = initialFinite ? atStart.activity() : null;
        double[][] initialGram = gram(initialRepresentation, set.trials(), initial.neurons());
        this.initialDimension = Alignment.participationRatio(initialGram);
        this.alignment = new AlignmentToStart(Alignment.norm(initialRecurrent), initialGram, tangentKernel(initial));
        this.drivenStreams = set.drivenStreams();
        this.autonomousStreams = set.autonomousStreams();
    }

    /**
     * The measures of the initial weights against themselves (weight change 0, alignments 1 up to
     * rounding), from the state computed once at construction.
     */
    public Measures measureInitial() {
        lastActivity = initialActivity;
        lastDimension = initialFinite ? initialDimension : Double.NaN;
        if (!initialFinite) {
            return Measures.undefined();
        }
        return alignment.initial();
    }

    /**
     * The measures of {@code w} against the initial state, its kernel distance from the previous call's (or the
     * initial) kernel and the path length so far; all NaN when a weight is not finite (the path then stays NaN).
     */
    public Measures measure(CtrnnWeights w) {
        if (!w.isFinite()) {
            lastActivity = null;
            lastDimension = Double.NaN;
            return alignment.notFinite();
        }
        Probe now = probe(w);
        lastActivity = now.activity();
        double[] r = now.representation();
        double[][] gram = gram(r, probe.trials(), w.neurons());
        lastDimension = Alignment.participationRatio(gram);
        return alignment.next(Alignment.distance(w.wH(), initialRecurrent),
                Alignment.signSimilarity(initialRepresentation, r), gram, tangentKernel(w));
    }

    /**
     * The representation dimension of the weights of the last {@link #measure} (or {@link #measureInitial}) call: the
     * {@link Alignment#participationRatio participation ratio} of the decision-step states of the probe trials; NaN
     * when those weights were not finite.
     */
    public double representationDimension() {
        return lastDimension;
    }

    /**
     * The largest Lyapunov exponents of {@code w}: task-driven ({@link LyapunovExponent#drivenStreams} of the
     * probe trials, {@link LyapunovExponent#BURN_IN} steps left out) and autonomous (the same streams with the
     * input switched off after {@link LyapunovExponent#AUTONOMOUS_DRIVE} steps, the drive and as many steps
     * again as the burn-in left out).
     */
    public LyapunovExponent.Dynamics lyapunov(CtrnnWeights w) {
        return new LyapunovExponent.Dynamics(
                LyapunovExponent.largest(net, w, drivenStreams, LyapunovExponent.BURN_IN),
                LyapunovExponent.largest(net, w, autonomousStreams,
                        LyapunovExponent.AUTONOMOUS_DRIVE + LyapunovExponent.BURN_IN));
    }

    /**
     * The hidden units' activity on the probe trials ({@link UnitActivity}) of the initial weights and of the weights
     * of the last {@link #measure} (or {@link #measureInitial}) call, from the forward passes those calls made; null
     * when the initial weights are not finite, {@code trained} null when the last measured ones were not.
     */
    public UnitActivity activity() {
        return initialActivity == null ? null : new UnitActivity(probe.decisionStep(), initialActivity, lastActivity);
    }

    private TangentKernel.Result tangentKernel(CtrnnWeights w) {
        return kernel.apply(w);
    }

    /**
     * One forward pass over the probe trials: the decision-step hidden states of every trial ({@code [P x N]} flat)
     * and the activity at every step.
     */
    private record Probe(double[] representation, UnitActivity.Steps activity) {
    }

    private Probe probe(CtrnnWeights w) {
        Trajectory traj = net.forward(w, probe.inputs());
        return new Probe(traj.hidden()[probe.decisionStep() + 1],
                UnitActivity.Steps.of(traj.hidden(), probe.trials(), w.neurons()));
    }

    /** {@code R R^T} for {@code R [rows x n]} flat. */
    private double[][] gram(double[] r, int rows, int n) {
        double[] flat = new double[rows * rows];
        net.product().multiplyAdd(rows, n, rows, r, Matrices.transpose(r, rows, n), flat);
        double[][] k = new double[rows][];
        for (int i = 0; i < rows; i++) {
            k[i] = java.util.Arrays.copyOfRange(flat, i * rows, (i + 1) * rows);
        }
        return k;
    }
}
