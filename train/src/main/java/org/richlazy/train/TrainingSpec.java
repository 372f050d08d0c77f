package org.richlazy.train;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.richlazy.train.model.Leak;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.task.TaskLabel;
import org.richlazy.transform.SpecProblem;

/**
 * How to train: the config section {@code training} (docs/config.md#training; docs/science.md#model-transform---train,
 * docs/science.md#laziness-measures). The section is one flat list of keys ({@code tau: 100}, {@code learning-rate:
 * 0.003}); the record holds the lists of runs and what every run is given, and groups the rest of the keys by what
 * they decide, each group a record with its own defaults and checks. A config is read through the flat
 * {@link Builder} and written with each group's keys in place ({@code @JsonUnwrapped}), so the file stays flat. A
 * {@code null} component takes its default, so a config file may give only what it changes.
 *
 * @param tasks        task names, each optionally with {@code +constraint} words ({@link TaskLabel}): {@code 2af}
 *                     (default), {@code dms}, {@code cxt}, {@code smnist}, {@code 2af+dale}
 * @param seeds        one run per seed (default 1, 2, 3); a seed drives W_in, W_out, the batches and the probe set
 * @param constraints  constraints kept during every run's training ({@link WeightConstraints#NAMES}: {@code dale},
 *                     {@code mask}; default none); a task written {@code 2af+dale} adds its own, so one experiment
 *                     can train with and without them side by side
 * @param mnistPath    folder holding the standard MNIST IDX files, for {@code smnist}
 * @param schedule     iterations, checkpoints, the curve window and the stop target
 * @param optimisation optimiser, learning rate, momentum and batch size
 * @param dynamics     dt, tau and the leak of the integration
 * @param arithmetic   the precision the run is computed in and how its recurrent weights are held
 * @param measurement  the probe set and the linearised model
 * @param divergence   the losses at which a run stops as diverged
 */
