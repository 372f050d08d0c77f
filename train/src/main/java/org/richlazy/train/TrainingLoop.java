package org.richlazy.train;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.richlazy.train.measure.LyapunovExponent;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.sparse.SparseCtrnnWeights;
import org.richlazy.train.sparse.SparseTrainingPath;
import org.richlazy.train.task.ConstrainedTask;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * One training run (docs/science.md#model-transform---train, docs/science.md#laziness-measures). Every draw comes
 * from the run seed, split into four independent
 * streams taken in this order: W_in and W_out, the probe set ({@code probe-batches} batches drawn
 * before training), the training batches, and the end-of-run draws of {@link FlatnessMeter} (fresh trials, the
 * Lanczos start, the trace probes). Iteration k (1-based) samples a batch, evaluates the loss
 * with the weights after k-1 updates, and updates them. The run is diverged at iteration k when that
 * loss is NaN or infinite, or above the spec's {@link Divergence#bound} (the smaller of {@code divergence-loss}
 * and {@code divergence-growth} times the larger of iteration 1's loss and the chance loss ln C), or when the
 * update leaves a weight non-finite;
 * it then stops with the weights it has, and {@code iterations} counts the updates that were made.
 * Training runs in the spec's precision ({@link TrainingPath}); the measures compare against the weights
 * training starts from, i.e. rounded to float32 for a float32 run, so a run without updates has weight
 * change exactly 0. The recorded W_h(0) is the init's matrix as given.
 */
final class TrainingLoop {
    /** Iterations between two progress reports. */
    static final int PROGRESS_EVERY = 100;

    private final TrainingSpec spec;
    private final Task task;
    private final Ctrnn net;

    private final int threads;

    /**
     * @param threads the threads each product of the float32 path is split across (the same numbers with any
     *                number; 1 in a sweep with a run per core)
     */
    TrainingLoop(Task task, TrainingSpec spec, int threads) {
        TrainException.throwIfAny("training spec", spec.problems());
        this.spec = spec;
        this.task = task;
        this.threads = threads;
        this.net = new Ctrnn(spec.dynamics().alpha(), new AxpyProduct());
    }

    /**
     * @param progress told the number of iterations done since its last call, every {@link #PROGRESS_EVERY}
     *                 iterations and at the end (the remaining planned iterations are reported when the run
     *                 stops early, so the reports of a run always add up to {@code iterations})
     */
    TrainedRun run(InitialWeights init, long seed, java.util.function.IntConsumer progress) {
        long start = System.nanoTime();
        RandomGenerator.SplittableGenerator root = SeededRandom.create(seed);
        RandomGenerator initRng = root.split();
        RandomGenerator probeRng = root.split();
        RandomGenerator batchRng = root.split();
        RandomGenerator endRng = root.split();
        WeightLayout layout = spec.weightLayout(init.size());
        List<String> constraintNames = constraintNames(layout);
        Precision precision = spec.arithmetic().precision();
        List<TrialBatch> probe = new ArrayList<>();
        for (int i = 0; i < spec.measurement().probeBatches(); i++) {
            probe.add(task.sample(spec.optimisation().batchSize(), probeRng));
        }
        TrainingPath path;
        WeightConstraints constraints;
        LinearizedModel linear = null;
        double[] maskedBy = null;
        RecurrentMatrix initialRecurrent = init.weights();
        if (layout == WeightLayout.SPARSE) {
            SparseMatrix synapses = init.weights().sparse();
            SparseCtrnnWeights w = SparseCtrnnWeights.initialise(synapses, task.inputSize(), task.outputSize(),
                    initRng);
            constraints = WeightConstraints.onSynapses(constraintNames, init.size(), synapses.columns(),
                    w.wH().clone());
            path = new SparseTrainingPath(net.alpha(), w, spec.optimisation().create(), constraints, threads);
        } else {
            if (init.weights().isSparse()) {
                throw new TrainException("init " + init.name(), "holds sparse weights (N = " + init.size()
                        + ") and training.weights is dense here; expected training.weights sparse or auto");
            }
            CtrnnWeights w = CtrnnWeights.initialise(init.matrix(), task.inputSize(), task.outputSize(), initRng);
            initialRecurrent = new DenseMatrix(w.recurrentMatrix());
            constraints = WeightConstraints.of(constraintNames, w.wH(), w.neurons());
            maskedBy = constraintNames.contains("mask") ? w.wH().clone() : null;
            WeightConstraints kept = constraintNames.isEmpty() ? null : constraints;
            linear = spec.measurement().linearized() ? new LinearizedModel(precision, net.alpha(), w,
                    spec.optimisation().create(), kept, task, spec.divergence().divergenceLoss()) : null;
            path = TrainingPath.of(precision, net.alpha(), w, spec.optimisation().create(), kept, threads);
        }
        return train(init.name(), seed, new Start(path, constraints, linear, initialRecurrent, maskedBy, layout, probe),
                spec.schedule().iterations(), batchRng, endRng, progress, iteration -> { }, start);
    }

    /**
     * What a stretch of training starts from: the path with its weights, the constraints it keeps, the linear model
     * trained alongside (or null), W_h(0) as the init gave it, W_h(0) flat when the mask constraint is kept (or
     * null), the layout and the probe batches.
     */
    record Start(TrainingPath path, WeightConstraints constraints, LinearizedModel linear,
                 RecurrentMatrix initialRecurrent, double[] maskedBy, WeightLayout layout, List<TrialBatch> probe) {
    }

    /**
     * Trains this loop's task from {@code from} for at most {@code iterations} iterations (fewer when the run
     * diverges or reaches its stopping target): the whole of a single-task run, or one phase of a sequence
     * ({@link SequenceLoop}).
     *
     * @param atCheckpoint told the iteration after the measures of every checkpoint (0 included) and of the end, the
     *                     path's weights then being those measured
     * @param started      {@link System#nanoTime} when the run started, for its wall time
     */
    TrainedRun train(String initName, long seed, Start from, int iterations, RandomGenerator batchRng, RandomGenerator endRng,
                     java.util.function.IntConsumer progress, java.util.function.IntConsumer atCheckpoint,
                     long started) {
        Schedule schedule = spec.schedule();
        StopAt stopAt = schedule.stopAt();
        Precision precision = spec.arithmetic().precision();
        TrainingPath path = from.path();
        LinearizedModel linear = from.linear();
        List<TrialBatch> probe = from.probe();
        RunMeter meter = path.meter(net, task, probe, precision, from.initialRecurrent());
        RecurrentMatrix trainingStart = path.recurrent();
        double[][][] ioStart = path.inputAndReadout();
        double pathLength = 0;
        List<RunResult.Checkpoint> checkpoints = new ArrayList<>();
        CurveWindow curve = new CurveWindow(schedule.curveEvery());
        Measures initial = meter.measureInitial();
        checkpoints.add(new RunResult.Checkpoint(0, linear == null ? initial : initial.withLinearizedGap(0)));
        atCheckpoint.accept(0);
        LyapunovExponent.Dynamics initialDynamics = meter.lyapunov();
        int reported = 0;

        Integer divergedAt = null;
        Integer reachedAt = null;
        int completed = 0;
        double bound = spec.divergence().divergenceLoss();
        java.util.ArrayDeque<TrialBatch> recent = new java.util.ArrayDeque<>();
        for (int iteration = 1; iteration <= iterations; iteration++) {
            TrialBatch batch = task.sample(spec.optimisation().batchSize(), batchRng);
            CrossEntropy.Evaluation eval = path.evaluate(batch, task.outputSize(), task.lossOnAllSteps());
            if (iteration == 1) {
                bound = spec.divergence().bound(eval.loss(), task.outputSize());
            }
            if (!Double.isFinite(eval.loss()) || eval.loss() > bound) {
                divergedAt = iteration;
                break;
            }
            pathLength += path.update();
            if (recent.size() == probe.size()) {
                recent.removeFirst();
            }
            recent.addLast(batch);
            if (linear != null) {
                linear.train(iteration, batch);
            }
            curve.add(iteration, eval);
            if (!path.isFinite()) {
                divergedAt = iteration;
                break;
            }
            completed = iteration;
            if (schedule.checkpointAt(iteration, iterations)) {
                Measures m = meter.measure();
                checkpoints.add(new RunResult.Checkpoint(iteration,
                        linear == null ? m : m.withLinearizedGap(linear.gap(probe, path))));
                atCheckpoint.accept(iteration);
            }
            if (iteration % PROGRESS_EVERY == 0) {
                progress.accept(iteration - reported);
                reported = iteration;
            }
            if (stopAt != null && iteration % schedule.curveEvery() == 0 && stopAt.reached(curve.points())) {
                reachedAt = iteration;
                break;
            }
        }
        curve.closeOpenWindow();
        RunResult.Checkpoint latest = checkpoints.get(checkpoints.size() - 1);
        RunResult.Linearized linearized = linear == null ? null : linear.compare(probe, path);
        Measures last = latest.iteration() == completed ? latest.measures() : meter.measure();
        if (latest.iteration() != completed && linearized != null) {
            last = last.withLinearizedGap(linearized.gap());
        }
        if (latest.iteration() != completed) {
            checkpoints.add(new RunResult.Checkpoint(completed, last));
        }
        if (latest.iteration() != completed) {
            atCheckpoint.accept(completed);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        RecurrentMatrix finalRecurrent = path.recurrent();
        RunResult.HeldOut heldOut = HeldOutScore.of(path, task, spec.optimisation().batchSize());
        Flatness flatness = new FlatnessMeter(net, task, spec.measurement(), spec.optimisation().batchSize())
                .measure(path, from.layout() == WeightLayout.SPARSE, from.maskedBy(), probe,
                        meter.representationDimension(),
                        List.copyOf(recent), heldOut, endRng);
        RunResult result = RunResult.builder(initName, task.name(), seed)
                .status(divergedAt == null ? RunResult.Status.OK : RunResult.Status.DIVERGED).divergedAt(divergedAt)
                .iterations(completed).wallSeconds(wall).curve(curve.points()).checkpoints(checkpoints)
                .finalMeasures(last).precision(precision).weights(from.layout())
                .change(meter.change())
                .lyapunov(new LyapunovExponents(initialDynamics, meter.lyapunov()))
                .constraints(from.constraints().description())
                .stop(stopAt == null ? null : new RunResult.Stop(stopAt.description(), reachedAt != null, reachedAt))
                .linearized(linearized).heldOut(heldOut)
                .activity(meter.activity())
                .plasticity(PlasticityCost.of(trainingStart, finalRecurrent, pathLength)).flatness(flatness).build();
        if (iterations > reported) {
            progress.accept(iterations - reported);
        }
        double[][][] ioEnd = path.inputAndReadout();
        TrialBatch saved = probe.get(0);
        SavedNetwork network = new SavedNetwork(ioStart[0], ioEnd[0], ioStart[1], ioEnd[1], spec.dynamics(),
                task.lossOnAllSteps(), saved, path.evaluate(saved, task.outputSize(), task.lossOnAllSteps()).loss());
        return new TrainedRun(result, from.initialRecurrent(), finalRecurrent, network);
    }

    /**
     * The constraints of the run: the spec's, then the task's own ({@link ConstrainedTask}), then {@code mask} for
     * sparse weights (which train the init's synapses only: that is the mask constraint), each once.
     */
    List<String> constraintNames(WeightLayout layout) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(spec.constraints());
        if (task instanceof ConstrainedTask constrained) {
            names.addAll(constrained.constraints());
        }
        if (layout == WeightLayout.SPARSE) {
            names.add("mask");
        }
        return List.copyOf(names);
    }

    /** The loss/accuracy curve: the mean over each window of {@code every} iterations. */
    private static final class CurveWindow {
        private final int every;
        private final List<RunResult.CurvePoint> points = new ArrayList<>();
        private double loss;
        private double accuracy;
        private int size;
        private int last;

        CurveWindow(int every) {
            this.every = every;
        }

        void add(int iteration, CrossEntropy.Evaluation eval) {
            loss += eval.loss();
            accuracy += eval.accuracy();
            size++;
            last = iteration;
            if (iteration % every == 0) {
                closeOpenWindow();
            }
        }

        /** Records the open window, if any, as ending at the last iteration added. */
        void closeOpenWindow() {
            if (size > 0) {
                points.add(new RunResult.CurvePoint(last, loss / size, accuracy / size));
            }
            loss = 0;
            accuracy = 0;
            size = 0;
        }

        List<RunResult.CurvePoint> points() {
            return points;
        }
    }
}
