package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.matrix.RandomMatrices;
import org.richlazy.transform.spectrum.Spectrum;

class RegimeCheckTest {

    @Test
    void anUnsignedMatrixScaledLikeTheBaselinesHasAPerronOutlierFarOutsideTheirRegime() {
        // all-positive entries at density 0.1, scaled to the Gaussian's Frobenius norm g sqrt(N): the Perron root is
        // about the mean row sum, here 5.4, far above the Gaussian's radius g
        int n = 200;
        SplittableRandom random = new SplittableRandom(4);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = random.nextDouble() < 0.1 ? 1 + random.nextDouble() : 0;
            }
        }
        double norm = Matrices.frobenius(w);
        for (double[] row : w) {
            for (int j = 0; j < n; j++) {
                row[j] *= 1.25 * Math.sqrt(n) / norm;
            }
        }
        Spectrum s = Transform.spectrum(w);
        String warning = RegimeCheck.warning(s, new Recipe(Map.of("scaling.gain", "1.25")), List.of(1.25, 1.3)).orElseThrow();
        assertThat(warning).startsWith("The studied matrix starts far outside the baselines' regime: its eigenvalue"
                + " of largest real part after scaling is").contains("times the baselines' largest, 1.30", "real, positive and the largest in modulus",
                "transform.row-balance: true");
    }

    @Test
    void theInhibitionDominatedV1TableIsNotWarnedAbout() {
        InitSet set = TestTransform.STAGE.build(new org.richlazy.ingest.Ingested.Table(TestTables.mouseV1L23()),
                TransformSpec.builder().neurons(300).baselines(List.of(BaselineKind.GAUSSIAN)).ranks(List.of())
                        .build());
        assertThat(set.studied().spectrum().spectralRadius()).as("a large negative outlier").isGreaterThan(4);
        assertThat(RegimeCheck.warning(set)).isEmpty();
    }

    @Test
    void aGaussianMatrixIsInItsOwnRegimeAndTheGainIsTheReferenceWithoutBaselines() {
        double[][] w = RandomMatrices.gaussian(200, 1.25, new SplittableRandom(1));
        Spectrum s = Transform.spectrum(w);
        assertThat(RegimeCheck.warning(s, new Recipe(Map.of("scaling.gain", "1.25")), List.of())).isEmpty();
        assertThat(RegimeCheck.warning(s, new Recipe(Map.of("scaling.gain", "5")), List.of()).orElseThrow())
                .contains("times the gain g = 5.00", "Activity decays faster");
    }
}