@JsonDeserialize(builder = TrainingSpec.Builder.class)
public record TrainingSpec(List<String> tasks, List<Long> seeds, List<String> constraints, String mnistPath,
                           @JsonUnwrapped Schedule schedule, @JsonUnwrapped Optimisation optimisation,
                           @JsonUnwrapped Dynamics dynamics, @JsonUnwrapped Arithmetic arithmetic,
                           @JsonUnwrapped Measurement measurement, @JsonUnwrapped Divergence divergence,
                           @JsonUnwrapped Sequencing sequencing) {
    /** The task whose digits are read from {@code mnist-path}. */
    private static final String SMNIST = "smnist";

    public TrainingSpec {
        tasks = tasks == null ? List.of("2af") : List.copyOf(tasks);
        seeds = seeds == null ? List.of(1L, 2L, 3L) : List.copyOf(seeds);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        schedule = schedule == null ? Schedule.defaults() : schedule;
        optimisation = optimisation == null ? Optimisation.defaults() : optimisation;
        dynamics = dynamics == null ? Dynamics.defaults() : dynamics;
        arithmetic = arithmetic == null ? Arithmetic.defaults() : arithmetic;
        measurement = measurement == null ? Measurement.defaults() : measurement;
        divergence = divergence == null ? Divergence.defaults() : divergence;
        sequencing = sequencing == null ? Sequencing.defaults() : sequencing;
    }

    /**
     * The iterations a run of {@code label} plans: {@code iterations}, or for the sequence the sum of its phases' (its
     * reports of progress add up to this; the runs of its later tasks alone, for the forward transfer, report none).
     */
    public long plannedIterations(String label) {
        if (!label.equals(sequencing.label())) {
            return schedule.iterations();
        }
        List<Integer> phases = sequencing.sequenceIterations();
        return phases == null ? (long) schedule.iterations() * sequencing.sequence().size()
                : phases.stream().mapToLong(Integer::longValue).sum();
    }

    /** The labels of every run of an init and seed: {@code tasks}, then the sequence's name when there is one. */
    public List<String> runLabels() {
        List<String> labels = new ArrayList<>(tasks);
        if (sequencing.label() != null) {
            labels.add(sequencing.label());
        }
        return List.copyOf(labels);
    }

    /**
     * What is wrong with the values of this section alone (empty when nothing is): the lists of runs
     * ({@link #runProblems}) and the settings every run shares ({@link #settingProblems()}).
     */
    public List<SpecProblem> problems() {
        return Stream.concat(runProblems(tasks, seeds, label -> TaskLabel.parse(label).problems("")).stream(),
                settingProblems().stream()).toList();
    }

    /**
     * What is wrong with the lists of runs, element by element (empty when nothing is): each list non-empty; each
     * task given once and without the problems {@code labelProblems} finds in it (the config check passes the task
     * catalog's, which knows the task names; {@link #problems()} checks the constraints of the label only); each seed
     * given once. An element that is not a task or
     * seed at all is {@code null} here and skipped, so that a config reader can check the rest of a list at their
     * indices; a {@code null} list is unset and takes its default.
     */
    public static List<SpecProblem> runProblems(List<String> tasks, List<Long> seeds,
                                                java.util.function.Function<String, List<String>> labelProblems) {
        List<SpecProblem> found = new ArrayList<>();
        if (tasks != null) {
            found.addAll(new SpecProblem.Checks().require(!tasks.isEmpty(), "tasks", "is an empty list",
                    "at least one task").list());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < tasks.size(); i++) {
                String label = tasks.get(i);
                String key = "tasks[" + i + "]";
                if (label != null) {
                    labelProblems.apply(label).forEach(p -> found.add(SpecProblem.stated(key, p)));
                    found.addAll(new SpecProblem.Checks().require(seen.add(label), key, "repeats task " + label,
                            "distinct tasks").list());
                }
            }
        }
        if (seeds != null) {
            found.addAll(new SpecProblem.Checks().require(!seeds.isEmpty(), "seeds", "is an empty list",
                    "at least one seed, e.g. [1, 2, 3]").list());
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < seeds.size(); i++) {
                Long seed = seeds.get(i);
                found.addAll(new SpecProblem.Checks().require(seed == null || seen.add(seed), "seeds[" + i + "]",
                        "repeats seed " + seed, "distinct seeds (one run each)").list());
            }
        }
        return found;
    }

    /**
     * What is wrong with the settings every run shares (empty when nothing is): each constraint known, an MNIST path
     * for {@code smnist}, the linearised model with dense weights only, and each group's own ranges.
     */
    public List<SpecProblem> settingProblems() {
        SpecProblem.Checks checks = new SpecProblem.Checks();
        for (int i = 0; i < constraints.size(); i++) {
            String name = constraints.get(i);
            checks.require(WeightConstraints.NAMES.contains(name), "constraints[" + i + "]",
                    "names unknown constraint '" + name + "'", "one of " + String.join(", ", WeightConstraints.NAMES));
        }
        checks.require(mnistPath != null || tasks.stream().noneMatch(t -> TaskLabel.parse(t).task().equals(SMNIST)),
                "tasks", "holds smnist without mnist-path", "mnist-path: the folder of the MNIST IDX files or of the "
                        + "JSON digits that './richlazy data mnist' installs");
        checks.require(!(measurement.linearized() && arithmetic.weights() == WeightLayout.SPARSE), "linearized",
                "= true with weights sparse", "weights dense or auto: the linearised model trains dense weights");
        boolean sequenced = !sequencing.sequence().isEmpty();
        checks.require(mnistPath != null || sequencing.sequence().stream().noneMatch(
                        e -> org.richlazy.train.sequence.TaskVariant.parse(e).task().equals(SMNIST)), "sequence",
                "holds smnist without mnist-path", "mnist-path: the folder of the MNIST IDX files or of the JSON digits "
                        + "that './richlazy data mnist' installs");
        checks.require(sequencing.sequenceIterations() == null || sequenced, "sequence-iterations",
                "is given without a sequence", "training.sequence with as many entries");
        return Stream.of(checks.list(), schedule.problems(), optimisation.problems(), dynamics.problems(),
                arithmetic.problems(), measurement.problems(), divergence.problems(),
                sequencing.problems(task -> List.of())).flatMap(List::stream).toList();
    }

    /**
     * How a run of {@code neurons} neurons holds its recurrent weights: {@code training.weights} resolved
     * ({@link WeightLayout#resolve}); {@code auto} stays dense when the linearised model is trained.
     */
    public WeightLayout weightLayout(int neurons) {
        WeightLayout asked = arithmetic.weights();
        return asked == WeightLayout.AUTO && measurement.linearized() ? WeightLayout.DENSE
                : asked.resolve(neurons, arithmetic.precision());
    }

    /** The same spec reading MNIST from {@code path}. */
    public TrainingSpec withMnistPath(String path) {
        return toBuilder().mnistPath(path).build();
    }

    /** Every default. */
    public static TrainingSpec defaults() {
        return builder().build();
    }

    /** A builder starting from every default ({@link #defaults()}). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this spec, to build a copy with some changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The keys of a {@link TrainingSpec} being built, flat as the config writes them: each setter sets the key of the
     * same name (in kebab-case: {@code learningRate} is {@code learning-rate}), and one set to {@code null} takes its
     * default. A config section is read through it.
     */
    @JsonPOJOBuilder(withPrefix = "")
    public static final class Builder {
        private List<String> tasks;
        private List<Long> seeds;
        private List<String> constraints;
        private String mnistPath;
        private Integer iterations;
        private Integer checkpoints;
        private Integer curveEvery;
        private StopAt stopAt;
        private OptimizerKind optimizer;
        private Double learningRate;
        private Double momentum;
        private Integer batchSize;
        private Double dt;
        private Double tau;
        private Leak leak;
        private Precision precision;
        private WeightLayout weights;
        private Integer probeBatches;
        private Boolean linearized;
        private Integer curvatureBatches;
        private Integer traceProbes;
        private List<String> sequence;
        private List<Integer> sequenceIterations;
        private org.richlazy.train.sequence.Heads sequenceHeads;
        private Double divergenceLoss;
        private Double divergenceGrowth;

        private Builder() {
        }

        private Builder(TrainingSpec from) {
            tasks = from.tasks;
            seeds = from.seeds;
            constraints = from.constraints;
            mnistPath = from.mnistPath;
            iterations = from.schedule.iterations();
            checkpoints = from.schedule.checkpoints();
            curveEvery = from.schedule.curveEvery();
            stopAt = from.schedule.stopAt();
            optimizer = from.optimisation.optimizer();
            learningRate = from.optimisation.learningRate();
            momentum = from.optimisation.momentum();
            batchSize = from.optimisation.batchSize();
            dt = from.dynamics.dt();
            tau = from.dynamics.tau();
            leak = from.dynamics.leak();
            precision = from.arithmetic.precision();
            weights = from.arithmetic.weights();
            probeBatches = from.measurement.probeBatches();
            linearized = from.measurement.linearized();
            curvatureBatches = from.measurement.curvatureBatches();
            traceProbes = from.measurement.traceProbes();
            sequence = from.sequencing.sequence();
            sequenceIterations = from.sequencing.sequenceIterations();
            sequenceHeads = from.sequencing.sequenceHeads();
            divergenceLoss = from.divergence.divergenceLoss();
            divergenceGrowth = from.divergence.divergenceGrowth();
        }

        public Builder tasks(List<String> tasks) {
            this.tasks = tasks;
            return this;
        }

        public Builder seeds(List<Long> seeds) {
            this.seeds = seeds;
            return this;
        }

        public Builder constraints(List<String> constraints) {
            this.constraints = constraints;
            return this;
        }

        public Builder mnistPath(String mnistPath) {
            this.mnistPath = mnistPath;
            return this;
        }

        public Builder iterations(Integer iterations) {
            this.iterations = iterations;
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

        public Builder stopAt(StopAt stopAt) {
            this.stopAt = stopAt;
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

        public Builder batchSize(Integer batchSize) {
            this.batchSize = batchSize;
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

        public Builder precision(Precision precision) {
            this.precision = precision;
            return this;
        }

        public Builder weights(WeightLayout weights) {
            this.weights = weights;
            return this;
        }

        public Builder probeBatches(Integer probeBatches) {
            this.probeBatches = probeBatches;
            return this;
        }

        public Builder sequence(List<String> sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder sequenceIterations(List<Integer> sequenceIterations) {
            this.sequenceIterations = sequenceIterations;
            return this;
        }

        public Builder sequenceHeads(org.richlazy.train.sequence.Heads sequenceHeads) {
            this.sequenceHeads = sequenceHeads;
            return this;
        }

        public Builder curvatureBatches(Integer curvatureBatches) {
            this.curvatureBatches = curvatureBatches;
            return this;
        }

        public Builder traceProbes(Integer traceProbes) {
            this.traceProbes = traceProbes;
            return this;
        }

        public Builder linearized(Boolean linearized) {
            this.linearized = linearized;
            return this;
        }

        public Builder divergenceLoss(Double divergenceLoss) {
            this.divergenceLoss = divergenceLoss;
            return this;
        }

        public Builder divergenceGrowth(Double divergenceGrowth) {
            this.divergenceGrowth = divergenceGrowth;
            return this;
        }

        /** The spec holding these keys, each in its group, a {@code null} one replaced by its default. */
        public TrainingSpec build() {
            return new TrainingSpec(tasks, seeds, constraints, mnistPath,
                    new Schedule(iterations, checkpoints, curveEvery, stopAt),
                    new Optimisation(optimizer, learningRate, momentum, batchSize), new Dynamics(dt, tau, leak),
                    new Arithmetic(precision, weights), new Measurement(probeBatches, linearized, curvatureBatches,
                            traceProbes),
                    new Divergence(divergenceLoss, divergenceGrowth),
                    new Sequencing(sequence, sequenceIterations, sequenceHeads));
        }
    }
}
