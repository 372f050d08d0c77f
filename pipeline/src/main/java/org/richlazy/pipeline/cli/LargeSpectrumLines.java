package org.richlazy.pipeline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.richlazy.transform.TransformException;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.LargeSpectrum;
import org.richlazy.transform.spectrum.SparseSpectrumCalculator;

/**
 * What {@code inspect} prints of a matrix too large to make dense: its {@link LargeSpectrum}
 * (docs/science.md#connectome-scale), computed on the nonzero entries as read, with the seed and the time it took;
 * or why it was not computed.
 */
final class LargeSpectrumLines {
    private LargeSpectrumLines() {
    }

    static List<String> of(SparseMatrix w, long seed) {
        long start = System.nanoTime();
        LargeSpectrum s;
        try {
            s = SparseSpectrumCalculator.of(w, SparseSpectrumCalculator.DEFAULT_TOP, seed);
        } catch (TransformException e) {
            return List.of("spectrum without making it dense: not computed: " + e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "spectrum without making it dense (N = %d, %d synapses, the weights as "
                + "read; seed %d; %.1f s):", w.size(), w.entries(), seed, seconds));
        List<String> eigen = new ArrayList<>();
        for (int i = 0; i < s.topEigenReal().length; i++) {
            double im = s.topEigenImag()[i];
            eigen.add(im == 0 ? number(s.topEigenReal()[i])
                    : number(s.topEigenReal()[i]) + (im > 0 ? " + " : " - ") + number(Math.abs(im)) + "i");
        }
        lines.add(Double.isNaN(s.spectralRadius()) ? "  spectral radius and the eigenvalues of largest modulus: not computed"
                + " (below)" : String.format(Locale.ROOT, "  spectral radius %s; the %d eigenvalues of largest modulus: %s",
                number(s.spectralRadius()), eigen.size(), String.join(", ", eigen)));
        List<String> singular = new ArrayList<>();
        for (double v : s.topSingularValues()) {
            singular.add(number(v));
        }
        lines.add("  largest singular values: " + String.join(", ", singular));
        lines.add(String.format(Locale.ROOT, "  participation ratio %s (%s); stable rank %s; Frobenius norm %s",
                number(s.participationRatio()), s.participationRatioExact() ? "exact"
                        : "estimated, standard error " + number(s.participationRatioError()) + ", from "
                        + SparseSpectrumCalculator.PROBES + " probe vectors",
                number(s.stableRank()), number(s.frobeniusNorm())));
        lines.add("  " + s.notComputed());
        return lines;
    }

    /** Four significant digits, or "undefined" for NaN. */
    private static String number(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.4g", v);
    }
}
