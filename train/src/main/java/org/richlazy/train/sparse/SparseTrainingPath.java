package org.richlazy.train.sparse;

import org.richlazy.train.TrainingPath;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.WeightConstraints;

/**
 * The float32 training path on the init's synapses only ({@code training.weights: sparse},
 * docs/science.md#connectome-scale): {@link SparseCtrnn} on the nonzero pattern of the initial W_h, the optimiser
 * stepping W_in, the synapses' values and W_out, the constraints (Dale's, on top of the mask the pattern is)
 * projected onto the values after every step. The same run as the dense float32 path under the {@code mask}
 * constraint, within float32 rounding. Not thread-safe: one run, one thread (its passes split over
 * {@code threads}).
 */
public final class SparseTrainingPath implements TrainingPath {
    private final SparseCtrnnWeights w;
    private final SparseCtrnn net;
    private final Optimizer optimizer;
    private final WeightConstraints constraints;
    private final int[] entries;
    private CrossEntropy.Evaluation eval;

    /**
     * @param constraints projected after every step (null: none beyond the pattern)
     * @param threads     threads each pass is split across
     */
    public SparseTrainingPath(double alpha, CtrnnWeights init, Optimizer optimizer, WeightConstraints constraints,
                              int threads) {
        SynapsePattern pattern = SynapsePattern.ofNonzeros(init.wH(), init.neurons());
        this.w = SparseCtrnnWeights.of(init, pattern);
        this.net = new SparseCtrnn(alpha, pattern, init.inputs(), init.outputs(), threads);
        this.optimizer = optimizer;
        this.constraints = constraints;
        this.entries = new int[pattern.synapses()];
        for (int i = 0; i < pattern.neurons(); i++) {
            for (int k = pattern.rowStart(i); k < pattern.rowStart(i + 1); k++) {
                entries[k] = i * pattern.neurons() + pattern.pre(k);
            }
        }
    }

    @Override
    public CrossEntropy.Evaluation evaluate(TrialBatch batch, int outputs, boolean allSteps) {
        eval = CrossEntropy.evaluate(net.forward(w, batch.inputs()), batch.batchSize(), batch.labels(), outputs,
                allSteps, batch.decisionStep());
        return eval;
    }

    @Override
    public double[][] logits(TrialBatch batch) {
        eval = null;
        return net.forward(w, batch.inputs());
    }

    @Override
    public void update() {
        optimizer.step(w.all(), net.gradients(w, eval.dLogits()).all());
        if (constraints != null) {
            constraints.applyAt(w.wH(), entries);
        }
    }

    @Override
    public boolean isFinite() {
        return w.isFinite();
    }

    /** The current weights in float64 with W_h dense (the measures read them; a copy). */
    @Override
    public CtrnnWeights weights() {
        return w.toDouble();
    }
}
