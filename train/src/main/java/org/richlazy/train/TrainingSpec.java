package org.richlazy.train;

import java.util.List;
import org.richlazy.train.model.Leak;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.transform.SpecProblem;

/**
 * How to train (docs/science.md#model-transform---train, docs/science.md#laziness-measures). A {@code null}
 * component takes its default, so a config file
 * may give only what it changes.
 *
 * @param tasks           task names: {@code 2af}, {@code dms}, {@code cxt}, {@code smnist}
 * @param seeds           one run per seed (seed drives W_in, W_out, batches and probe set)
 * @param iterations      SGD steps (paper 10,000)
 * @param batchSize       trials per step (paper 32; sMNIST 200)
 * @param optimizer       {@code sgd} (momentum, PyTorch convention) or {@code adam}
 * @param learningRate    paper 0.003
 * @param momentum        paper 0.9
 * @param dt              integration step in ms (paper 100)
 * @param tau             time constant in ms (paper 100)
 * @param leak            {@code euler} (a = dt/tau, paper) or {@code exponential} (a = 1 - exp(-dt/tau))
 * @param checkpoints     measures are also computed every this many iterations (0 = only start and end)
 * @param curveEvery      the loss/accuracy curve records the mean over this many iterations
 * @param probeBatches    probe set size in batches (paper 10)
 * @param divergenceLoss  a loss above this absolute bound (or NaN) stops the run as diverged (default 10,000)
 * @param mnistPath       folder holding the standard MNIST IDX files, for {@code smnist}
 * @param precision       arithmetic of training: {@code float32} (default, the fast path) or {@code float64}
 *                        (the reference path, for cross-checks); the tangent kernel of the measures
 *                        is computed in the same precision
 * @param constraints     constraints kept during every run's training ({@link WeightConstraints#NAMES}: {@code dale},
 *                        {@code mask}; default none); a task written {@code 2af+dale} adds its own, so one
 *                        experiment can train with and without them side by side
 * @param stopAt          stop each run when its training performance reaches a target ({@link StopAt}); null:
 *                        train every run for {@code iterations}
 * @param linearized      train each run's first-order Taylor model around its initial weights alongside it, on
 *                        the same batches, and measure the gap between the two ({@link LinearizedModel}; default
 *                        false: it makes a run about 2.5 times as long)
 * @param divergenceGrowth a loss more than this many times the run's reference loss stops the run as diverged: the
 *                        larger of its first iteration's loss and the chance loss {@code ln C} of C outputs (default
 *                        100; docs/science.md, "Model")
 */
