package org.richlazy.train;

import java.util.List;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.sequence.PhaseTask;
import org.richlazy.train.sparse.SparseCtrnn;
import org.richlazy.train.sparse.SparseCtrnnWeights;
import org.richlazy.train.sparse.SparseTrainingPath;
import org.richlazy.train.sparse.SynapsePattern;
import org.richlazy.transform.InitialWeights;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

/**
 * How a sequence of tasks ({@link SequenceLoop}) holds the weights it carries from phase to phase: W_in, W_h's
 * entries and the readouts as float64 arrays, the W_h entries dense ({@code N x N}) or the init's synapses
 * (docs/science.md#connectome-scale). It starts each phase's path from them, reads them back after the phase, and scores
 * a task with its readout on the path's current W_in and W_h.
 */
sealed interface SequenceWeights {
    /** The layout of {@code init}'s runs under {@code spec}. */
    static SequenceWeights of(InitialWeights init, TrainingSpec spec, int threads) {
        if (spec.weightLayout(init.size()) == WeightLayout.SPARSE) {
            return new Sparse(init.weights().sparse(), spec, threads);
        }
        if (init.weights().isSparse()) {
            throw new TrainException("init " + init.name(), "holds sparse weights (N = " + init.size()
                    + ") and training.weights is dense here; expected training.weights sparse or auto");
        }
        return new Dense(init.matrix(), spec, threads);
    }

    /** W_h(0)'s entries: {@code N x N} row by row, or the synapses' values in row order. */
    double[] initialRecurrent();

    /** What a phase starts from: a path from these weights keeping the constraints of W_h(0). */
    TrainingLoop.Start start(TrainingLoop loop, PhaseTask phase, double[] wIn, double[] wH, double[] head,
                             List<TrialBatch> set);

    /** W_in, W_h's entries and W_out of {@code path} now, as float64 arrays. */
    double[][] read(TrainingPath path);

    /** The mean loss and decision-step accuracy of {@code task} on {@code set} with {@code head} and the path's W_in, W_h. */
    double[] score(TrainingPath path, PhaseTask task, double[] head, List<TrialBatch> set);

    /** The mean loss and accuracy of logits per batch. */
    private static double[] mean(PhaseTask task, List<TrialBatch> set, java.util.function.Function<TrialBatch,
            double[][]> logits) {
        double loss = 0;
        double accuracy = 0;
        for (TrialBatch b : set) {
            CrossEntropy.Evaluation e = CrossEntropy.evaluate(logits.apply(b), b.batchSize(), b.labels(),
                    task.outputSize(), task.lossOnAllSteps(), b.decisionStep());
            loss += e.loss() / set.size();
            accuracy += e.accuracy() / set.size();
        }
        return new double[] {loss, accuracy};
    }

    /** Dense weights: float32 or float64 paths, constraints and the linear model as for a single task. */
    final class Dense implements SequenceWeights {
        private final double[] initial;
        private final int n;
        private final TrainingSpec spec;
        private final int threads;
        private final Ctrnn reference;

        Dense(double[][] matrix, TrainingSpec spec, int threads) {
            this.n = matrix.length;
            this.initial = new double[n * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(matrix[i], 0, initial, i * n, n);
            }
            this.spec = spec;
            this.threads = threads;
            this.reference = new Ctrnn(spec.dynamics().alpha(), new AxpyProduct());
        }

        @Override
        public double[] initialRecurrent() {
            return initial;
        }

        /** The linear model, when asked for, is around the phase's start, so a phase's gap is to its own start. */
        @Override
        public TrainingLoop.Start start(TrainingLoop loop, PhaseTask phase, double[] wIn, double[] wH, double[] head,
                                        List<TrialBatch> set) {
            CtrnnWeights w = new CtrnnWeights(n, phase.inputSize(), phase.outputSize(), wIn.clone(), wH.clone(),
                    head.clone());
            List<String> names = loop.constraintNames(WeightLayout.DENSE);
            WeightConstraints constraints = WeightConstraints.of(names, initial, n);
            WeightConstraints kept = names.isEmpty() ? null : constraints;
            Precision precision = spec.arithmetic().precision();
            double alpha = spec.dynamics().alpha();
            LinearizedModel linear = spec.measurement().linearized() ? new LinearizedModel(precision, alpha, w,
                    spec.optimisation().create(), kept, phase, spec.divergence().divergenceLoss()) : null;
            DenseMatrix phaseStart = new DenseMatrix(w.recurrentMatrix());
            TrainingPath path = TrainingPath.of(precision, alpha, w, spec.optimisation().create(), kept, threads);
            return new TrainingLoop.Start(path, constraints, linear, phaseStart, names.contains("mask") ? initial : null,
                    WeightLayout.DENSE, set);
        }

