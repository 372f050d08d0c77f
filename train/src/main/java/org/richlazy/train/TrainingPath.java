package org.richlazy.train;

import java.util.List;
import org.richlazy.train.fast.FloatCtrnn;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.measure.LazinessMeter;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.RecurrentStep;
import org.richlazy.train.model.Trajectory;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * The forward pass, loss, backward pass and update of one training run in one precision:
 * {@code float32} ({@link FloatCtrnn}, the default) or {@code float64} ({@link Ctrnn}, the reference).
 * Not thread-safe: one run, one thread.
 */
public interface TrainingPath {
    /** The loss and its output gradients on {@code batch} with the current weights (docs/science.md#model-transform---train). */
    CrossEntropy.Evaluation evaluate(TrialBatch batch, int outputs, boolean allSteps);

    /** The logits {@code y_t} (t = 1..T, index 0 null) of the current weights on {@code batch}; ends the last evaluation. */
    double[][] logits(TrialBatch batch);

    /**
     * One optimiser step from the gradients of the last evaluated batch (constraints projected after it).
     *
     * @return the length of the step on the recurrent weights, {@code ||W_h(t+1) - W_h(t)||_F} ({@link RecurrentStep})
     */
    double update();

    /** Whether every weight is finite. */
    boolean isFinite();

    /** The current weights in float64 (a copy for float32 runs). */
    CtrnnWeights weights();

    /** W_in {@code [N][I]} and W_out {@code [O][N]} now, in float64 (copies). */
    default double[][][] inputAndReadout() {
        CtrnnWeights w = weights();
        return new double[][][] {org.richlazy.train.model.Matrices.rows(w.wIn(), w.neurons(), w.inputs()),
            org.richlazy.train.model.Matrices.rows(w.wOut(), w.outputs(), w.neurons())};
    }

    /** W_h now, {@code [post][pre]}, held as the path holds it (a copy). */
    default RecurrentMatrix recurrent() {
        return new DenseMatrix(weights().recurrentMatrix());
    }

    /**
     * The meter of this path's run, built before the first update: {@link LazinessMeter} in {@code precision} on
     * {@link #weights()} ({@link DenseRunMeter}) unless the path measures its own weights otherwise.
     *
     * @param net              the float64 network of the run (leak and product)
     * @param probe            the probe batches, drawn before training
     * @param initialRecurrent W_h(0) as the init gave it, for the change structure
     */
    default RunMeter meter(Ctrnn net, Task task, List<TrialBatch> probe, Precision precision,
                           RecurrentMatrix initialRecurrent) {
        return new DenseRunMeter(new LazinessMeter(net, weights(), task, probe, precision), this,
                initialRecurrent.toDense());
    }

    /**
     * A path in {@code precision} starting from {@code init} (copied for float32, updated in place for float64).
     */
    static TrainingPath of(Precision precision, double alpha, CtrnnWeights init, Optimizer optimizer) {
        return of(precision, alpha, init, optimizer, null);
    }

    /**
     * The same, projecting W_h onto {@code constraints} after every update (null: unconstrained).
     */
    static TrainingPath of(Precision precision, double alpha, CtrnnWeights init, Optimizer optimizer,
                           WeightConstraints constraints) {
        return of(precision, alpha, init, optimizer, constraints, 1);
    }

    /**
     * The same, a float32 path's products split across {@code threads} threads
     * ({@link org.richlazy.train.fast.ThreadedFloatKernels}: the same bits with any number).
     */
    static TrainingPath of(Precision precision, double alpha, CtrnnWeights init, Optimizer optimizer,
                           WeightConstraints constraints, int threads) {
        return switch (precision) {
            case FLOAT32 -> new Float32(alpha, init, optimizer, constraints, threads == 1 ? FloatKernels.fastest()
                    : new org.richlazy.train.fast.ThreadedFloatKernels(FloatKernels.fastest(), threads));
            case FLOAT64 -> new Float64(alpha, init, optimizer, constraints);
        };
    }

    /** The float64 reference path on {@link Ctrnn} with {@link AxpyProduct}. */
    final class Float64 implements TrainingPath {
        private final Ctrnn net;
        private final CtrnnWeights w;
        private final Optimizer optimizer;
        private final WeightConstraints constraints;
        private final RecurrentStep step = new RecurrentStep();
        private Trajectory traj;
        private CrossEntropy.Evaluation eval;

        Float64(double alpha, CtrnnWeights w, Optimizer optimizer, WeightConstraints constraints) {
            this.net = new Ctrnn(alpha, new AxpyProduct());
            this.w = w;
            this.optimizer = optimizer;
            this.constraints = constraints;
        }

        @Override
        public CrossEntropy.Evaluation evaluate(TrialBatch batch, int outputs, boolean allSteps) {
            traj = net.forward(w, batch.inputs());
            eval = CrossEntropy.evaluate(traj, batch.labels(), outputs, allSteps, batch.decisionStep());
            return eval;
        }

        @Override
        public double[][] logits(TrialBatch batch) {
            traj = null;
            return net.forward(w, batch.inputs()).logits();
        }

        @Override
        public double update() {
            step.before(w.wH());
            optimizer.step(w.all(), net.gradients(w, traj, eval.dLogits()).all());
            if (constraints != null) {
                constraints.apply(w.wH());
            }
            return step.after(w.wH());
        }

        @Override
        public boolean isFinite() {
            return w.isFinite();
        }

        @Override
        public CtrnnWeights weights() {
            return w;
        }
    }

    /** The float32 path on {@link FloatCtrnn} with {@link FloatKernels#fastest()}, threaded or not. */
    final class Float32 implements TrainingPath {
        private final FloatKernels kernels;
        private final FloatCtrnn net;
        private final FloatCtrnnWeights w;
        private final Optimizer optimizer;
        private final WeightConstraints constraints;
        private final RecurrentStep step = new RecurrentStep();
        private CrossEntropy.Evaluation eval;

        Float32(double alpha, CtrnnWeights init, Optimizer optimizer, WeightConstraints constraints,
                FloatKernels kernels) {
            this.kernels = kernels;
            this.w = FloatCtrnnWeights.of(init);
            this.net = new FloatCtrnn(alpha, kernels, w.neurons(), w.inputs(), w.outputs());
            this.optimizer = optimizer;
            this.constraints = constraints;
        }

        @Override
        public CrossEntropy.Evaluation evaluate(TrialBatch batch, int outputs, boolean allSteps) {
            double[][] logits = net.forward(w, batch.inputs());
            eval = CrossEntropy.evaluate(logits, batch.batchSize(), batch.labels(), outputs, allSteps,
                    batch.decisionStep());
            return eval;
        }

        @Override
        public double[][] logits(TrialBatch batch) {
            eval = null;
            return net.forward(w, batch.inputs());
        }

        @Override
        public double update() {
            step.before(w.wH());
            optimizer.step(w.all(), net.gradients(w, eval.dLogits()).all());
            if (constraints != null) {
                constraints.apply(w.wH(), w.stride());
            }
            return step.after(w.wH());
        }

        @Override
        public boolean isFinite() {
            return w.isFinite(kernels);
        }

        @Override
        public CtrnnWeights weights() {
            return w.toDouble();
        }
    }
}
