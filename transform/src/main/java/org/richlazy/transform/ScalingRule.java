package org.richlazy.transform;

import java.util.Map;
import org.richlazy.transform.matrix.DenseMatrix;
import org.richlazy.transform.matrix.RecurrentMatrix;
import org.richlazy.transform.matrix.SparseMatrix;
import org.richlazy.transform.spectrum.LargeSpectrum;
import org.richlazy.transform.spectrum.SparseSpectrumCalculator;
import org.richlazy.transform.spectrum.Spectrum;
import org.richlazy.transform.spectrum.SpectrumCalculator;

/**
 * Scaling of every init to the same target (docs/science.md#initial-weights-and-baselines). The target is the value
 * the paper's
 * Gaussian {@code g * randn(N,N) / sqrt(N)} has for the measure: Frobenius norm {@code g sqrt(N)}
 * (the paper's rule and the default, g = 1.25), spectral radius {@code g} (circular law), or largest
 * singular value {@code 2g} (quarter-circle edge). The factor {@code target / measure(W)} multiplies
 * the whole matrix. The config word is {@code transform.scaling}'s.
 */
public enum ScalingRule implements ConfigWord {
    FROBENIUS("Frobenius norm", "g * sqrt(N)"),
    SPECTRAL_RADIUS("spectral radius", "g"),
    MAX_SINGULAR_VALUE("largest singular value", "2 * g");

    private final String measure;
    private final String formula;

    ScalingRule(String measure, String formula) {
        this.measure = measure;
        this.formula = formula;
    }

    /** The target value of the measure for N neurons and gain g. */
    double target(int n, double gain) {
        return switch (this) {
            case FROBENIUS -> gain * Math.sqrt(n);
            case SPECTRAL_RADIUS -> gain;
            case MAX_SINGULAR_VALUE -> 2 * gain;
        };
    }

    double measure(Spectrum s) {
        return switch (this) {
            case FROBENIUS -> s.frobeniusNorm();
            case SPECTRAL_RADIUS -> s.spectralRadius();
            case MAX_SINGULAR_VALUE -> s.maxSingularValue();
        };
    }

    /** Above this N a sparse matrix's spectrum is the {@link Spectrum#partial partial} one computed on its synapses. */
    static final int FULL_SPECTRUM_UP_TO = 2_000;

    /**
     * The scaled matrix and its spectrum, and the spectrum before scaling.
     */
    record Scaled(RecurrentMatrix matrix, Spectrum spectrum, Spectrum before) {
    }

    /**
     * Scales {@code w} so that its measure equals the target, and records the rule, target, the
     * measure before and the factor in {@code recipe} (keys {@code scaling*}). A sparse {@code w} stays sparse; its
     * spectrum is the complete one up to {@value #FULL_SPECTRUM_UP_TO} neurons (from a dense copy made for it alone)
     * and above that the {@link Spectrum#partial partial} one of {@link SparseSpectrumCalculator}, its seed
     * {@code spectrumSeed} recorded as {@code spectrum.seed}.
     *
     * @throws TransformException if {@code gain} is not positive and finite, the measure of
     *                            {@code w} is 0 (nothing to scale), or the factor {@code target / measure}
     *                            makes an entry non-finite (a measure tiny beside the largest weight)
     */
    Scaled apply(String what, RecurrentMatrix w, double gain, long spectrumSeed, Map<String, String> recipe) {
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new TransformException("TransformSpec.gain", "g = " + gain, "a finite g > 0");
        }
        Spectrum before = spectrum(w, spectrumSeed, recipe);
        double value = measure(before);
        if (!(value > 0)) {
            throw new TransformException(what, "its " + measure + " is " + value,
                    "a nonzero " + measure + " to scale to " + formula + " (try another scaling rule)");
        }
        double target = target(w.size(), gain);
        double factor = target / value;
        RecurrentMatrix scaled = w.scaled(factor);
        scaled.forEachNonzero((i, j, v) -> {
            if (!Double.isFinite(v)) {
                throw new TransformException(what + " [" + i + "][" + j + "]", "weight " + w.get(i, j) + " times the"
                        + " factor " + factor + " (" + formula + " / " + measure + " " + value + ") is not finite",
                        "a " + measure + " large enough beside the largest weight (try another scaling rule)");
            }
        });
        recipe.put("scaling", word() + ": " + measure + " scaled to " + formula);
        recipe.put("scaling.gain", Double.toString(gain));
        recipe.put("scaling.target", Double.toString(target));
        recipe.put("scaling.before", Double.toString(value));
        recipe.put("scaling.factor", Double.toString(factor));
        return new Scaled(scaled, before.scaledBy(factor), before);
    }

    private static Spectrum spectrum(RecurrentMatrix w, long seed, Map<String, String> recipe) {
        if (w instanceof DenseMatrix d) {
            return SpectrumCalculator.of(d.rows());
        }
        SparseMatrix s = (SparseMatrix) w;
        if (s.size() <= FULL_SPECTRUM_UP_TO) {
            return SpectrumCalculator.of(s.toDense());
        }
        LargeSpectrum large = SparseSpectrumCalculator.of(s, SparseSpectrumCalculator.DEFAULT_TOP, seed);
        recipe.put("spectrum", "top " + SparseSpectrumCalculator.DEFAULT_TOP + " eigen- and singular values by "
                + "Arnoldi/Lanczos (ARPACK) on the synapses; " + large.notComputed());
        recipe.put("spectrum.seed", Long.toString(seed));
        if (!large.participationRatioExact()) {
            recipe.put("spectrum.participation-ratio-error", Double.toString(large.participationRatioError()));
        }
        return Spectrum.partial(large, s.size());
    }
}
