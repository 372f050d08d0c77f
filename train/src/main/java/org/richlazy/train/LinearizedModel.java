package org.richlazy.train;

import java.util.List;
import org.richlazy.train.fast.FloatCtrnn;
import org.richlazy.train.fast.FloatCtrnnWeights;
import org.richlazy.train.fast.FloatKernels;
import org.richlazy.train.model.AxpyProduct;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.Trajectory;
import org.richlazy.train.model.WeightConstraints;

/**
 * The first-order Taylor model of a run's network around its initial weights θ0 = (W_in, W_h, W_out)(0), the
 * lazy-training model of Chizat, Oyallon and Bach (2019) and Lee et al. (2019):
 * {@code f_lin(x; θ) = f(x; θ0) + J(x; θ0) (θ - θ0)}. It trains alongside the network on the same batches, with
 * the same loss on its own logits and an optimiser of the same kind with its own state; its gradient is
 * {@code J(θ0)^T dL/df_lin}, backpropagation through the initial network with the linear model's output errors.
 * Both products with the Jacobian are passes through the network ({@link Ctrnn#tangent}, {@link Ctrnn#gradients}
 * and their float32 forms), so no Jacobian row is ever built. The run's constraints are kept by the same
 * projection. A model whose loss becomes non-finite or exceeds the run's divergence bound stops there.
 *
 * <p>{@link #gap}: the relative function-space distance between the trained network and its linearisation on
 * the probe set, {@code ||f(θ_T) - f_lin(θ_lin,T)|| / ||f(θ_T) - f(θ0)||} over every logit the loss uses
 * (Frobenius norms over probe trials, loss steps and outputs): the share of the function's change that the lazy
 * model does not follow. It is 0 for a model that is linear in its weights and small in the lazy regime: for a
 * smooth network of the order of the weight change (the Taylor remainder is quadratic, the change linear); with
 * ReLU, whose units crossing 0 leave a remainder of order |du| on a share of order |du| of the units, of the
 * order of its square root.
 */
public final class LinearizedModel {
    private final Network net;
    private final int outputs;
    private final boolean allSteps;
    private final double divergenceLoss;
    private Integer divergedAt;

    /**
     * The linear model of a run from {@code init} (copied) in {@code precision}, with its own {@code optimizer}
     * and the run's {@code constraints} (null: none), for {@code task}'s loss.
     */
    public LinearizedModel(Precision precision, double alpha, CtrnnWeights init, Optimizer optimizer,
                    WeightConstraints constraints, Task task, double divergenceLoss) {
        this.net = switch (precision) {
            case FLOAT32 -> new Float32(alpha, init, optimizer, constraints);
            case FLOAT64 -> new Float64(alpha, init, optimizer, constraints);
        };
        this.outputs = task.outputSize();
        this.allSteps = task.lossOnAllSteps();
        this.divergenceLoss = divergenceLoss;
    }

    /** One step of training on {@code batch} (nothing once the model has diverged). */
    public void train(int iteration, TrialBatch batch) {
        if (divergedAt != null) {
            return;
        }
        CrossEntropy.Evaluation eval = evaluate(batch);
        if (!Double.isFinite(eval.loss()) || eval.loss() > divergenceLoss) {
            divergedAt = iteration;
            return;
        }
        net.step(eval.dLogits());
        if (!net.isFinite()) {
            divergedAt = iteration;
        }
    }

    /** The loss and output gradients of the linear model on {@code batch}. */
    private CrossEntropy.Evaluation evaluate(TrialBatch batch) {
        return loss(batch, sum(net.initialLogits(batch.inputs()), net.tangentLogits()));
    }

    private CrossEntropy.Evaluation loss(TrialBatch batch, double[][] logits) {
        return CrossEntropy.evaluate(logits, batch.batchSize(), batch.labels(), outputs, allSteps,
                batch.decisionStep());
    }

    /** {@code f0 + df} (into {@code f0}). */
    private static double[][] sum(double[][] f0, double[][] df) {
        for (int t = 1; t < f0.length; t++) {
            for (int i = 0; i < f0[t].length; i++) {
                f0[t][i] += df[t][i];
            }
        }
        return f0;
    }

    /**
     * The gap between {@code trained} (the network now) and this model now, on {@code probe}; NaN once this
     * model has diverged or when the network's logits have not moved.
     */
    public double gap(List<TrialBatch> probe, TrainingPath trained) {
        return compare(probe, trained).gap();
    }

