package org.richlazy.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.sequence.Heads;
import org.richlazy.train.sequence.PhaseTask;
import org.richlazy.train.sequence.TaskSequence;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * One run of a {@link TaskSequence} (docs/science.md#forgetting): each phase trains its task with {@link TrainingLoop}
 * from the weights the phase before left (W_in and W_h carried, the phase's own head, a fresh optimiser), the
 * constraints of W_h(0) kept throughout. Every draw comes from the run seed, split in this order: W_in and the heads (W_in
 * and the first head as a single-task run draws them, then each further head), the evaluation sets (each phase's
 * {@code probe-batches} batches, phase by phase: its probe set and the set it is scored on afterwards), the training
 * batches of each phase, the end-of-run draws; then each later task is trained alone from the init with the same
 * draws for {@link SequenceRecord#forwardTransfer}. Dense weights only.
 */
final class SequenceLoop {
    private final TaskSequence sequence;
    private final TrainingSpec spec;
    private final int threads;
    private final Ctrnn reference;

    SequenceLoop(TaskSequence sequence, TrainingSpec spec, int threads) {
        TrainException.throwIfAny("training spec", spec.problems());
        this.sequence = sequence;
        this.spec = spec;
        this.threads = threads;
        this.reference = new Ctrnn(spec.dynamics().alpha(), new AxpyProduct());
    }

    /** The draws of a run, split from its seed in the documented order (the same on every call). */
    private record Streams(RandomGenerator init, RandomGenerator probe, List<RandomGenerator> batches,
                           RandomGenerator end) {
        static Streams of(long seed, int phases) {
            RandomGenerator.SplittableGenerator root = SeededRandom.create(seed);
            RandomGenerator init = root.split();
            RandomGenerator probe = root.split();
            List<RandomGenerator> batches = new ArrayList<>();
            for (int k = 0; k < phases; k++) {
                batches.add(root.split());
            }
            return new Streams(init, probe, batches, root.split());
        }
    }

    /**
     * W_in and the readouts as a run draws them: W_in and the first head as a single-task run draws W_in and W_out,
     * then each further head of a per-task sequence.
     */
    private record Readouts(double[] wIn, List<double[]> heads) {
        static Readouts draw(TaskSequence sequence, int n, RandomGenerator rng) {
            List<PhaseTask> phases = sequence.phases();
            double[][] first = CtrnnWeights.inputAndReadout(n, sequence.inputSize(), phases.get(0).outputSize(), rng);
            List<double[]> heads = new ArrayList<>(List.of(first[1]));
            for (int k = 1; k < phases.size() && sequence.heads() == Heads.PER_TASK; k++) {
                heads.add(CtrnnWeights.inputAndReadout(n, 0, phases.get(k).outputSize(), rng)[1]);
            }
            return new Readouts(first[0], List.copyOf(heads));
        }
    }

    TrainedRun run(InitialWeights init, long seed, IntConsumer progress) {
        long started = System.nanoTime();
        if (init.weights().isSparse() || spec.weightLayout(init.size()) == WeightLayout.SPARSE) {
            throw new TrainException("training.sequence", "trains dense weights only; init " + init.name()
                    + " is held sparse (N = " + init.size() + "); expected training.weights dense");
        }
        List<PhaseTask> phases = sequence.phases();
        Streams streams = Streams.of(seed, phases.size());
        int n = init.size();
        Readouts drawn = Readouts.draw(sequence, n, streams.init());
        double[] wIn = drawn.wIn();
        List<double[]> heads = new ArrayList<>(drawn.heads());
        List<List<TrialBatch>> sets = new ArrayList<>();
        for (PhaseTask phase : phases) {
            List<TrialBatch> set = new ArrayList<>();
            for (int i = 0; i < spec.measurement().probeBatches(); i++) {
                set.add(phase.sample(spec.optimisation().batchSize(), streams.probe()));
            }
            sets.add(set);
        }
        double[] initialWh = flat(init.matrix());
        double[] wH = initialWh.clone();
        List<SequenceRecord.Phase> records = new ArrayList<>();
        List<SequenceRecord.Retention> retention = new ArrayList<>();
        List<TrainedRun> trained = new ArrayList<>();
        double pathLength = 0;
        int offset = 0;
        for (int k = 0; k < phases.size(); k++) {
            PhaseTask phase = phases.get(k);
            double[] head = heads.get(sequence.heads() == Heads.PER_TASK ? k : 0);
            TrainingLoop loop = new TrainingLoop(phase, spec, threads);
            CtrnnWeights w = new CtrnnWeights(n, sequence.inputSize(), phase.outputSize(), wIn.clone(), wH.clone(),
                    head.clone());
            TrainingLoop.Start start = start(loop, phase, w, initialWh, sets.get(k));
            TrainingPath path = start.path();
            int index = k;
            int phaseOffset = offset;
            TrainedRun run = loop.train(init.name(), seed, start, iterations(k), streams.batches().get(k),
                    streams.end(), progress,
                    iteration -> score(path.weights(), heads, index, sets, iteration, phaseOffset, retention),
                    started);
            trained.add(run);
            RunResult r = run.result();
            CtrnnWeights after = path.weights();
            wIn = after.wIn();
            wH = after.wH();
            heads.set(sequence.heads() == Heads.PER_TASK ? k : 0, after.wOut());
            pathLength += r.plasticity().pathLength();
            offset += r.iterations();
            records.add(new SequenceRecord.Phase(phase.name(), r.iterations(), r.status(), speed(r), Double.NaN,
                    r.finalMeasures(), r.plasticity()));
            if (r.diverged()) {
                break;
            }
        }
        List<SequenceRecord.Phase> withAlone = alone(init, seed, drawn, records, sets);
        return assemble(init, seed, trained, withAlone, retention, pathLength, started);
    }

    private int iterations(int phase) {
        List<Integer> planned = spec.sequencing().sequenceIterations();
        return planned == null ? spec.schedule().iterations() : planned.get(phase);
    }

    /**
     * What phase {@code phase} starts from: a path from {@code w} (updated in place in float64) keeping the constraints
     * of W_h(0), and the linear model around {@code w} when {@code training.linearized} asks for one (the phase's gap
     * is to its own start).
     */
    private TrainingLoop.Start start(TrainingLoop loop, PhaseTask phase, CtrnnWeights w, double[] initialWh,
                                     List<TrialBatch> set) {
        WeightConstraints constraints = constraints(loop, initialWh, w.neurons());
        WeightConstraints kept = loop.constraintNames(WeightLayout.DENSE).isEmpty() ? null : constraints;
        Precision precision = spec.arithmetic().precision();
        double alpha = spec.dynamics().alpha();
        LinearizedModel linear = spec.measurement().linearized() ? new LinearizedModel(precision, alpha, w,
                spec.optimisation().create(), kept, phase, spec.divergence().divergenceLoss()) : null;
        RecurrentMatrix phaseStart = new DenseMatrix(w.recurrentMatrix());
        TrainingPath path = TrainingPath.of(precision, alpha, w, spec.optimisation().create(), kept, threads);
        return new TrainingLoop.Start(path, constraints, linear, phaseStart, masked(loop, initialWh),
                WeightLayout.DENSE, set);
    }

    /** The constraints of W_h(0), the init's (not the phase's start): a sequence keeps them in every phase. */
    private WeightConstraints constraints(TrainingLoop loop, double[] initialWh, int n) {
        return WeightConstraints.of(loop.constraintNames(WeightLayout.DENSE), initialWh, n);
    }

    private static double[] masked(TrainingLoop loop, double[] initialWh) {
        return loop.constraintNames(WeightLayout.DENSE).contains("mask") ? initialWh : null;
    }

    /** Scores every task up to phase {@code k} on its set with its head (the shared one for a shared head). */
    private void score(CtrnnWeights now, List<double[]> heads, int k, List<List<TrialBatch>> sets, int iteration,
                       int offset, List<SequenceRecord.Retention> retention) {
        for (int j = 0; j <= k; j++) {
            PhaseTask task = sequence.phases().get(j);
            double[] head = sequence.heads() == Heads.SHARED || j == k ? now.wOut()
                    : heads.get(j);
            CtrnnWeights w = new CtrnnWeights(now.neurons(), now.inputs(), task.outputSize(), now.wIn(), now.wH(),
                    head);
            double loss = 0;
            double accuracy = 0;
            for (TrialBatch b : sets.get(j)) {
                CrossEntropy.Evaluation e = CrossEntropy.evaluate(reference.forward(w, b.inputs()), b.labels(),
                        task.outputSize(), task.lossOnAllSteps(), b.decisionStep());
                loss += e.loss() / sets.get(j).size();
                accuracy += e.accuracy() / sets.get(j).size();
            }
            retention.add(new SequenceRecord.Retention(k + 1, iteration, offset + iteration, j + 1, task.name(), loss,
                    accuracy));
        }
    }

    /** A phase's learning speed: the mean training accuracy over its curve. */
    private static double speed(RunResult r) {
        return r.curve().stream().mapToDouble(RunResult.CurvePoint::accuracy).average().orElse(Double.NaN);
    }

    /** The phases with the learning speed of each later task trained alone from the init with the same draws. */
    private List<SequenceRecord.Phase> alone(InitialWeights init, long seed, Readouts drawn,
                                             List<SequenceRecord.Phase> phases, List<List<TrialBatch>> sets) {
        List<SequenceRecord.Phase> out = new ArrayList<>(List.of(phases.get(0)));
        Streams again = Streams.of(seed, sequence.phases().size());
        int n = init.size();
        List<double[]> heads = drawn.heads();
        double[] initialWh = flat(init.matrix());
        for (int k = 1; k < phases.size(); k++) {
            PhaseTask phase = sequence.phases().get(k);
            TrainingLoop loop = new TrainingLoop(phase, spec, threads);
            CtrnnWeights w = new CtrnnWeights(n, sequence.inputSize(), phase.outputSize(), drawn.wIn().clone(),
                    initialWh.clone(), heads.get(sequence.heads() == Heads.PER_TASK ? k : 0).clone());
            RunResult r = loop.train(init.name(), seed, start(loop, phase, w, initialWh, sets.get(k)), iterations(k),
                    again.batches().get(k), again.end(), done -> { }, iteration -> { }, System.nanoTime()).result();
            SequenceRecord.Phase p = phases.get(k);
            out.add(new SequenceRecord.Phase(p.task(), p.iterations(), p.status(), p.learningSpeed(), speed(r),
                    p.measures(), p.plasticity()));
        }
        return out;
    }

    /** {@code m} row by row in one array. */
    private static double[] flat(double[][] m) {
        double[] flat = new double[m.length * m.length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, flat, i * m.length, m.length);
        }
        return flat;
    }

    private TrainedRun assemble(InitialWeights init, long seed, List<TrainedRun> trained,
                                List<SequenceRecord.Phase> phases, List<SequenceRecord.Retention> retention,
                                double pathLength, long started) {
        List<RunResult.CurvePoint> curve = new ArrayList<>();
        List<RunResult.Checkpoint> checkpoints = new ArrayList<>();
        int offset = 0;
        Integer divergedAt = null;
        for (int k = 0; k < trained.size(); k++) {
            RunResult r = trained.get(k).result();
            for (RunResult.CurvePoint p : r.curve()) {
                curve.add(new RunResult.CurvePoint(offset + p.iteration(), p.loss(), p.accuracy()));
            }
            for (RunResult.Checkpoint c : r.checkpoints()) {
                if (k == 0 || c.iteration() > 0) {
                    checkpoints.add(new RunResult.Checkpoint(offset + c.iteration(), c.measures()));
                }
            }
            if (r.divergedAt() != null) {
                divergedAt = offset + r.divergedAt();
            }
            offset += r.iterations();
        }
        TrainedRun last = trained.get(trained.size() - 1);
        RecurrentMatrix initial = trained.get(0).initialWeights();
        boolean complete = trained.size() == sequence.phases().size() && divergedAt == null;
        SequenceRecord record = complete ? SequenceRecord.of(sequence.heads().word(), phases, retention)
                : new SequenceRecord(sequence.heads().word(), phases, retention, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
        RunResult result = last.result().toBuilder().task(sequence.name())
                .status(divergedAt == null ? RunResult.Status.OK : RunResult.Status.DIVERGED).divergedAt(divergedAt)
                .iterations(offset).wallSeconds((System.nanoTime() - started) / 1e9).curve(curve)
                .checkpoints(checkpoints).plasticity(PlasticityCost.of(initial, last.finalWeights(), pathLength))
                .sequence(record).build();
        return new TrainedRun(result, initial, last.finalWeights());
    }
}
