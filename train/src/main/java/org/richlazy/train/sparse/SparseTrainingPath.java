package org.richlazy.train.sparse;

import java.util.List;
import org.richlazy.train.ChangeStructure;
import org.richlazy.train.Measures;
import org.richlazy.train.Precision;
import org.richlazy.train.RunMeter;
import org.richlazy.train.Task;
import org.richlazy.train.TrainingPath;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.UnitActivity;
import org.richlazy.train.measure.LyapunovExponent;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.Ctrnn;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.RecurrentStep;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.transform.matrix.RecurrentMatrix;

/**
 * The float32 training path on the init's synapses only ({@code training.weights: sparse},
 * docs/science.md#connectome-scale): {@link SparseCtrnn} on the nonzero pattern of the initial W_h, the optimiser
 * stepping W_in, the synapses' values and W_out, the constraints (Dale's, on top of the mask the pattern is)
 * projected onto the values after every step. The same run as the dense float32 path under the {@code mask}
 * constraint, within float32 rounding. Not thread-safe: one run, one thread (its passes split over
 * {@code threads}).
 */
public final class SparseTrainingPath implements TrainingPath {
    private final double alpha;
    private final SparseCtrnnWeights w;
    private final SparseCtrnn net;
    private final Optimizer optimizer;
    private final WeightConstraints constraints;
    private final RecurrentStep step = new RecurrentStep();
    private CrossEntropy.Evaluation eval;

    /**
     * @param init        the weights training starts from (this path updates them in place)
     * @param constraints projected onto the synapses' values after every step ({@link WeightConstraints#onSynapses};
     *                    null: none beyond the pattern)
     * @param threads     threads each pass is split across
     */
    public SparseTrainingPath(double alpha, SparseCtrnnWeights init, Optimizer optimizer, WeightConstraints constraints,
                              int threads) {
        this.alpha = alpha;
        this.w = init;
        this.net = new SparseCtrnn(alpha, init.pattern(), init.inputs(), init.outputs(), threads);
        this.optimizer = optimizer;
        this.constraints = constraints;
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
    public double update() {
        step.before(w.wH());
        optimizer.step(w.all(), net.gradients(w, eval.dLogits()).all());
        if (constraints != null) {
            constraints.apply(w.wH());
        }
        return step.after(w.wH());
    }

    @Override
    public boolean isFinite() {
        return w.isFinite();
    }

    /**
     * The current weights in float64 with W_h dense (a copy), for tests and small N: the run itself reads
     * {@link #recurrent()}.
     */
    @Override
    public CtrnnWeights weights() {
        return w.toDouble();
    }

    /** W_in and W_out from the synapse-held weights, without a dense W_h. */
    @Override
    public double[][][] inputAndReadout() {
        return new double[][][] {org.richlazy.train.model.Matrices.rows(w.wIn(), w.neurons(), w.inputs()),
            org.richlazy.train.model.Matrices.rows(w.wOut(), w.outputs(), w.neurons())};
    }

    /** The weights this path trains (not a copy: they change with every update). */
    public SparseCtrnnWeights sparseWeights() {
        return w;
    }

    /** W_h now, on its synapses. */
    @Override
    public RecurrentMatrix recurrent() {
        return w.recurrent();
    }

    /**
     * A {@link SparseLazinessMeter} on this path's network and weights: nothing N x N. The float64 network and the
     * precision (float32) are not used; the measures compare with the weights training starts from, the change
     * structure with {@code initialRecurrent} as the init gave it (as the dense record does).
     */
    @Override
    public RunMeter meter(Ctrnn dense, Task task, List<TrialBatch> probe, Precision precision,
                          RecurrentMatrix initialRecurrent) {
        SparseLazinessMeter meter = new SparseLazinessMeter(net, alpha, w, task, probe);
        return new RunMeter() {
            @Override
            public Measures measureInitial() {
                return meter.measureInitial();
            }

            @Override
            public Measures measure() {
                return meter.measure(w);
            }

            @Override
            public LyapunovExponent.Dynamics lyapunov() {
                return meter.lyapunov(w);
            }

            @Override
            public UnitActivity activity() {
                return meter.activity();
            }

            @Override
            public double representationDimension() {
                return meter.representationDimension();
            }

            @Override
            public ChangeStructure change() {
                return meter.change(w, initialRecurrent.sparse().values());
            }
        };
    }
}
