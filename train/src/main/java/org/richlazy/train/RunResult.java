package org.richlazy.train;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * One training run: an init, a task and a seed.
 *
 * @param init          init name
 * @param task          task name
 * @param seed          run seed (W_in, W_out, batches, probe set)
 * @param status        how the run ended ({@link Status})
 * @param divergedAt    iteration at which the run diverged, or {@code null}
 * @param iterations    iterations completed
 * @param wallSeconds   wall-clock time of the run
 * @param curve         loss and decision-step accuracy over training
 * @param checkpoints   measures at iteration 0, every configured checkpoint, and the end
 * @param finalMeasures measures at the end (the last checkpoint)
 * @param precision     arithmetic of training, written by its {@link Precision#word() word} ({@code float32} or
 *                      {@code float64}; runs recorded before the option existed trained in float64, and
 *                      {@link RunStore} reads them back so)
 * @param weights       how the recurrent weights were held, {@code dense} or {@code sparse} ({@link WeightLayout},
 *                      resolved; null is read as dense, what runs recorded before the option existed were)
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
 * @param plasticity    the metabolic cost of the change of W_h ({@link PlasticityCost}); null for runs recorded before
 *                      it was
 * @param flatness      flatness, compression and generalisation at the end ({@link Flatness}); null for runs recorded
 *                      before they were
 * @param sequence      what a sequence of tasks did ({@link SequenceRecord}); null for a single task
 */
public record RunResult(String init, String task, long seed, Status status, Integer divergedAt, int iterations,
                        double wallSeconds, List<CurvePoint> curve, List<Checkpoint> checkpoints,
                        Measures finalMeasures, Precision precision, WeightLayout weights, ChangeStructure change,
                        LyapunovExponents lyapunov, String constraints, Stop stop, Linearized linearized,
                        HeldOut heldOut, UnitActivity activity, PlasticityCost plasticity,
                        Flatness flatness, SequenceRecord sequence) {

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

    /** How a run ended; its word ({@link #word}) is what result.json, results.csv and weights.h5 hold. */
    public enum Status {
        /** The run trained to its last iteration (or its stopping target) with a finite, bounded loss. */
        OK("ok"),
        /**
         * The run stopped early: its loss became non-finite or exceeded the divergence bound, or its weights became
         * non-finite ({@link RunResult#divergedAt} is the iteration).
         */
        DIVERGED("diverged");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** The status as written in result.json, results.csv and weights.h5: {@code ok} or {@code diverged}. */
        @JsonValue
        public String word() {
            return word;
        }
    }

    public RunResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(precision, "precision");
        weights = weights == null ? WeightLayout.DENSE : weights;
        if (weights == WeightLayout.AUTO) {
            throw new IllegalArgumentException("a run records the weight layout it used, dense or sparse, not auto");
        }
        curve = List.copyOf(curve);
        checkpoints = List.copyOf(checkpoints);
    }

    /**
     * A builder of a run of this init, task and seed: status {@code ok}, no iterations, no curve or checkpoints, every
     * other component null until set.
     */
    public static Builder builder(String init, String task, long seed) {
        return new Builder(init, task, seed);
    }

    /** A builder holding every component of this run, to build a copy with some changed. */
    public Builder toBuilder() {
        return new Builder(init, task, seed).status(status).divergedAt(divergedAt).iterations(iterations)
                .wallSeconds(wallSeconds).curve(curve).checkpoints(checkpoints).finalMeasures(finalMeasures)
                .precision(precision).weights(weights).change(change).lyapunov(lyapunov).constraints(constraints)
                .stop(stop).linearized(linearized).heldOut(heldOut).activity(activity)
                .plasticity(plasticity).flatness(flatness).sequence(sequence);
    }

    /** The components of a {@link RunResult} being built; each setter sets the component of the same name. */
    public static final class Builder {
        private String init;
        private String task;
        private final long seed;
        private Status status = Status.OK;
        private Integer divergedAt;
        private int iterations;
        private double wallSeconds;
        private List<CurvePoint> curve = List.of();
        private List<Checkpoint> checkpoints = List.of();
        private Measures finalMeasures;
        private Precision precision;
        private WeightLayout weights;
        private ChangeStructure change;
        private LyapunovExponents lyapunov;
        private String constraints;
        private Stop stop;
        private Linearized linearized;
        private HeldOut heldOut;
        private UnitActivity activity;
        private PlasticityCost plasticity;
        private Flatness flatness;
        private SequenceRecord sequence;

        private Builder(String init, String task, long seed) {
            this.init = init;
            this.task = task;
            this.seed = seed;
        }

        public Builder init(String init) {
            this.init = init;
            return this;
        }

        public Builder task(String task) {
            this.task = task;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public Builder divergedAt(Integer divergedAt) {
            this.divergedAt = divergedAt;
            return this;
        }

        public Builder iterations(int iterations) {
            this.iterations = iterations;
            return this;
        }

        public Builder wallSeconds(double wallSeconds) {
            this.wallSeconds = wallSeconds;
            return this;
        }

        public Builder curve(List<CurvePoint> curve) {
            this.curve = curve;
            return this;
        }

        public Builder checkpoints(List<Checkpoint> checkpoints) {
            this.checkpoints = checkpoints;
            return this;
        }

        public Builder finalMeasures(Measures finalMeasures) {
            this.finalMeasures = finalMeasures;
            return this;
        }

        public Builder precision(Precision precision) {
            this.precision = precision;
            return this;
        }

        public Builder weights(WeightLayout weights) {
            this.weights = weights;
            return this;
        }

        public Builder change(ChangeStructure change) {
            this.change = change;
            return this;
        }

        public Builder lyapunov(LyapunovExponents lyapunov) {
            this.lyapunov = lyapunov;
            return this;
        }

        public Builder constraints(String constraints) {
            this.constraints = constraints;
            return this;
        }

        public Builder stop(Stop stop) {
            this.stop = stop;
            return this;
        }

        public Builder linearized(Linearized linearized) {
            this.linearized = linearized;
            return this;
        }

        public Builder heldOut(HeldOut heldOut) {
            this.heldOut = heldOut;
            return this;
        }

        public Builder activity(UnitActivity activity) {
            this.activity = activity;
            return this;
        }

        public Builder plasticity(PlasticityCost plasticity) {
            this.plasticity = plasticity;
            return this;
        }

        public Builder flatness(Flatness flatness) {
            this.flatness = flatness;
            return this;
        }

        public Builder sequence(SequenceRecord sequence) {
            this.sequence = sequence;
            return this;
        }

        /** The run; throws NullPointerException without a precision. */
        public RunResult build() {
            return new RunResult(init, task, seed, status, divergedAt, iterations, wallSeconds, curve, checkpoints,
                    finalMeasures, precision, weights, change, lyapunov, constraints, stop, linearized, heldOut, activity,
                    plasticity, flatness, sequence);
        }
    }

    /**
     * The mean loss of the last curve window (the {@code final_loss} of results.csv); NaN for a run without one (it
     * diverged at its first iteration).
     */
    public double finalLoss() {
        return curve.isEmpty() ? Double.NaN : curve.get(curve.size() - 1).loss();
    }

    /**
     * The decision-step accuracy of the last curve window (the {@code final_accuracy} of results.csv); NaN for a run
     * without one.
     */
    public double finalAccuracy() {
        return curve.isEmpty() ? Double.NaN : curve.get(curve.size() - 1).accuracy();
    }

    /** Whether the run diverged ({@link Status#DIVERGED}). */
    public boolean diverged() {
        return status == Status.DIVERGED;
    }
}
