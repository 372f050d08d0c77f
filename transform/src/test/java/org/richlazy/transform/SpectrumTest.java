package org.richlazy.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.matrix.RandomMatrices;
import org.richlazy.transform.spectrum.Spectrum;

class SpectrumTest {
    private static final double EPS = 1e-10;

    @Test
    void identityHasFullRankByEveryMeasure() {
        int n = 5;
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        Spectrum s = Transform.spectrum(id);
        assertThat(s.singularValues()).containsExactly(new double[] {1, 1, 1, 1, 1}, within(EPS));
        assertThat(s.eigenReal()).containsExactly(new double[] {1, 1, 1, 1, 1}, within(EPS));
        assertThat(s.eigenImag()).containsExactly(new double[] {0, 0, 0, 0, 0}, within(EPS));
        assertThat(s.erEig()).isCloseTo(1, within(EPS));
        assertThat(s.erSV()).isCloseTo(1, within(EPS));
        assertThat(s.participationRatio()).isCloseTo(n, within(EPS));
        assertThat(s.entropyRank()).isCloseTo(n, within(EPS));
        assertThat(s.stableRank()).isCloseTo(n, within(EPS));
        assertThat(s.spectralRadius()).isCloseTo(1, within(EPS));
        assertThat(s.maxSingularValue()).isCloseTo(1, within(EPS));
        assertThat(s.frobeniusNorm()).isCloseTo(Math.sqrt(n), within(EPS));
    }

