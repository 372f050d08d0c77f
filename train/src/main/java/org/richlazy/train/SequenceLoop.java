package org.richlazy.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.sequence.Heads;
import org.richlazy.train.sequence.PhaseTask;
import org.richlazy.train.sequence.TaskSequence;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * One run of a {@link TaskSequence} (docs/science.md#forgetting): each phase trains its task with {@link TrainingLoop}
 * from the weights the phase before left (W_in and W_h carried, the phase's own head, a fresh optimiser), the
 * constraints of W_h(0) kept throughout. Every draw comes from the run seed, split in this order: W_in and the heads (W_in
 * and the first head as a single-task run draws them, then each further head), the evaluation sets (each phase's
 * {@code probe-batches} batches, phase by phase: its probe set and the set it is scored on afterwards), the training
 * batches of each phase, the end-of-run draws; then each later task is trained alone from the init with the same
 * draws for {@link SequenceRecord#forwardTransfer}. The weights are dense or on the init's synapses
 * ({@link SequenceWeights}, as {@code training.weights} resolves).
 */
final class SequenceLoop {
    private final TaskSequence sequence;
    private final TrainingSpec spec;
    private final int threads;

    SequenceLoop(TaskSequence sequence, TrainingSpec spec, int threads) {
        TrainException.throwIfAny("training spec", spec.problems());
        this.sequence = sequence;
        this.spec = spec;
        this.threads = threads;
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
        SequenceWeights weights = SequenceWeights.of(init, spec, threads);
        List<PhaseTask> phases = sequence.phases();
        Streams streams = Streams.of(seed, phases.size());
        Readouts drawn = Readouts.draw(sequence, init.size(), streams.init());
        double[] wIn = drawn.wIn();
        double[] wH = weights.initialRecurrent();
        List<double[]> heads = new ArrayList<>(drawn.heads());
        List<List<TrialBatch>> sets = new ArrayList<>();
        for (PhaseTask phase : phases) {
            List<TrialBatch> set = new ArrayList<>();
            for (int i = 0; i < spec.measurement().probeBatches(); i++) {
                set.add(phase.sample(spec.optimisation().batchSize(), streams.probe()));
            }
            sets.add(set);
        }
        List<SequenceRecord.Phase> records = new ArrayList<>();
        List<SequenceRecord.Retention> retention = new ArrayList<>();
        List<TrainedRun> trained = new ArrayList<>();
        double pathLength = 0;
        int offset = 0;
        RecurrentMatrix sequenceStart = null;
        for (int k = 0; k < phases.size(); k++) {
            PhaseTask phase = phases.get(k);
            TrainingLoop loop = new TrainingLoop(phase, spec, threads);
            TrainingLoop.Start start = weights.start(loop, phase, wIn, wH, heads.get(head(k)), sets.get(k));
            if (k == 0) {
                sequenceStart = start.path().recurrent();
            }
            int index = k;
            int phaseOffset = offset;
            TrainedRun run = loop.train(init.name(), seed, start, iterations(k), streams.batches().get(k),
                    streams.end(), progress,
                    iteration -> score(weights, start.path(), heads, index, sets, iteration, phaseOffset, retention),
                    started);
            trained.add(run);
            RunResult r = run.result();
            double[][] after = weights.read(start.path());
            wIn = after[0];
            wH = after[1];
            heads.set(head(k), after[2]);
            pathLength += r.plasticity().pathLength();
            offset += r.iterations();
            records.add(new SequenceRecord.Phase(phase.name(), r.iterations(), r.status(), speed(r), Double.NaN,
                    r.finalMeasures(), r.plasticity()));
            if (r.diverged()) {
                long untrained = 0;
                for (int rest = k + 1; rest < phases.size(); rest++) {
                    untrained += iterations(rest);
                }
                progress.accept((int) Math.min(Integer.MAX_VALUE, untrained));
                break;
            }
        }
        List<SequenceRecord.Phase> withAlone = alone(init, seed, weights, drawn, records, sets);
        return assemble(trained, withAlone, retention, sequenceStart, pathLength, started);
    }

    /** The index of phase {@code k}'s readout: its own, or the shared one. */
    private int head(int k) {
        return sequence.heads() == Heads.PER_TASK ? k : 0;
    }

    private int iterations(int phase) {
        List<Integer> planned = spec.sequencing().sequenceIterations();
        return planned == null ? spec.schedule().iterations() : planned.get(phase);
    }

    /**
     * Scores every task up to phase {@code k} on its set with its readout (the current one for phase k's task and for
     * a shared readout), on the path's current W_in and W_h.
     */
    private void score(SequenceWeights weights, TrainingPath path, List<double[]> heads, int k,
                       List<List<TrialBatch>> sets, int iteration, int offset,
                       List<SequenceRecord.Retention> retention) {
        double[] current = weights.read(path)[2];
        for (int j = 0; j <= k; j++) {
            PhaseTask task = sequence.phases().get(j);
            double[] head = sequence.heads() == Heads.SHARED || j == k ? current : heads.get(j);
            double[] scored = weights.score(path, task, head, sets.get(j));
            retention.add(new SequenceRecord.Retention(k + 1, iteration, offset + iteration, j + 1, task.name(),
                    scored[0], scored[1]));
        }
    }

    /** A phase's learning speed: the mean training accuracy over its curve. */
    private static double speed(RunResult r) {
        return r.curve().stream().mapToDouble(RunResult.CurvePoint::accuracy).average().orElse(Double.NaN);
    }

    /** The phases with the learning speed of each later task trained alone from the init with the same draws. */
    private List<SequenceRecord.Phase> alone(InitialWeights init, long seed, SequenceWeights weights, Readouts drawn,
                                             List<SequenceRecord.Phase> phases, List<List<TrialBatch>> sets) {
        List<SequenceRecord.Phase> out = new ArrayList<>(List.of(phases.get(0)));
        Streams again = Streams.of(seed, sequence.phases().size());
        // only the curve is used: no checkpoint measures and no Hessian (the batches and the curve do not change)
        TrainingSpec curveOnly = spec.toBuilder().checkpoints(0).curvatureBatches(0).build();
        for (int k = 1; k < phases.size(); k++) {
            PhaseTask phase = sequence.phases().get(k);
            TrainingLoop loop = new TrainingLoop(phase, curveOnly, threads);
            TrainingLoop.Start start = weights.start(loop, phase, drawn.wIn(), weights.initialRecurrent(),
                    drawn.heads().get(head(k)), sets.get(k));
            RunResult r = loop.train(init.name(), seed, start, iterations(k), again.batches().get(k), again.end(),
                    done -> { }, iteration -> { }, System.nanoTime()).result();
            SequenceRecord.Phase p = phases.get(k);
            out.add(new SequenceRecord.Phase(p.task(), p.iterations(), p.status(), p.learningSpeed(),
                    r.diverged() ? Double.NaN : speed(r), p.measures(), p.plasticity()));
        }
        return out;
    }

    /**
     * The run of the whole sequence: the phases' curves and checkpoints one after another (each phase's start left
     * out after the first), the last phase's measures, the plasticity from the weights training started from
     * ({@code start}, rounded to float32 for a float32 run) to the end.
     */
    private TrainedRun assemble(List<TrainedRun> trained,
                                List<SequenceRecord.Phase> phases, List<SequenceRecord.Retention> retention,
                                RecurrentMatrix start, double pathLength, long started) {
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
                .checkpoints(checkpoints).plasticity(PlasticityCost.of(start, last.finalWeights(), pathLength))
                .sequence(record).build();
        return new TrainedRun(result, initial, last.finalWeights(), last.network());
    }
}