        @Override
        public double[][] read(TrainingPath path) {
            CtrnnWeights w = path.weights();
            return new double[][] {w.wIn(), w.wH(), w.wOut()};
        }

        @Override
        public double[] score(TrainingPath path, PhaseTask task, double[] head, List<TrialBatch> set) {
            CtrnnWeights now = path.weights();
            CtrnnWeights w = new CtrnnWeights(n, now.inputs(), task.outputSize(), now.wIn(), now.wH(), head);
            return mean(task, set, b -> reference.forward(w, b.inputs()).logits());
        }
    }

    /** Weights on the init's synapses: the float32 sparse path under the mask, scored with the sparse network. */
    final class Sparse implements SequenceWeights {
        private final SparseMatrix synapses;
        private final SynapsePattern pattern;
        private final TrainingSpec spec;
        private final int threads;

        Sparse(SparseMatrix synapses, TrainingSpec spec, int threads) {
            this.synapses = synapses;
            this.pattern = SynapsePattern.ofRows(synapses.size(), synapses.rowStarts(), synapses.columns());
            this.spec = spec;
            this.threads = threads;
        }

        @Override
        public double[] initialRecurrent() {
            return synapses.values();
        }

        @Override
        public TrainingLoop.Start start(TrainingLoop loop, PhaseTask phase, double[] wIn, double[] wH, double[] head,
                                        List<TrialBatch> set) {
            SparseCtrnnWeights w = weights(phase, wIn, wH, head);
            float[] initial = new float[synapses.values().length];
            round(synapses.values(), initial);
            WeightConstraints constraints = WeightConstraints.onSynapses(loop.constraintNames(WeightLayout.SPARSE),
                    synapses.size(), synapses.columns(), initial);
            TrainingPath path = new SparseTrainingPath(spec.dynamics().alpha(), w, spec.optimisation().create(),
                    constraints, threads);
            return new TrainingLoop.Start(path, constraints, null, w.recurrent(), null, WeightLayout.SPARSE, set);
        }

        private SparseCtrnnWeights weights(PhaseTask phase, double[] wIn, double[] wH, double[] head) {
            SparseCtrnnWeights w = new SparseCtrnnWeights(pattern, phase.inputSize(), phase.outputSize());
            round(wIn, w.wIn());
            round(wH, w.wH());
            round(head, w.wOut());
            return w;
        }

        @Override
        public double[][] read(TrainingPath path) {
            SparseCtrnnWeights w = ((SparseTrainingPath) path).sparseWeights();
            return new double[][] {widen(w.wIn()), widen(w.wH()), widen(w.wOut())};
        }

        @Override
        public double[] score(TrainingPath path, PhaseTask task, double[] head, List<TrialBatch> set) {
            SparseCtrnnWeights now = ((SparseTrainingPath) path).sparseWeights();
            SparseCtrnnWeights w = new SparseCtrnnWeights(pattern, now.inputs(), task.outputSize());
            System.arraycopy(now.wIn(), 0, w.wIn(), 0, now.wIn().length);
            System.arraycopy(now.wH(), 0, w.wH(), 0, now.wH().length);
            round(head, w.wOut());
            SparseCtrnn net = new SparseCtrnn(spec.dynamics().alpha(), pattern, now.inputs(), task.outputSize(),
                    threads);
            return mean(task, set, b -> net.forward(w, b.inputs()));
        }

        private static void round(double[] from, float[] to) {
            for (int i = 0; i < from.length; i++) {
                to[i] = (float) from[i];
            }
        }

        private static double[] widen(float[] from) {
            double[] to = new double[from.length];
            for (int i = 0; i < from.length; i++) {
                to[i] = from[i];
            }
            return to;
        }
    }
}
