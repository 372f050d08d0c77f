package org.richlazy.transform.spectrum;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.matrix.Matrices;

/**
 * Computes a {@link Spectrum} in float64: singular values from EJML's compact SVD without
 * singular vectors; complex eigenvalues from {@link HessenbergQr} (EJML Hessenberg reduction plus
 * Francis double-shift QR), falling back to EJML's general eigen decomposition if that does not
 * converge. The effective ranks then follow from {@link Spectrum#of}.
 *
 * <p>Both decompositions see {@code W / M} with {@code M = max|w_ij|}, whose entries lie in [-1, 1],
 * and the spectrum is scaled back by M ({@link Spectrum#scaledBy}): singular values and eigenvalues
 * are homogeneous of degree 1, so this is exact up to rounding, and a finite W with entries near
 * {@link Double#MAX_VALUE} no longer overflows inside EJML (docs/science.md#overflow-safe-norms).
 * A norm that itself exceeds {@link Double#MAX_VALUE} comes back infinite, and scaling refuses it.
 */
public final class SpectrumCalculator {
    private SpectrumCalculator() {
    }

    /**
     * The spectrum of an N x N matrix.
     *
     * @throws TransformException if the matrix is empty, not square or holds a non-finite value
     */
    public static Spectrum of(double[][] matrix) {
        int n = Matrices.requireSquareFinite("spectrum input", matrix);
        double unit = Matrices.maxAbs(matrix);
        DMatrixRMaj a = Matrices.toEjml(Matrices.inUnitsOfMax(matrix));

        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, false, false, true);
        if (!svd.decompose(svd.inputModified() ? a.copy() : a)) {
            throw new TransformException("spectrum of a " + n + " x " + n + " matrix", "SVD did not converge",
                    "a matrix EJML can decompose");
        }
        double[] singular = java.util.Arrays.copyOf(svd.getSingularValues(), n);

        double[][] eigen = HessenbergQr.eigenvalues(a);
        if (eigen == null) {
            eigen = ejmlEigenvalues(a);
        }
        double[] re = eigen[0];
        double[] im = eigen[1];
        Spectrum inUnits = Spectrum.of(singular, re, im);
        return unit > 0 ? inUnits.scaledBy(unit) : inUnits;
    }

    /** Eigenvalues from EJML's general eigen decomposition (the fallback of {@link HessenbergQr}). */
    static double[][] ejmlEigenvalues(DMatrixRMaj a) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(a.copy())) {
            throw new TransformException("spectrum of a " + n + " x " + n + " matrix",
                    "eigen decomposition did not converge", "a matrix EJML can decompose");
        }
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            Complex_F64 lambda = eig.getEigenvalue(i);
            re[i] = lambda.real;
            im[i] = lambda.imaginary;
        }
        return new double[][] {re, im};
    }
}
