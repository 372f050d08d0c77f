package org.richlazy.transform;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Computes a {@link Spectrum} in float64: singular values from EJML's compact SVD without
 * singular vectors; complex eigenvalues from {@link HessenbergQr} (EJML Hessenberg reduction plus
 * Francis double-shift QR), falling back to EJML's general eigen decomposition if that does not
 * converge. The effective ranks then follow from {@link Spectrum#of}.
 */
final class SpectrumCalculator {
    private SpectrumCalculator() {
    }

    static Spectrum of(double[][] matrix) {
        int n = Matrices.requireSquareFinite("spectrum input", matrix);
        DMatrixRMaj a = Matrices.toEjml(matrix);

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
        return Spectrum.of(singular, re, im);
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
