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
 * bound, then estimated; the eigenvalues of dW are not computed), the sign flips counted on the synapses, and the new-synapse share 0 (no entry off the pattern can
 * change). The subspace overlaps need the top singular vectors of dW and W_h(0) and are not computed: NaN, as are
 * the ranks when nothing changed, the final weights are not finite, ARPACK does not converge or N is below the
 * calculator's least size (docs/science.md#undefined-statistics).
 */
final class SparseChangeStructure {
    /** The seed of the calculator's start vectors and probes: fixed, so a run's record does not depend on the run. */
    private static final long SEED = 0;

    private SparseChangeStructure() {
    }

    /** The structure of {@code last - initial}, both W_h's values on {@code pattern} in row order. */
    static ChangeStructure of(SynapsePattern pattern, float[] initial, float[] last) {
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
        LargeSpectrum spectrum = total > 0 && Double.isFinite(total) ? spectrum(pattern, change) : null;
        if (spectrum == null) {
            return new ChangeStructure(Double.NaN, Double.NaN, none, none, Double.NaN, flips);
        }
        return new ChangeStructure(spectrum.participationRatio(), spectrum.stableRank(), none, none,
                onAbsent / total, flips);
    }

    private static LargeSpectrum spectrum(SynapsePattern pattern, double[] values) {
        int n = pattern.neurons();
        if (n < SparseSpectrumCalculator.DEFAULT_TOP + 2) {
            return null;
        }
        int[] rowStart = new int[n + 1];
        int[] column = new int[values.length];
        for (int i = 0; i <= n; i++) {
            rowStart[i] = pattern.rowStart(i);
        }
        for (int k = 0; k < values.length; k++) {
            column[k] = pattern.pre(k);
        }
        try {
            return SparseSpectrumCalculator.singularPart(SparseMatrix.ofRows(n, rowStart, column, values),
                    SparseSpectrumCalculator.DEFAULT_TOP, SEED);
        } catch (TransformException e) {
            return null;
        }
    }
}
