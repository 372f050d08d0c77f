package org.richlazy.transform.spectrum;

import org.richlazy.transform.TransformException;

/**
 * Singular values, eigenvalues and the effective ranks of an N x N matrix (docs/science.md#effective-ranks).
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
 * @param size               N; the value arrays hold all N values, or only the largest ones for a
 *                           {@linkplain #partial partial} spectrum
 */
public record Spectrum(double[] singularValues, double[] eigenReal, double[] eigenImag,
                       double erEig, double erSV, double participationRatio, double entropyRank,
                       double stableRank, double spectralRadius, double maxSingularValue,
                       double frobeniusNorm, int size) {

    /**
     * The part of a large matrix's spectrum that is computed without making it dense (docs/science.md#connectome-scale):
     * its largest singular and eigenvalues, its norms, radius, participation ratio and stable rank. erEig, erSV and
     * the entropy rank need every value and are {@code NaN}; {@link #complete()} is false.
     */
    public static Spectrum partial(LargeSpectrum large, int n) {
        return new Spectrum(large.topSingularValues().clone(), large.topEigenReal().clone(),
                large.topEigenImag().clone(), Double.NaN, Double.NaN, large.participationRatio(), Double.NaN,
                large.stableRank(), large.spectralRadius(), large.maxSingularValue(), large.frobeniusNorm(), n);
    }

    /** Whether every eigen- and singular value is here (else only the largest, {@link #partial}). */
    public boolean complete() {
        return singularValues.length == size;
    }

    /** What a partial spectrum leaves out, and why; empty for a complete one. */
    public String notComputed() {
        return complete() ? "" : "erEig, erSV, entropy rank and the full spectrum: not computed at this size (N = "
                + size + ", sparse weights)";
    }

    /**
     * The spectrum with every effective rank computed from the given values (docs/science.md#effective-ranks).
     *
     * <p>Singular values are sorted descending; eigenvalues are sorted by descending modulus
     * (ties by real part, then imaginary part, descending). The Frobenius norm is
     * {@code sqrt(sum s_i^2)}. Every sum runs over {@code s_i / s_max} and {@code |lambda_i| / max|lambda|}
     * (each rank is scale-invariant, the norm is {@code s_max sqrt(sum (s_i / s_max)^2)}), so no power of a
     * value near {@link Double#MAX_VALUE} overflows (docs/science.md#overflow-safe-norms). For the zero
     * matrix every rank is {@code NaN} (0 / 0) and the norms and radius are 0.
     *
     * @throws TransformException if the arrays differ in length, are empty, hold a non-finite or
     *                            (singular values) negative entry
     */
    public static Spectrum of(double[] singularValues, double[] eigenReal, double[] eigenImag) {
        int n = singularValues.length;
        if (n == 0 || eigenReal.length != n || eigenImag.length != n) {
            throw new TransformException("Spectrum.of", "lengths " + n + ", " + eigenReal.length + ", "
                    + eigenImag.length, "three arrays of the same length N >= 1");
        }
        double[] s = singularValues.clone();
        for (int i = 0; i < n; i++) {
            if (!(s[i] >= 0) || !Double.isFinite(s[i])) {
                throw new TransformException("Spectrum.of singular value " + i, "value " + s[i],
                        "a finite non-negative number");
            }
            if (!Double.isFinite(eigenReal[i]) || !Double.isFinite(eigenImag[i])) {
                throw new TransformException("Spectrum.of eigenvalue " + i,
                        "value " + eigenReal[i] + " + " + eigenImag[i] + "i", "a finite complex number");
            }
        }
        java.util.Arrays.sort(s);
        for (int i = 0; i < n / 2; i++) {
            double t = s[i];
            s[i] = s[n - 1 - i];
            s[n - 1 - i] = t;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator
                .comparingDouble((Integer i) -> -Math.hypot(eigenReal[i], eigenImag[i]))
                .thenComparingDouble(i -> -eigenReal[i])
                .thenComparingDouble(i -> -eigenImag[i]));
        double[] re = new double[n];
        double[] im = new double[n];
        double radius = Math.hypot(eigenReal[order[0]], eigenImag[order[0]]);
        double sumAbsEig = 0;
        for (int k = 0; k < n; k++) {
            re[k] = eigenReal[order[k]];
            im[k] = eigenImag[order[k]];
            sumAbsEig += Math.hypot(re[k], im[k]) / radius;
        }
        double sMax = s[0];
        double sum1 = 0;
        double sum2 = 0;
        double sum4 = 0;
        for (double v : s) {
            double x = v / sMax;
            sum1 += x;
            sum2 += x * x;
            sum4 += x * x * x * x;
        }
        double entropy = 0;
        for (double v : s) {
            double p = v / sMax / sum1;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        double entropyRank = sum1 > 0 ? Math.exp(entropy) : Double.NaN;
        return new Spectrum(s, re, im,
                sumAbsEig / n,
                sum1 / n,
                sum2 * sum2 / sum4,
                entropyRank,
                sum2,
                radius, sMax, sMax == 0 ? 0 : sMax * Math.sqrt(sum2), n);
    }

    /** What {@code erEig} is for a matrix whose eigenvalues are all 0 (a feed-forward circuit): 0 / 0. */
    public static final String ER_EIG_UNDEFINED = "undefined (spectral radius 0)";

    /**
     * Whether {@code erEig} is defined: some eigenvalue is nonzero (else it is 0 / 0, stored as NaN), and the spectrum
     * is {@linkplain #complete() complete}.
     */
    public boolean hasErEig() {
        return spectralRadius > 0 && complete();
    }

    /**
     * The spectrum of {@code factor * W}: singular values and norms times |factor|, eigenvalues
     * times factor, every effective rank unchanged (they are scale-invariant).
     */
    public Spectrum scaledBy(double factor) {
        double a = Math.abs(factor);
        double[] s = new double[singularValues.length];
        double[] re = new double[eigenReal.length];
        double[] im = new double[eigenImag.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a * singularValues[i];
            re[i] = factor * eigenReal[i];
            im[i] = factor * eigenImag[i];
        }
        return new Spectrum(s, re, im, erEig, erSV, participationRatio, entropyRank, stableRank,
                a * spectralRadius, a * maxSingularValue, a * frobeniusNorm, size);
    }
}
