package org.richlazy.train;

import java.util.List;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.transform.SpecProblem;

/**
 * The optimiser's step (docs/science.md#model-transform---train): the keys {@code training.optimizer},
 * {@code training.learning-rate}, {@code training.momentum} and {@code training.batch-size}
 * (docs/config.md#training). A {@code null} component takes its default.
 *
 * @param optimizer    {@code sgd} (momentum, PyTorch convention; default, paper) or {@code adam}
 * @param learningRate the step size (default and paper 0.003)
 * @param momentum     SGD's momentum, in [0, 1) (default and paper 0.9; Adam takes none)
 * @param batchSize    trials per step (default and paper 32; sMNIST 200)
 */
public record Optimisation(OptimizerKind optimizer, Double learningRate, Double momentum, Integer batchSize) {
    /**
     * Upper bound against typing slips (docs/config.md#upper-bounds): a learning rate above 10 makes every
     * optimiser step overshoot by orders of magnitude (the paper uses 0.003).
     */
    public static final double MAX_LEARNING_RATE = 10;

    public Optimisation {
        optimizer = optimizer == null ? OptimizerKind.SGD : optimizer;
        learningRate = learningRate == null ? 0.003 : learningRate;
        momentum = momentum == null ? 0.9 : momentum;
        batchSize = batchSize == null ? 32 : batchSize;
    }

    /** Every default: the paper's SGD. */
    public static Optimisation defaults() {
        return new Optimisation(null, null, null, null);
    }

    /** A new optimiser of this kind and rate, with no state yet. */
    public Optimizer create() {
        return optimizer.create(learningRate, momentum);
    }

    /** What is wrong with these values (empty when nothing is). */
    public List<SpecProblem> problems() {
        return new SpecProblem.Checks()
                .positive("learning-rate", learningRate)
                .atMost("learning-rate", learningRate, MAX_LEARNING_RATE)
                .require(momentum >= 0 && momentum < 1, "momentum", "= " + momentum, "a number in [0, 1)")
                .atLeast("batch-size", batchSize, 1)
                .list();
    }
}
