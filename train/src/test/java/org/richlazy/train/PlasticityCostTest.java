package org.richlazy.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.richlazy.train.model.CtrnnWeights;
import org.richlazy.train.model.OptimizerKind;
import org.richlazy.train.task.PerceptualDecisionMaking;
import org.richlazy.train.task.TestTasks;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.SparseMatrix;

class PlasticityCostTest {

    @Test
    void sumsAndSharesByHand() {
        double[][] start = {{1, 0}, {-2, 2}};
        double[][] end = {{1.5, 0.1}, {-2, 1.0}};
        PlasticityCost c = PlasticityCost.of(new DenseMatrix(start), new DenseMatrix(end), 3.25);
        // dW = [[0.5, 0.1], [0, -1]]: l1 1.6, l2 1.26; synapses 1, -2, 2 with RMS sqrt(3), threshold 0.01 sqrt 3:
        // the first and the last moved beyond it, the new synapse at (0, 1) is not one of them
        assertThat(c.l1()).isCloseTo(1.6, within(1e-15));
        assertThat(c.l2()).isCloseTo(1.26, within(1e-15));
        assertThat(c.synapsesChanged()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(c.pathLength()).isEqualTo(3.25);
    }

    @Test
    void sparseAndDenseGiveTheSameCost() {
        double[][] start = {{0, 0.3, 0}, {0.2, 0, -0.4}, {0, 0, 0.1}};
        double[][] end = {{0, 0.3005, 0}, {0.1, 0, -0.45}, {0, 0, 0.1}};
        PlasticityCost dense = PlasticityCost.of(new DenseMatrix(start), new DenseMatrix(end), 1);
        PlasticityCost sparse = PlasticityCost.of(SparseMatrix.of(start), SparseMatrix.of(end), 1);
        assertThat(sparse.l1()).isCloseTo(dense.l1(), within(1e-15));
        assertThat(sparse.l2()).isCloseTo(dense.l2(), within(1e-15));
        // RMS of 0.3, 0.2, -0.4, 0.1 is 0.2739; threshold 0.00274: 0.0005 is below it, 0.1 and 0.05 above
        assertThat(sparse.synapsesChanged()).isEqualTo(0.5).isEqualTo(dense.synapsesChanged());
    }

    @Test
    void noSynapsesLeaveTheShareUndefined() {
        double[][] zero = new double[2][2];
        assertThat(PlasticityCost.of(new DenseMatrix(zero), new DenseMatrix(zero), 0).synapsesChanged()).isNaN();
    }

    @Test
    void aRunsL2IsItsSquaredWeightChangeAndItsPathIsTheSumOfItsSteps() {
        for (String precision : List.of("float32", "float64")) {
            TrainingSpec spec = TrainerTest.withPrecision(TrainerTest.spec(30, "adam", 0.01, 0, 10, 1e4), precision);
            RunResult r = Trainer.train(TrainerTest.gaussian(24, 5),
                    TestTasks.CATALOG.task("2af", TrainingSpec.defaults()), 3, spec).result();
            double change = r.finalMeasures().weightChange();
            assertThat(r.plasticity().l2()).as(precision).isCloseTo(change * change, within(1e-12 * change * change));
            assertThat(r.plasticity().pathLength()).as(precision).isGreaterThan(change);
            assertThat(r.plasticity().synapsesChanged()).as(precision).isBetween(0.5, 1.0);
        }
    }

    @Test
    void pathLengthAddsTheNormsOfTheUpdates() {
        PerceptualDecisionMaking task = new PerceptualDecisionMaking();
        RandomGenerator rng = SeededRandom.create(9);
        CtrnnWeights init = CtrnnWeights.initialise(TrainerTest.gaussian(12, 2).matrix(), task.inputSize(),
                task.outputSize(), rng);
        TrainingPath path = TrainingPath.of(Precision.FLOAT64, 1.0, init.copy(),
                OptimizerKind.ADAM.create(0.01, 0.9));
        List<double[]> snapshots = new ArrayList<>(List.of(path.weights().wH().clone()));
        double reported = 0;
        for (int it = 0; it < 5; it++) {
            path.evaluate(task.sample(8, rng), task.outputSize(), true);
            reported += path.update();
            snapshots.add(path.weights().wH().clone());
        }
        double expected = 0;
        for (int k = 1; k < snapshots.size(); k++) {
            double sum = 0;
            for (int i = 0; i < snapshots.get(k).length; i++) {
                double d = snapshots.get(k)[i] - snapshots.get(k - 1)[i];
                sum += d * d;
            }
            expected += Math.sqrt(sum);
        }
        assertThat(reported).isCloseTo(expected, within(1e-15 * expected));
    }
}
