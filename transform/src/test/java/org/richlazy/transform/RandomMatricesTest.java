package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.matrix.RandomMatrices;

class RandomMatricesTest {

    @Test
    void haarMatrixIsOrthogonal() {
        double[][] q = RandomMatrices.haarOrthogonal(40, new SplittableRandom(1));
        for (int a = 0; a < 40; a++) {
            for (int b = 0; b < 40; b++) {
                double dot = 0;
                for (int i = 0; i < 40; i++) {
                    dot += q[i][a] * q[i][b];
                }
                assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-12));
            }
        }
    }

    /**
     * For Haar O(n) every entry is symmetric about 0 with E[q^2] = 1/n. Without the sign fix the
     * diagonal of Q inherits the sign convention of the QR routine, so its mean is biased.
     * n = 3, 4000 draws: standard error of a diagonal mean is sqrt(1/3/4000) = 0.009.
     */
    @Test
    void haarDiagonalIsUnbiased() {
        SplittableRandom rng = new SplittableRandom(2);
        double[] sum = new double[3];
        double sumSq = 0;
        int draws = 4000;
        for (int d = 0; d < draws; d++) {
            double[][] q = RandomMatrices.haarOrthogonal(3, rng);
            for (int i = 0; i < 3; i++) {
                sum[i] += q[i][i];
            }
            sumSq += q[0][0] * q[0][0];
        }
        for (int i = 0; i < 3; i++) {
            assertThat(sum[i] / draws).as("mean Q[%d][%d]", i, i).isCloseTo(0, within(0.04));
        }
        assertThat(sumSq / draws).isCloseTo(1.0 / 3, within(0.03));
    }

    @Test
    void gaussianHasTheRequestedVariance() {
        double[][] w = RandomMatrices.gaussian(200, 1.25, new SplittableRandom(3));
        // Frobenius^2 = sum of N^2 entries of variance g^2/N: mean g^2 N, sd g^2 sqrt(2)
        assertThat(Matrices.frobenius(w) * Matrices.frobenius(w)).isCloseTo(1.5625 * 200, within(6 * 1.5625 * Math.sqrt(2)));
    }

    @Test
    void seedsAreDeterministicAndDistinct() {
        assertThat(Seeds.derive(1, "gaussian")).isEqualTo(Seeds.derive(1, "gaussian"));
        assertThat(Seeds.derive(1, "gaussian")).isNotEqualTo(Seeds.derive(2, "gaussian"));
        assertThat(java.util.stream.Stream.of("gaussian", "truncated-rank", "rank-matched", "spectrum-matched",
                "shuffled", "selection", "celltype-sampler").map(s -> Seeds.derive(1, s)).distinct().count())
                .isEqualTo(7);
    }
}
