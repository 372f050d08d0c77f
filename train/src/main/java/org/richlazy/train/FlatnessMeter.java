package org.richlazy.train;

import java.util.List;
import java.util.random.RandomGenerator;
import org.richlazy.train.measure.Lanczos;
import org.richlazy.train.measure.LossHessian;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;

/**
 * Takes a run's {@link Flatness} at its end (docs/science.md#flatness-compression-and-generalisation). The Hessian is
 * taken in float64 on the dense weights; it is not computed for sparse weights (they train in float32 only, and
 * differences of float32 gradients are too coarse for it).
 */
final class FlatnessMeter {
    /** Most Hessian-vector products of the Lanczos iteration. */
    static final int LANCZOS_ITERATIONS = 30;
    /** The Lanczos iteration stops when the residual of the top Ritz pair is at most this share of its value. */
    static final double LANCZOS_TOLERANCE = 1e-3;

    private final Ctrnn net;
    private final Task task;
    private final Measurement measurement;
    private final int batchSize;

    FlatnessMeter(Ctrnn net, Task task, Measurement measurement, int batchSize) {
        this.net = net;
        this.task = task;
        this.measurement = measurement;
        this.batchSize = batchSize;
    }

    /**
     * @param path                    the run's path at its end
     * @param sparse                  whether the weights are held on their synapses
     * @param maskedBy                W_h(0) flat when the mask constraint was kept (its zeros are not parameters), or
     *                                null
     * @param probe                   the probe batches
     * @param representationDimension the meter's, at the last measure
     * @param recent                  the last training batches
     * @param heldOut                 the run's held-out score, or null
     * @param rng                     the stream of the fresh trials, the Lanczos start and the trace probes
     */
    Flatness measure(TrainingPath path, boolean sparse, double[] maskedBy, List<TrialBatch> probe,
                     double representationDimension, List<TrialBatch> recent, RunResult.HeldOut heldOut,
                     RandomGenerator rng) {
        if (!path.isFinite()) {
            return new Flatness(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "none", "the run's weights are not finite");
        }
        double trainingLoss = meanLoss(path, recent);
        double freshLoss;
        String fresh;
        if (heldOut != null) {
            freshLoss = heldOut.loss();
            fresh = "the held-out set (" + heldOut.trials() + " trials)";
        } else {
            List<TrialBatch> draws = new java.util.ArrayList<>();
            for (int i = 0; i < recent.size(); i++) {
                draws.add(task.sample(batchSize, rng));
            }
            freshLoss = meanLoss(path, draws);
            fresh = recent.size() + " fresh batches of " + batchSize + " trials";
        }
        double gap = freshLoss - trainingLoss;
        int batches = measurement.curvatureBatches();
        if (batches == 0 || sparse) {
            return new Flatness(Double.NaN, Double.NaN, Double.NaN, representationDimension, trainingLoss, freshLoss,
                    gap, fresh, batches == 0 ? "training.curvature-batches is 0"
                    : "the Hessian is not taken on sparse weights (float32 gradients are too coarse to difference)");
        }
        CtrnnWeights w = path.weights();
        LossHessian hessian = new LossHessian(net, w, probe.subList(0, batches), task.outputSize(),
                task.lossOnAllSteps(), maskedBy == null ? null : LossHessian.maskFrozen(w, maskedBy));
        Lanczos.Top top = hessian.sharpness(rng, LANCZOS_ITERATIONS, LANCZOS_TOLERANCE,
                Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 8));
        LossHessian.Trace trace = hessian.trace(rng, measurement.traceProbes());
        String reason = top.converged() ? null : "Lanczos did not converge in " + top.iterations()
                + " Hessian-vector products (residual " + top.residual() + " of the top value " + top.value() + ")";
        return new Flatness(top.converged() ? top.value() : Double.NaN, trace.value(), trace.error(),
                representationDimension, trainingLoss, freshLoss, gap, fresh, reason);
    }

    private double meanLoss(TrainingPath path, List<TrialBatch> batches) {
        double sum = 0;
        for (TrialBatch b : batches) {
            sum += path.evaluate(b, task.outputSize(), task.lossOnAllSteps()).loss();
        }
        return sum / batches.size();
    }
}