    /**
     * Both models on the probe set now: the gap, each one's mean loss and decision-step accuracy, and the
     * iteration at which the linear model diverged (null if it did not).
     */
    RunResult.Linearized compare(List<TrialBatch> probe, TrainingPath trained) {
        if (divergedAt != null) {
            return new RunResult.Linearized(Double.NaN, divergedAt, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double apart = 0;
        double moved = 0;
        double[] network = new double[2];
        double[] linear = new double[2];
        for (TrialBatch batch : probe) {
            double[][] ft = trained.logits(batch);
            double[][] f0 = net.initialLogits(batch.inputs());
            double[][] df = net.tangentLogits();
            int steps = ft.length - 1;
            for (int t = allSteps ? 1 : steps; t <= steps; t++) {
                for (int i = 0; i < ft[t].length; i++) {
                    double change = ft[t][i] - f0[t][i];
                    double miss = change - df[t][i];
                    apart += miss * miss;
                    moved += change * change;
                }
            }
            add(network, loss(batch, ft));
            add(linear, loss(batch, sum(f0, df)));
        }
        double n = probe.size();
        return new RunResult.Linearized(moved > 0 ? Math.sqrt(apart / moved) : Double.NaN, null, linear[0] / n,
                linear[1] / n, network[0] / n, network[1] / n);
    }

    private static void add(double[] lossAndAccuracy, CrossEntropy.Evaluation eval) {
        lossAndAccuracy[0] += eval.loss();
        lossAndAccuracy[1] += eval.accuracy();
    }

    /** The linear model in one precision: the initial network's passes and the trained weights θ. */
    private interface Network {
        /** {@code f(x; θ0)} on {@code inputs}; keeps the pass for the next two calls. */
        double[][] initialLogits(double[][][] inputs);

        /** {@code J(x; θ0) (θ - θ0)} for the last inputs. */
        double[][] tangentLogits();

        /** θ one optimiser step along {@code J(θ0)^T dLogits} (the last inputs), then the constraints. */
        void step(double[][] dLogits);

        boolean isFinite();
    }

    /** Float32, on {@link FloatCtrnn} with {@link FloatKernels#fastest()}. */
    private static final class Float32 implements Network {
        private final FloatKernels kernels = FloatKernels.fastest();
        private final FloatCtrnn net;
        private final FloatCtrnnWeights w0;
        private final FloatCtrnnWeights w;
        private final FloatCtrnnWeights delta;
        private final Optimizer optimizer;
        private final WeightConstraints constraints;

        Float32(double alpha, CtrnnWeights init, Optimizer optimizer, WeightConstraints constraints) {
            this.w0 = FloatCtrnnWeights.of(init);
            this.w = FloatCtrnnWeights.of(init);
            this.delta = new FloatCtrnnWeights(init.neurons(), init.inputs(), init.outputs());
            this.net = new FloatCtrnn(alpha, kernels, init.neurons(), init.inputs(), init.outputs());
            this.optimizer = optimizer;
            this.constraints = constraints;
        }

        @Override
        public double[][] initialLogits(double[][][] inputs) {
            return net.forward(w0, inputs);
        }

        @Override
        public double[][] tangentLogits() {
            float[][] d = delta.all();
            float[][] now = w.all();
            float[][] start = w0.all();
            for (int k = 0; k < d.length; k++) {
                for (int i = 0; i < d[k].length; i++) {
                    d[k][i] = now[k][i] - start[k][i];
                }
            }
            return net.tangent(w0, delta);
        }

        @Override
        public void step(double[][] dLogits) {
            optimizer.step(w.all(), net.gradients(w0, dLogits).all());
            if (constraints != null) {
                constraints.apply(w.wH(), w.stride());
            }
        }

        @Override
        public boolean isFinite() {
            return w.isFinite(kernels);
        }
    }

    /** Float64, the reference, on {@link Ctrnn} with {@link AxpyProduct}. */
    private static final class Float64 implements Network {
        private final Ctrnn net;
        private final CtrnnWeights w0;
        private final CtrnnWeights w;
        private final Optimizer optimizer;
        private final WeightConstraints constraints;
        private Trajectory traj;

        Float64(double alpha, CtrnnWeights init, Optimizer optimizer, WeightConstraints constraints) {
            this.net = new Ctrnn(alpha, new AxpyProduct());
            this.w0 = init.copy();
            this.w = init.copy();
            this.optimizer = optimizer;
            this.constraints = constraints;
        }

        @Override
        public double[][] initialLogits(double[][][] inputs) {
            traj = net.forward(w0, inputs);
            return traj.logits();
        }

        @Override
        public double[][] tangentLogits() {
            double[][] now = w.all();
            double[][] start = w0.all();
            double[][] d = new double[now.length][];
            for (int k = 0; k < d.length; k++) {
                d[k] = new double[now[k].length];
                for (int i = 0; i < d[k].length; i++) {
                    d[k][i] = now[k][i] - start[k][i];
                }
            }
            CtrnnWeights delta = new CtrnnWeights(w.neurons(), w.inputs(), w.outputs(), d[0], d[1], d[2]);
            return net.tangent(w0, traj, delta);
        }

        @Override
        public void step(double[][] dLogits) {
            optimizer.step(w.all(), net.gradients(w0, traj, dLogits).all());
            if (constraints != null) {
                constraints.apply(w.wH());
            }
        }

        @Override
        public boolean isFinite() {
            return w.isFinite();
        }
    }
}
