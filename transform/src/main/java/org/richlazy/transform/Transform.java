package org.richlazy.transform;

import org.richlazy.ingest.Ingested;

/** The transform stage: ingested connectivity to an {@link InitSet}. */
public final class Transform {
    private Transform() {
    }

    /**
     * Samples (cell-type table) or selects (matrix) N neurons, applies the sign rule, scales, and
     * builds each baseline scaled the same way, every draw from {@code spec.seed()}.
     */
    public static InitSet build(Ingested source, TransformSpec spec) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * The spectrum and effective ranks of an N x N matrix (SPEC §6), in float64 with EJML:
     * singular values descending, complex eigenvalues by descending modulus, see {@link Spectrum}.
     *
     * @throws TransformException if the matrix is empty, not square or holds a non-finite value
     */
    public static Spectrum spectrum(double[][] matrix) {
        return SpectrumCalculator.of(matrix);
    }
}
