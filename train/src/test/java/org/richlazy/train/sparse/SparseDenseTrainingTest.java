package org.richlazy.train.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.richlazy.train.Precision;
import org.richlazy.train.SeededRandom;
import org.richlazy.train.TrainingPath;
import org.richlazy.train.TrialBatch;
import org.richlazy.train.model.CrossEntropy;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.Optimizer;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.model.WeightConstraints;
import org.richlazy.train.task.PerceptualDecisionMaking;

/**
 * Training on the synapses is training under the {@code mask} constraint (docs/science.md#connectome-scale): the
 * same masked init trained 100 iterations on the same 2AF batches, dense float32 with the mask kept by projection and
 * sparse, gives the same loss at every iteration and the same final weights within 1e-4 relative, with SGD with
 * momentum and with Adam.
 */
class SparseDenseTrainingTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void sparseTrainingEqualsMaskedDenseTraining(OptimizerKind kind) {
        RandomGenerator rng = SeededRandom.create(31);
        int n = 200;
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        CtrnnWeights init = CtrnnWeights.initialise(SparseCtrnnTest.masked(n, 0.05, rng), task.inputSize(),
                task.outputSize(), rng);
        SynapsePattern pattern = DenseReference.pattern(init.wH(), n);
        TrainingPath dense = TrainingPath.of(Precision.FLOAT32, 1.0, init.copy(), kind.create(0.003, 0.9),
                WeightConstraints.of(List.of("mask"), init.wH(), n));
        SparseCtrnnWeights w = DenseReference.weights(init, pattern);
        SparseCtrnn sparse = new SparseCtrnn(1.0, pattern, task.inputSize(), task.outputSize(), 2);
        Optimizer optimizer = kind.create(0.003, 0.9);
        double largestGap = 0;
        for (int it = 0; it < 100; it++) {
            TrialBatch batch = task.sample(32, rng);
            double denseLoss = dense.evaluate(batch, task.outputSize(), true).loss();
            dense.update();
            CrossEntropy.Evaluation eval = CrossEntropy.evaluate(sparse.forward(w, batch.inputs()), batch.batchSize(),
                    batch.labels(), task.outputSize(), true, batch.decisionStep());
            optimizer.step(w.all(), sparse.gradients(w, eval.dLogits()).all());
            largestGap = Math.max(largestGap, Math.abs(eval.loss() - denseLoss) / denseLoss);
        }
        assertThat(largestGap).as("largest relative loss gap over 100 iterations").isLessThan(1e-4);
        CtrnnWeights trained = dense.weights();
        CtrnnWeights sparseTrained = w.toDouble();
        assertRelativelyClose(sparseTrained.wH(), trained.wH(), "W_h");
        assertRelativelyClose(sparseTrained.wIn(), trained.wIn(), "W_in");
        assertRelativelyClose(sparseTrained.wOut(), trained.wOut(), "W_out");
        double moved = 0;
        for (int i = 0; i < init.wH().length; i++) {
            moved = Math.max(moved, Math.abs(trained.wH()[i] - init.wH()[i]));
        }
        assertThat(moved).as("training moved W_h").isGreaterThan(1e-4);
    }

    private static void assertRelativelyClose(double[] actual, double[] expected, String what) {
        double scale = 0;
        double gap = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            gap = Math.max(gap, Math.abs(actual[i] - expected[i]));
        }
        assertThat(gap / scale).as("%s: largest gap over largest entry", what).isLessThan(1e-4);
    }
}
