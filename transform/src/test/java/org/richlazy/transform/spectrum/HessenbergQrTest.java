package org.richlazy.transform.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.richlazy.transform.CellTypeSampler;
import org.richlazy.transform.Strength;
import org.richlazy.transform.TestConnectomes;
import org.richlazy.transform.TestTables;
import org.richlazy.transform.matrix.Matrices;
import org.richlazy.transform.matrix.RandomMatrices;

/** The Francis QR eigenvalues against EJML's general eigen decomposition and known spectra. */
class HessenbergQrTest {

    @Test
    void agreesWithEjmlOnRandomAndStructuredMatrices() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int n : new int[] {1, 2, 3, 7, 50, 200}) {
            assertSameEigenvalues(RandomMatrices.gaussian(n, 1.0, rng), 1e-10);
        }
        assertSameEigenvalues(TestConnectomes.signedSparse(120, 3).weightsCopy(), 1e-10);
        assertSameEigenvalues(CellTypeSampler.sample(TestTables.mouseV1L23(), 150, 2, Strength.MEAN).weightsCopy(), 1e-10);
        assertSameEigenvalues(new double[6][6], 0);
        double[][] shift = new double[8][8];
        for (int i = 0; i < 7; i++) {
            shift[i + 1][i] = 1;
        }
        shift[0][7] = 1; // cyclic permutation: eigenvalues are the 8th roots of unity
        assertSameEigenvalues(shift, 1e-10);
        double[][] rows = RandomMatrices.gaussian(60, 1.0, rng);
        for (int i = 0; i < 60; i++) {
            rows[i] = rows[0].clone(); // rank 1, 59 zero eigenvalues
        }
        // a defective zero eigenvalue of multiplicity k is only determined to about eps^(1/k)
        assertSameEigenvalues(rows, 1e-6);
    }

    @Test
    void cyclicPermutationHasTheRootsOfUnity() {
        int n = 8;
        double[][] shift = new double[n][n];
        for (int i = 0; i < n - 1; i++) {
            shift[i + 1][i] = 1;
        }
        shift[0][n - 1] = 1;
        double[][] e = HessenbergQr.eigenvalues(new DMatrixRMaj(shift));
        for (int k = 0; k < n; k++) {
            assertThat(Math.hypot(e[0][k], e[1][k])).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        }
        double sumRe = 0;
        double sumIm = 0;
        for (int k = 0; k < n; k++) {
            sumRe += e[0][k];
            sumIm += e[1][k];
        }
        assertThat(sumRe).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(sumIm).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
    }

    /** Every EJML eigenvalue is matched one-to-one by a Francis QR eigenvalue within tol * max(1, ||W||_F). */
    private static void assertSameEigenvalues(double[][] w, double tol) {
        DMatrixRMaj a = new DMatrixRMaj(w);
        double[][] mine = HessenbergQr.eigenvalues(a);
        assertThat(mine).as("converged").isNotNull();
        double[][] ref = SpectrumCalculator.ejmlEigenvalues(a);
        int n = w.length;
        double scale = Math.max(1, Matrices.frobenius(w));
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(ref[0][i] - mine[0][j], ref[1][i] - mine[1][j]);
                if (!used[j] && d < bestDist) {
                    bestDist = d;
                    best = j;
                }
            }
            used[best] = true;
            assertThat(bestDist / scale).as("n = %d, eigenvalue %d", n, i).isLessThanOrEqualTo(tol);
        }
    }
}
