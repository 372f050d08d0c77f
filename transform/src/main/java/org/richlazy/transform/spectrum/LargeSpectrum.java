package org.richlazy.transform.spectrum;

/**
 * The part of a large sparse matrix's spectrum that is computed without making it dense
 * (docs/science.md#connectome-scale): its top eigen- and singular values by Arnoldi and Lanczos iterations, its
 * norms, and the effective ranks that need only those: {@code participationRatio = ||W||_F^4 / ||W^T W||_F^2} (the
 * same value as {@code (sum s_i^2)^2 / sum s_i^4}, docs/science.md#effective-ranks) and
 * {@code stableRank = ||W||_F^2 / s_max^2}. The ranks that need every eigen- or singular value (erEig, erSV, the
 * entropy rank) and the full spectrum are not computed; {@link #notComputed} says so.
 *
 * @param topEigenReal            real parts of the eigenvalues of largest modulus, by descending modulus
 * @param topEigenImag            their imaginary parts, same order
 * @param topSingularValues       the largest singular values, descending
 * @param spectralRadius          max |lambda|
 * @param maxSingularValue        s_max
 * @param frobeniusNorm           ||W||_F
 * @param participationRatio      ||W||_F^4 / ||W^T W||_F^2, exact or estimated ({@link #participationRatioError})
 * @param participationRatioError 0 when exact; else the standard error of the estimate (seeded Hutchinson
 *                                estimator of {@code ||W^T W||_F^2}, propagated to the ratio)
 * @param stableRank              ||W||_F^2 / s_max^2
 * @param notComputed             what is not computed at this size, and why, for inspect, summary.csv and the report
 */
public record LargeSpectrum(double[] topEigenReal, double[] topEigenImag, double[] topSingularValues,
                            double spectralRadius, double maxSingularValue, double frobeniusNorm,
                            double participationRatio, double participationRatioError, double stableRank,
                            String notComputed) {

    /** Whether the participation ratio is exact (not estimated). */
    public boolean participationRatioExact() {
        return participationRatioError == 0;
    }
}