    @Test
    void rankOneOuterProductHasOneSingularValueAndEigenvalueVDotU() {
        // W = u v^T, u = (1,2,2), v = (2,0,1): s_1 = |u||v| = 3 sqrt(5), lambda_1 = v.u = 4, rest 0
        double[] u = {1, 2, 2};
        double[] v = {2, 0, 1};
        double[][] w = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                w[i][j] = u[i] * v[j];
            }
        }
        Spectrum s = Transform.spectrum(w);
        double s1 = 3 * Math.sqrt(5);
        assertThat(s.singularValues()).containsExactly(new double[] {s1, 0, 0}, within(1e-9));
        assertThat(s.eigenReal()[0]).isCloseTo(4, within(1e-9));
        assertThat(Math.hypot(s.eigenReal()[1], s.eigenImag()[1])).isCloseTo(0, within(1e-6));
        assertThat(s.erEig()).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(s.erSV()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.participationRatio()).isCloseTo(1, within(1e-9));
        assertThat(s.entropyRank()).isCloseTo(1, within(1e-9));
        assertThat(s.stableRank()).isCloseTo(1, within(1e-9));
        assertThat(s.spectralRadius()).isCloseTo(4, within(1e-9));
        assertThat(s.maxSingularValue()).isCloseTo(s1, within(1e-9));
        assertThat(s.frobeniusNorm()).isCloseTo(s1, within(1e-9));
    }

    @Test
    void diagonalMatchesHandComputation() {
        double[][] w = {{3, 0, 0, 0}, {0, -2, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 0}};
        Spectrum s = Transform.spectrum(w);
        assertThat(s.singularValues()).containsExactly(new double[] {3, 2, 1, 0}, within(EPS));
        assertThat(s.eigenReal()).containsExactly(new double[] {3, -2, 1, 0}, within(EPS));
        // erEig = (3+2+1+0)/(3*4); erSV the same; PR = 14^2/98; stable = 14/9
        assertThat(s.erEig()).isCloseTo(0.5, within(EPS));
        assertThat(s.erSV()).isCloseTo(0.5, within(EPS));
        assertThat(s.participationRatio()).isCloseTo(2, within(EPS));
        assertThat(s.stableRank()).isCloseTo(14.0 / 9, within(EPS));
        // p = (1/2, 1/3, 1/6, 0), 0 log 0 = 0
        double h = 0.5 * Math.log(2) + Math.log(3) / 3 + Math.log(6) / 6;
        assertThat(s.entropyRank()).isCloseTo(Math.exp(h), within(EPS));
        assertThat(s.spectralRadius()).isCloseTo(3, within(EPS));
        assertThat(s.frobeniusNorm()).isCloseTo(Math.sqrt(14), within(EPS));
    }

    @Test
    void scaledRotationHasComplexConjugateEigenvalues() {
        // block diag(2 R(pi/3), 0.5): eigenvalues 2 e^{+-i pi/3} = 1 +- i sqrt(3) and 0.5; s = (2, 2, 0.5)
        double c = 2 * Math.cos(Math.PI / 3);
        double sn = 2 * Math.sin(Math.PI / 3);
        double[][] w = {{c, -sn, 0}, {sn, c, 0}, {0, 0, 0.5}};
        Spectrum s = Transform.spectrum(w);
        assertThat(s.singularValues()).containsExactly(new double[] {2, 2, 0.5}, within(EPS));
        assertThat(s.eigenReal()).containsExactly(new double[] {1, 1, 0.5}, within(EPS));
        assertThat(new double[] {Math.abs(s.eigenImag()[0]), Math.abs(s.eigenImag()[1]), s.eigenImag()[2]})
                .containsExactly(new double[] {Math.sqrt(3), Math.sqrt(3), 0}, within(EPS));
        assertThat(s.eigenImag()[0] + s.eigenImag()[1]).isCloseTo(0, within(EPS));
        assertThat(s.erEig()).isCloseTo(4.5 / 6, within(EPS));
        assertThat(s.erSV()).isCloseTo(4.5 / 6, within(EPS));
        assertThat(s.participationRatio()).isCloseTo(8.25 * 8.25 / 32.0625, within(EPS));
        assertThat(s.stableRank()).isCloseTo(8.25 / 4, within(EPS));
        assertThat(s.spectralRadius()).isCloseTo(2, within(EPS));
    }

    /**
     * Circular law (Girko; Bai 1997): the eigenvalues of randn(N,N)/sqrt(N) fill the unit disk
     * uniformly, so mean |lambda| -> 2/3 and max |lambda| -> 1, erEig -> 2/3; at N = 300 the edge
     * eigenvalue overshoots 1 by a few percent, giving erEig about 0.65 (docs/science.md#effective-ranks).
     * Quarter-circle
     * law: s_i^2 follow Marchenko-Pastur with ratio 1, E[s^2] = 1, E[s^4] = 2 + 1/N exactly, so
     * PR ~ N^2 / (2N + 1) = 149.75 at N = 300. Tolerances from 40 seeds (1..40) at N = 300:
     * erEig ranged 0.609-0.665 (mean 0.643), PR 148.8-150.6 (mean 149.73); the test allows erEig
     * in [0.59, 0.69] and PR within +-3 of 149.75 for each of three other seeds.
     */
    @Test
    void gaussianN300FollowsTheCircularAndQuarterCircleLaws() {
        int n = 300;
        for (long seed = 11; seed <= 13; seed++) {
            double[][] w = RandomMatrices.gaussian(n, 1.0, new SplittableRandom(seed));
            Spectrum s = Transform.spectrum(w);
            double meanAbs = s.erEig() * s.spectralRadius();
            assertThat(meanAbs).as("mean |lambda|, circular law 2/3").isCloseTo(2.0 / 3, within(0.02));
            assertThat(s.spectralRadius()).as("spectral radius, circular law edge 1").isBetween(0.95, 1.15);
            assertThat(s.erEig()).isBetween(0.59, 0.69);
            assertThat(s.participationRatio()).isCloseTo(n * n / (2.0 * n + 1), within(3.0));
            assertThat(s.maxSingularValue()).as("quarter-circle edge 2").isCloseTo(2, within(0.1));
            assertThat(s.frobeniusNorm()).isCloseTo(Math.sqrt(n), within(0.1 * Math.sqrt(n)));
            double sumSquares = 0;
            for (double v : s.singularValues()) {
                sumSquares += v * v;
            }
            assertThat(s.frobeniusNorm()).isCloseTo(Math.sqrt(sumSquares), within(1e-9));
            for (int i = 1; i < n; i++) {
                assertThat(s.singularValues()[i]).isLessThanOrEqualTo(s.singularValues()[i - 1]);
            }
        }
    }

    @Test
    void scaledByMatchesTheSpectrumOfTheScaledMatrix() {
        double[][] w = RandomMatrices.gaussian(20, 1.0, new SplittableRandom(5));
        Spectrum direct = Transform.spectrum(Matrices.scaled(w, -2.5));
        Spectrum scaled = Transform.spectrum(w).scaledBy(-2.5);
        assertThat(scaled.singularValues()).containsExactly(direct.singularValues(), within(1e-9));
        assertThat(scaled.spectralRadius()).isCloseTo(direct.spectralRadius(), within(1e-9));
        assertThat(scaled.frobeniusNorm()).isCloseTo(direct.frobeniusNorm(), within(1e-9));
        assertThat(scaled.participationRatio()).isCloseTo(direct.participationRatio(), within(1e-9));
        assertThat(scaled.erEig()).isCloseTo(direct.erEig(), within(1e-9));
        double sumRe = 0;
        for (int i = 0; i < 20; i++) {
            sumRe += scaled.eigenReal()[i] - direct.eigenReal()[i];
        }
        assertThat(sumRe).isCloseTo(0, within(1e-9));
    }

    @Test
    void badInputIsATypedErrorNamingTheEntry() {
        assertThatThrownBy(() -> Transform.spectrum(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(TransformException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> Transform.spectrum(new double[][] {{1, Double.NaN}, {3, 4}}))
                .isInstanceOf(TransformException.class).hasMessageContaining("[0][1]");
        assertThatThrownBy(() -> Transform.spectrum(new double[0][0]))
                .isInstanceOf(TransformException.class).hasMessageContaining("empty");
    }
}