public record TrainingSpec(List<String> tasks, List<Long> seeds, Integer iterations, Integer batchSize,
                           OptimizerKind optimizer, Double learningRate, Double momentum, Double dt, Double tau,
                           Leak leak, Integer checkpoints, Integer curveEvery, Integer probeBatches,
                           Double divergenceLoss, String mnistPath, Precision precision, List<String> constraints,
                           StopAt stopAt, Boolean linearized, Double divergenceGrowth) {
    /**
     * Upper bounds against typing slips (docs/config.md#upper-bounds): a learning rate above 10 makes every
     * optimiser step overshoot by orders of magnitude (the paper uses 0.003), and more than 10^9 iterations would
     * run for years.
     */
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MAX_ITERATIONS = 1e9;

    public TrainingSpec {
        tasks = tasks == null ? List.of("2af") : List.copyOf(tasks);
        seeds = seeds == null ? List.of(1L, 2L, 3L) : List.copyOf(seeds);
        iterations = iterations == null ? 10_000 : iterations;
        batchSize = batchSize == null ? 32 : batchSize;
        optimizer = optimizer == null ? OptimizerKind.SGD : optimizer;
        learningRate = learningRate == null ? 0.003 : learningRate;
        momentum = momentum == null ? 0.9 : momentum;
        dt = dt == null ? 100.0 : dt;
        tau = tau == null ? 100.0 : tau;
        leak = leak == null ? Leak.EULER : leak;
        checkpoints = checkpoints == null ? 0 : checkpoints;
        curveEvery = curveEvery == null ? 10 : curveEvery;
        probeBatches = probeBatches == null ? 10 : probeBatches;
        divergenceLoss = divergenceLoss == null ? 1e4 : divergenceLoss;
        precision = precision == null ? Precision.FLOAT32 : precision;
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        linearized = linearized != null && linearized;
        divergenceGrowth = divergenceGrowth == null ? 100.0 : divergenceGrowth;
    }

    /**
     * What is wrong with the values of this section alone (empty when nothing is): the ranges of the numbers that
     * shape one run. The lists of runs ({@code tasks}, {@code seeds}) are checked where the sweep is planned, and
     * {@link StopAt} checks its own values when it is made.
     */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks()
                .atLeast("iterations", iterations, 1)
                .atMost("iterations", iterations, MAX_ITERATIONS)
                .atLeast("batch-size", batchSize, 1)
                .positive("learning-rate", learningRate)
                .atMost("learning-rate", learningRate, MAX_LEARNING_RATE)
                .require(momentum >= 0 && momentum < 1, "momentum", "= " + momentum, "a number in [0, 1)")
                .positive("dt", dt)
                .positive("tau", tau)
                .atLeast("checkpoints", checkpoints, 0)
                .atLeast("curve-every", curveEvery, 1)
                .atLeast("probe-batches", probeBatches, 1)
                .positive("divergence-loss", divergenceLoss)
                .require(divergenceGrowth > 1, "divergence-growth", "= " + divergenceGrowth,
                        "a number above 1 (a factor over the run's first loss)")
                .list();
    }

    /** The same spec reading MNIST from {@code path}. */
    public TrainingSpec withMnistPath(String path) {
        return toBuilder().mnistPath(path).build();
    }

    /** Every default. */
    public static TrainingSpec defaults() {
        return new TrainingSpec(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** A builder starting from every default ({@link #defaults()}). */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder holding every component of this spec, to build a copy with some changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The components of a {@link TrainingSpec} being built; each setter sets the component of the same name, and
     * one set to {@code null} takes its default.
     */
    public static final class Builder {
        private List<String> tasks;
        private List<Long> seeds;
        private Integer iterations;
        private Integer batchSize;
        private OptimizerKind optimizer;
        private Double learningRate;
        private Double momentum;
        private Double dt;
        private Double tau;
        private Leak leak;
        private Integer checkpoints;
        private Integer curveEvery;
        private Integer probeBatches;
        private Double divergenceLoss;
        private String mnistPath;
        private Precision precision;
        private List<String> constraints;
        private StopAt stopAt;
        private Boolean linearized;
        private Double divergenceGrowth;

        private Builder(TrainingSpec from) {
            tasks = from.tasks;
            seeds = from.seeds;
            iterations = from.iterations;
            batchSize = from.batchSize;
            optimizer = from.optimizer;
            learningRate = from.learningRate;
            momentum = from.momentum;
            dt = from.dt;
            tau = from.tau;
            leak = from.leak;
            checkpoints = from.checkpoints;
            curveEvery = from.curveEvery;
            probeBatches = from.probeBatches;
            divergenceLoss = from.divergenceLoss;
            mnistPath = from.mnistPath;
            precision = from.precision;
            constraints = from.constraints;
            stopAt = from.stopAt;
            linearized = from.linearized;
            divergenceGrowth = from.divergenceGrowth;
        }

        public Builder tasks(List<String> tasks) {
            this.tasks = tasks;
            return this;
        }

        public Builder seeds(List<Long> seeds) {
            this.seeds = seeds;
            return this;
        }

        public Builder iterations(Integer iterations) {
            this.iterations = iterations;
            return this;
        }

        public Builder batchSize(Integer batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder optimizer(OptimizerKind optimizer) {
            this.optimizer = optimizer;
            return this;
        }

        public Builder learningRate(Double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        public Builder momentum(Double momentum) {
            this.momentum = momentum;
            return this;
        }

        public Builder dt(Double dt) {
            this.dt = dt;
            return this;
        }

        public Builder tau(Double tau) {
            this.tau = tau;
            return this;
        }

        public Builder leak(Leak leak) {
            this.leak = leak;
            return this;
        }

        public Builder checkpoints(Integer checkpoints) {
            this.checkpoints = checkpoints;
            return this;
        }

        public Builder curveEvery(Integer curveEvery) {
            this.curveEvery = curveEvery;
            return this;
        }

        public Builder probeBatches(Integer probeBatches) {
            this.probeBatches = probeBatches;
            return this;
        }

        public Builder divergenceLoss(Double divergenceLoss) {
            this.divergenceLoss = divergenceLoss;
            return this;
        }

        public Builder mnistPath(String mnistPath) {
            this.mnistPath = mnistPath;
            return this;
        }

        public Builder precision(Precision precision) {
            this.precision = precision;
            return this;
        }

        public Builder constraints(List<String> constraints) {
            this.constraints = constraints;
            return this;
        }

        public Builder stopAt(StopAt stopAt) {
            this.stopAt = stopAt;
            return this;
        }

        public Builder linearized(Boolean linearized) {
            this.linearized = linearized;
            return this;
        }

        public Builder divergenceGrowth(Double divergenceGrowth) {
            this.divergenceGrowth = divergenceGrowth;
            return this;
        }

        /** The spec holding these components, a {@code null} one replaced by its default. */
        public TrainingSpec build() {
            return new TrainingSpec(tasks, seeds, iterations, batchSize, optimizer, learningRate, momentum, dt, tau,
                    leak, checkpoints, curveEvery, probeBatches, divergenceLoss, mnistPath, precision, constraints,
                    stopAt, linearized, divergenceGrowth);
        }
    }
}
