package org.richlazy.train;

import java.util.List;

/**
 * One training run: an init, a task and a seed.
 *
 * @param init          init name
 * @param task          task name
 * @param seed          run seed (W_in, W_out, batches, probe set)
 * @param status        {@code ok} or {@code diverged}
 * @param divergedAt    iteration at which the run diverged, or {@code null}
 * @param iterations    iterations completed
 * @param wallSeconds   wall-clock time of the run
 * @param curve         loss and decision-step accuracy over training
 * @param checkpoints   measures at iteration 0, every configured checkpoint, and the end
 * @param finalMeasures measures at the end (the last checkpoint)
 * @param precision     arithmetic of training, {@code float32} or {@code float64} (runs recorded before the
 *                      option existed, read back without it, trained in float64)
 * @param change        the structure of W_h(final) - W_h(0) ({@link ChangeStructure}); null for runs recorded
 *                      before it was
 * @param lyapunov      the largest Lyapunov exponents at the start and the end ({@link LyapunovExponents}); null
 *                      for runs recorded before they were
 * @param constraints   the constraints kept during training, in words
 *                      ({@link org.richlazy.train.model.WeightConstraints#description}); null for runs recorded
 *                      before they existed (unconstrained)
 * @param stop          the stopping target and whether and when the run reached it; null when it had none
 * @param linearized    the network against its first-order Taylor model on the probe set at the end
 *                      ({@link LinearizedModel}); null when the run did not train one
 * @param heldOut       the trained network on the task's held-out set ({@link HeldOutScore}); null when the task
 *                      has none (the generated tasks, MNIST IDX files without the t10k pair) or for runs recorded
 *                      before it was scored
 * @param activity      the share of active hidden units per step of the probe trials at the start and the end
 *                      ({@link UnitActivity}), what makes RA or KA undefined; null for runs recorded before it was
 */
public record RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                        double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                        Measures finalMeasures, String precision, ChangeStructure change,
                        LyapunovExponents lyapunov, String constraints, Stop stop, Linearized linearized,
                        HeldOut heldOut, UnitActivity activity) {

    /**
     * The trained network on the task's held-out set at the end of the run.
     *
     * @param trials   the held-out trials scored
     * @param loss     their mean loss (the training loss: the last step for sMNIST)
     * @param accuracy their decision-step accuracy
     * @param set      the data and its split in words ({@link Task#description})
     */
    public record HeldOut(int trials, double loss, double accuracy, String set) {
    }

    /**
     * The network and its linearisation around the initial weights on the probe set at the end of the run.
     *
     * @param gap              ||f - f_lin|| / ||f - f(θ0)|| over the logits the loss uses (the final
     *                         {@code linearized_gap}); NaN when the linear model diverged or the network did not move
     * @param divergedAt       the iteration at which the linear model diverged, or null
     * @param loss             the linear model's mean probe loss
     * @param accuracy         its decision-step probe accuracy
     * @param networkLoss      the network's mean probe loss
     * @param networkAccuracy  its decision-step probe accuracy
     */
    public record Linearized(double gap, Integer divergedAt, double loss, double accuracy, double networkLoss,
                             double networkAccuracy) {
    }

    /**
     * A run's stopping target ({@link StopAt#description}) and its outcome.
     *
     * @param target    the target in words
     * @param reached   whether the run reached it
     * @param reachedAt the iteration at which it did (the run's last), or null
     */
    public record Stop(String target, boolean reached, Integer reachedAt) {
    }

    /** Mean loss and decision-step accuracy over a window of iterations ending at {@code iteration}. */
    public record CurvePoint(int iteration, double loss, double accuracy) {
    }

    /** Measures at one iteration. */
    public record Checkpoint(int iteration, Measures measures) {
    }

    public RunResult {
        curve = List.copyOf(curve);
        checkpoints = List.copyOf(checkpoints);
        precision = precision == null ? "float64" : precision;
    }

    /** A run without its unit activity (recorded before it was). */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures, String precision, ChangeStructure change, LyapunovExponents lyapunov,
                     String constraints, Stop stop, Linearized linearized, HeldOut heldOut) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                precision, change, lyapunov, constraints, stop, linearized, heldOut, null);
    }

    /** A run without a held-out score. */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures, String precision, ChangeStructure change, LyapunovExponents lyapunov,
                     String constraints, Stop stop, Linearized linearized) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                precision, change, lyapunov, constraints, stop, linearized, null);
    }

    /** A run without a linearised model. */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures, String precision, ChangeStructure change, LyapunovExponents lyapunov,
                     String constraints, Stop stop) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                precision, change, lyapunov, constraints, stop, null);
    }

    /** An unconstrained run without a stopping target. */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures, String precision, ChangeStructure change, LyapunovExponents lyapunov) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                precision, change, lyapunov, null, null, null);
    }

    /** A run without its Lyapunov exponents (written before they were recorded). */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures, String precision, ChangeStructure change) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                precision, change, null);
    }

    /** A run without the structure of its weight change (written before it was recorded). */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures, String precision) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                precision, null);
    }

    /** A float64 run. */
    public RunResult(String init, String task, long seed, String status, Integer divergedAt, int iterations,
                     double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                     Measures finalMeasures) {
        this(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints, finalMeasures,
                null);
    }

    /** The run folder name {@code <init>__<task>__s<seed>}. */
    public static String folderName(String init, String task, long seed) {
        return init + "__" + task + "__s" + seed;
    }

    public boolean diverged() {
        return "diverged".equals(status);
    }
}
