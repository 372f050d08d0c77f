package org.richlazy.transform.matrix;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.richlazy.transform.TransformException;

/** Seeded random matrices: the paper's Gaussian init and Haar-random orthogonal matrices. */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /**
     * The paper's Gaussian init {@code g * randn(N, N) / sqrt(N)} (docs/science.md#initial-weights-and-baselines),
     * entries drawn row by
     * row from {@code rng}. Its Frobenius norm is about {@code g * sqrt(N)}, its spectral radius
     * about g (circular law) and its largest singular value about 2g.
     */
    public static double[][] gaussian(int n, double gain, RandomGenerator rng) {
        double sd = gain / Math.sqrt(n);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = sd * rng.nextGaussian();
            }
        }
        return w;
    }

    /**
     * A Haar-distributed random orthogonal N x N matrix: QR of a standard Gaussian matrix, then
     * {@code Q * diag(sign(diag(R)))} so that R has a positive diagonal and the factorisation is
     * unique (Mezzadri 2007, "How to generate random matrices from the classical compact groups",
     * Notices AMS 54:592). Without this sign fix Q depends on the QR routine's sign convention and
     * is not Haar.
     */
    public static double[][] haarOrthogonal(int n, RandomGenerator rng) {
        DMatrixRMaj z = Matrices.toEjml(gaussian(n, Math.sqrt(n), rng));
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        if (!qr.decompose(z)) {
            throw new TransformException("Haar orthogonal matrix", "QR of a Gaussian matrix failed",
                    "a full-rank Gaussian matrix");
        }
        DMatrixRMaj q = qr.getQ(null, false);
        DMatrixRMaj r = qr.getR(null, false);
        double[][] out = Matrices.fromEjml(q);
        for (int j = 0; j < n; j++) {
            if (r.get(j, j) < 0) {
                for (int i = 0; i < n; i++) {
                    out[i][j] = -out[i][j];
                }
            }
        }
        return out;
    }
}
