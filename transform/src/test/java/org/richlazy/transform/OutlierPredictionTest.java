package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.Neuron;
import org.richlazy.transform.matrix.RandomMatrices;
import org.richlazy.transform.spectrum.OutlierPrediction;
import org.richlazy.transform.spectrum.StructureStatistics;

/** The predicted dominant eigenvalue against the measured one. */
class OutlierPredictionTest {

    @Test
    void aBlockConstantMatrixIsPredictedExactly() {
        // classes {0,1} and {2}: W[post][pre] = block mean; B = [[2*1, 1*-2], [2*0.5, 1*0]]
        double[][] w = {{1, 1, -2}, {1, 1, -2}, {0.5, 0.5, 0}};
        OutlierPrediction o = OutlierPrediction.of(w, Transform.spectrum(w), List.of("E", "E", "I"));
        // eigenvalues of [[2, -2], [1, 0]]: 1 +- i, real part 1
        assertThat(o.cellType()).isCloseTo(1, within(1e-9));
        assertThat(o.measured()).isCloseTo(1, within(1e-9));
        assertThat(o.bulkRadius()).isCloseTo(0, within(1e-9));
    }

    @Test
    void chainMotifsRaiseTheOutlierAndTheMotifPredictionFollows() {
        int n = 400;
        int nE = 320;
        SplittableRandom rng = new SplittableRandom(2015);
        double[] h = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            h[i] = Math.exp(0.5 * rng.nextGaussian());
            sum += h[i];
        }
        for (int i = 0; i < n; i++) {
            h[i] *= n / sum;
        }
        // the same propensity for in- and out-connections: in- and out-degrees correlate (chain motifs)
        double[][] w = new double[n][n];
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            classes.add(i < nE ? "E" : "I");
            for (int j = 0; j < n; j++) {
                if (i != j && rng.nextDouble() < Math.min(1, 0.1 * h[i] * h[j])) {
                    w[i][j] = j < nE ? 1 : -2;
                }
            }
        }
        StructureStatistics st = StructureStatistics.of(w, classes);
        assertThat(st.chain()).as("the construction makes chain motifs").isGreaterThan(0.15);
        OutlierPrediction o = OutlierPrediction.of(w, Transform.spectrum(w), classes);
        assertThat(o.measured()).isGreaterThan(2 * o.bulkRadius());
        assertThat(o.withMotifs()).as("within 5% of the measured outlier").isCloseTo(o.measured(),
                within(0.05 * o.measured()));
        assertThat(Math.abs(o.cellType() - o.measured()) / o.measured()).as("block means alone miss it")
                .isGreaterThan(0.15);
        assertThat(o.outliers()).isNotEmpty();
        assertThat(o.outliers().get(0)[0]).isCloseTo(o.measured(), within(1e-9));
    }

    @Test
    void theBulkRadiusOfAGaussianMatrixIsItsCircularLaw() {
        int n = 300;
        double g = 1.25;
        double[][] w = RandomMatrices.gaussian(n, g, new SplittableRandom(3));
        OutlierPrediction o = OutlierPrediction.of(w, Transform.spectrum(w), null);
        assertThat(o.bulkRadius()).isCloseTo(g, within(0.03));
        assertThat(o.outliers().size()).as("at most a few eigenvalues stray past the edge").isLessThan(5);
    }

    @Test
    void aClassWithoutInputLeavesTheMotifPredictionUndefinedWithItsReason() {
        // class C (neuron 2) receives nothing: row block C of P^T W P is zero, so it is singular
        double[][] w = {{0, 1, -1}, {2, 0, -1}, {0, 0, 0}};
        OutlierPrediction o = OutlierPrediction.of(w, Transform.spectrum(w), List.of("A", "B", "C"));
        assertThat(o.withMotifs()).isNaN();
        assertThat(o.undefined()).singleElement().asString().startsWith("predicted_dominant_motifs undefined: P^T W P")
                .contains("3 classes is singular");
        // B = W here (one neuron per class): numpy.linalg.eigvals([[0,1,-1],[2,0,-1],[0,0,0]]) = +-sqrt(2), 0
        assertThat(o.cellType()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(o.bulkRadius()).isZero();
    }

    /**
     * The 65-type flyvis table (examples/data/flyvis-fib25-celltypes) sampled to 300 neurons: its
     * {@code P^T W P} is singular, which once made every command stop. Reference values from NumPy 2.x on the
     * same sampled matrix: {@code max(eigvals(B).real)} and {@code sqrt(max(abs(eigvals(S))))}.
     */
    @Test
    void theFlyvisTypeTableDecomposesAndAgreesWithNumpy() {
        Ingested.Table table = (Ingested.Table) TestTransform.READERS.read(Path.of("..", "examples", "data", "flyvis-fib25-celltypes"),
                java.util.Optional.empty());
        var sampled = CellTypeSampler.sample(table.table(), 300, 1, Strength.MEAN);
        double[][] w = sampled.weightsCopy();
        List<String> classes = sampled.neurons().stream().map(Neuron::cellClass).toList();
        OutlierPrediction o = OutlierPrediction.of(w, Transform.spectrum(w), classes);
        assertThat(o.cellType()).isCloseTo(255.97382225686022, within(1e-9));
        assertThat(o.bulkRadius()).isCloseTo(30.052753617597183, within(1e-9));
        assertThat(o.measured()).isCloseTo(255.97382225685956, within(1e-9));
        // 1 / numpy.linalg.cond(P^T W P) = 1.44e-19
        assertThat(o.withMotifs()).isNaN();
        assertThat(o.undefined()).singleElement().asString().contains("65 classes is singular");
    }

    /**
     * The built-in V1 table at 60 neurons and its cell-type block baseline (1 / cond of its {@code P^T W P} = 2.0e-3).
     * NumPy on the same scaled matrices: B's largest real eigenvalue, the bulk radius and
     * {@code max(eigvals(solve(P^T W P, P^T W^2 P)).real)}.
     */
    @Test
    void theV1PresetAtSixtyNeuronsWithItsBlockBaselineDecomposesAndAgreesWithNumpy() {
        InitSet set = TestTransform.STAGE.build(new Ingested.Table(TestTables.mouseV1L23()),
                TransformSpec.builder().neurons(60).baselines(List.of(BaselineKind.CELLTYPE_BLOCK)).ranks(List.of())
                        .build());
        List<String> classes = set.source().neurons().stream().map(Neuron::cellClass).toList();
        OutlierPrediction studied = OutlierPrediction.of(set.studied().matrix(), set.studied().spectrum(), classes);
        assertThat(studied.cellType()).isCloseTo(0.28867002203302716, within(1e-12));
        assertThat(studied.bulkRadius()).isCloseTo(1.0771982465734105, within(1e-12));
        assertThat(studied.withMotifs()).isCloseTo(6.020508006753644, within(1e-9));
        assertThat(studied.undefined()).isEmpty();
        InitialWeights block = set.baselines().get(0);
        OutlierPrediction o = OutlierPrediction.of(block.matrix(), block.spectrum(), classes);
        assertThat(o.cellType()).isCloseTo(0.22218604505607722, within(1e-12));
        assertThat(o.bulkRadius()).isCloseTo(1.0749482995184132, within(1e-12));
        assertThat(o.measured()).isCloseTo(0.8125544785969611, within(1e-12));
        assertThat(o.withMotifs()).isCloseTo(0.08435324680912554, within(1e-9));
        assertThat(o.undefined()).isEmpty();
    }
}
