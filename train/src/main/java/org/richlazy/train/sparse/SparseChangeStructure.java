package org.richlazy.train.sparse;

import java.util.Collections;
import java.util.List;
import org.richlazy.train.ChangeStructure;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.LargeSpectrum;
import org.richlazy.transform.spectrum.SparseSpectrumCalculator;

/**
 * The {@link ChangeStructure} of a sparse run (docs/science.md#connectome-scale), {@code dW = W_h(final) - W_h(0)}
 * on the synapses, without an N x N array: the participation ratio {@code ||dW||_F^4 / ||dW^T dW||_F^2} and the
 * stable rank {@code ||dW||_F^2 / s_max^2} from {@link SparseSpectrumCalculator#singularPart} (exact up to its work
 * bound, then estimated; the eigenvalues of dW are not computed), the sign flips counted on the synapses, the
 * new-synapse share 0 (no entry off the pattern can change), and the subspace overlaps from the top five singular
 * triplets of dW and of W_h(0) by Lanczos ({@link SparseSpectrumCalculator#singularTriplets}). NaN when nothing changed, the final weights are not finite,
 * ARPACK does not converge or N is below the calculator's least size (docs/science.md#undefined-statistics).
 */
final class SparseChangeStructure {
    /** The seed of the calculator's start vectors and probes: fixed, so a run's record does not depend on the run. */
    private static final long SEED = 0;

    private SparseChangeStructure() {
    }

    /** The structure of {@code last - initial}, both W_h's values on {@code pattern} in row order. */
    static ChangeStructure of(SynapsePattern pattern, double[] initial, float[] last) {
        double[] change = new double[initial.length];
        double total = 0;
        double onAbsent = 0;
        long flips = 0;
        for (int k = 0; k < initial.length; k++) {
            double w0 = initial[k];
            double d = last[k] - w0;
            change[k] = d;
            total += d * d;
            if (w0 == 0) {
                onAbsent += d * d;
            } else if (w0 * last[k] < 0) {
                flips++;
            }
        }
        List<Double> none = Collections.nCopies(ChangeStructure.KS.length, Double.NaN);
        SparseMatrix dw = total > 0 && Double.isFinite(total) ? matrix(pattern, change) : null;
        LargeSpectrum spectrum = dw == null ? null : spectrum(dw);
        if (spectrum == null) {
            return new ChangeStructure(Double.NaN, Double.NaN, none, none, Double.NaN, flips);
        }
        List<List<Double>> overlaps = overlaps(dw, matrix(pattern, initial));
        return new ChangeStructure(spectrum.participationRatio(), spectrum.stableRank(),
                overlaps == null ? none : overlaps.get(0), overlaps == null ? none : overlaps.get(1),
                onAbsent / total, flips);
    }

    /**
     * The output- and input-subspace overlaps of dW's and W_h(0)'s top-k singular subspaces for each k of
     * {@link ChangeStructure#KS}, {@code ||U_k(dW)^T U_k(W0)||_F^2 / k}, from their top singular triplets; null when
     * N is too small for the Lanczos step or it does not converge.
     */
    private static List<List<Double>> overlaps(SparseMatrix dw, SparseMatrix w0) {
        int most = ChangeStructure.KS[ChangeStructure.KS.length - 1];
        SparseSpectrumCalculator.SingularTriplets change;
        SparseSpectrumCalculator.SingularTriplets begin;
        try {
            change = SparseSpectrumCalculator.singularTriplets(dw, most, SEED);
            begin = SparseSpectrumCalculator.singularTriplets(w0, most, SEED);
        } catch (TransformException e) {
            return null;
        }
        List<Double> left = new java.util.ArrayList<>();
        List<Double> right = new java.util.ArrayList<>();
        for (int k : ChangeStructure.KS) {
            left.add(overlap(change.left(), begin.left(), k));
            right.add(overlap(change.right(), begin.right(), k));
        }
        return List.of(left, right);
    }

    /** {@code ||A_k^T B_k||_F^2 / k} over the first k vectors of two orthonormal sets. */
    private static double overlap(double[][] a, double[][] b, int k) {
        double sum = 0;
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                double dot = 0;
                for (int i = 0; i < a[p].length; i++) {
                    dot += a[p][i] * b[q][i];
                }
                sum += dot * dot;
            }
        }
        return sum / k;
    }

    private static LargeSpectrum spectrum(SparseMatrix dw) {
        if (dw.size() < SparseSpectrumCalculator.DEFAULT_TOP + 2) {
            return null;
        }
        try {
            return SparseSpectrumCalculator.singularPart(dw, SparseSpectrumCalculator.DEFAULT_TOP, SEED);
        } catch (TransformException e) {
            return null;
        }
    }

    /** The matrix of {@code values} on {@code pattern}, one per synapse in row order. */
    private static SparseMatrix matrix(SynapsePattern pattern, double[] values) {
        int n = pattern.neurons();
        int[] rowStart = new int[n + 1];
        int[] column = new int[values.length];
        for (int i = 0; i <= n; i++) {
            rowStart[i] = pattern.rowStart(i);
        }
        for (int k = 0; k < values.length; k++) {
            column[k] = pattern.pre(k);
        }
        return SparseMatrix.ofRows(n, rowStart, column, values);
    }
}
