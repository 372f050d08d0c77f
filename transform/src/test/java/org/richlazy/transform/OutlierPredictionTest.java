package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
}
