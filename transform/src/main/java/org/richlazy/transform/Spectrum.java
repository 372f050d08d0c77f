package org.richlazy.transform;

/**
 * Singular values, eigenvalues and the effective ranks of an N x N matrix (SPEC §6).
 *
 * <p>With singular values s_i (descending) and complex eigenvalues lambda_i:
 * <ul>
 *   <li>{@code erEig = sum|lambda_i| / (max|lambda| * N)} (Liu et al. 2024, Fig. 2);</li>
 *   <li>{@code erSV = sum s_i / (s_max * N)};</li>
 *   <li>{@code participationRatio = (sum s_i^2)^2 / sum s_i^4};</li>
 *   <li>{@code entropyRank = exp(-sum p_i log p_i)}, {@code p_i = s_i / sum s} (Roy &amp; Vetterli 2007);</li>
 *   <li>{@code stableRank = sum s_i^2 / s_max^2}.</li>
 * </ul>
 *
 * @param singularValues     descending, length N
 * @param eigenReal          real parts of the eigenvalues, length N
 * @param eigenImag          imaginary parts, same order as {@code eigenReal}
 * @param erEig              eigenvalue effective rank
 * @param erSV               singular-value effective rank
 * @param participationRatio participation ratio of the singular values
 * @param entropyRank        entropy effective rank
 * @param stableRank         stable rank
 * @param spectralRadius     max |lambda_i|
 * @param maxSingularValue   s_max (operator 2-norm)
 * @param frobeniusNorm      sqrt(sum s_i^2)
 */
public record Spectrum(double[] singularValues, double[] eigenReal, double[] eigenImag,
                       double erEig, double erSV, double participationRatio, double entropyRank,
                       double stableRank, double spectralRadius, double maxSingularValue,
                       double frobeniusNorm) {
}
